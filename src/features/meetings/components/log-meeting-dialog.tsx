/**
 * The Log meeting dialog: waits for the contacts, programs and events to pick
 * from, then shows the form. Closing with unsaved input asks first, inside the
 * dialog, so a stray Escape or backdrop click never throws a meeting away.
 */
import { useRef, useState, type RefObject } from 'react';
import { Dialog } from '../../../components/dialog';
import { emptyMeetingForm, type MeetingContact } from '../../../domain/meeting-form';
import type { LogMeetingPreset } from '../../../stores/log-meeting-store';
import { useMeetingChoices, type MeetingChoices } from '../hooks/use-meeting-choices';
import { LogMeetingForm } from '../forms/log-meeting-form';
import './log-meeting.css';

export function LogMeetingDialog({ preset, onClose }: { preset: LogMeetingPreset; onClose: () => void }) {
  const choices = useMeetingChoices();
  const dirtyRef = useRef(false);
  const [confirming, setConfirming] = useState(false);
  const focusBeforeConfirm = useRef<HTMLElement | null>(null);

  function requestClose() {
    if (!dirtyRef.current) {
      onClose();
      return;
    }
    focusBeforeConfirm.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setConfirming(true);
  }

  function keepEditing() {
    setConfirming(false);
    // Back to where the user was, so typing (and Escape) carries on inside the dialog.
    const previous = focusBeforeConfirm.current;
    if (previous?.isConnected) previous.focus();
    else document.querySelector<HTMLElement>('.log-meeting-form [role="combobox"]')?.focus();
  }

  return (
    <Dialog title="Log meeting" onClose={requestClose} size="large" initialFocus='[role="combobox"]'>
      {confirming && (
        <div className="notice notice-warning discard-confirm" role="alertdialog" aria-labelledby="discard-title">
          <p id="discard-title">
            <strong>Discard this meeting?</strong> What you typed has not been saved.
          </p>
          <div className="row">
            <button type="button" className="btn btn-small btn-danger" onClick={onClose}>
              Discard
            </button>
            <button
              type="button"
              className="btn btn-small btn-primary"
              // The natural answer gets focus: keep what was typed.
              autoFocus
              onClick={keepEditing}
            >
              Keep editing
            </button>
          </div>
        </div>
      )}
      {choices === undefined ? (
        <p className="muted" aria-busy="true">
          Loading your contacts…
        </p>
      ) : (
        <LoadedForm choices={choices} preset={preset} onClose={onClose} onCancel={requestClose} dirtyRef={dirtyRef} />
      )}
    </Dialog>
  );
}

function LoadedForm({
  choices,
  preset,
  onClose,
  onCancel,
  dirtyRef,
}: {
  choices: MeetingChoices;
  preset: LogMeetingPreset;
  onClose: () => void;
  onCancel: () => void;
  dirtyRef: RefObject<boolean>;
}) {
  // Computed once: the form starts at the moment the dialog opened, with any preset people.
  const [defaultValues] = useState(() => {
    const stored = (preset.contactIds ?? []).flatMap((contactId): MeetingContact[] => {
      const found = choices.contacts.find((c) => c.id === contactId);
      return found ? [{ id: found.id, name: found.name, role: found.role, isNew: false }] : [];
    });
    const contacts = [...stored, ...(preset.newContacts ?? []).map((c) => ({ ...c, isNew: true }))];
    return emptyMeetingForm(new Date(), { contacts, programId: preset.programId, eventId: preset.eventId });
  });
  return (
    <LogMeetingForm
      choices={choices}
      defaultValues={defaultValues}
      onSaved={onClose}
      onCancel={onCancel}
      dirtyRef={dirtyRef}
    />
  );
}
