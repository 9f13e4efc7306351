/**
 * The foot of the Log meeting form: what Save will do in a few words (so
 * Ctrl+Enter never saves blind, even when the reminder list is below the
 * fold), the reminder this meeting answers with its "mark done" tick, and
 * Cancel and Save.
 */
import { useId, useImperativeHandle, useState, type Ref } from 'react';
import type { ContactAdvance } from '../../../domain/follow-ups/advances';
import type { ReviewedProposal } from '../../../domain/meeting-form';
import { saveSummaryParts } from '../../../domain/meeting-preset';
import { RELATIONSHIP_STAGE_LABELS, REMINDER_KIND_LABELS, type RelationshipStage } from '../../../domain/vocabulary';
import { shortDayLabel } from '../../../lib/date-format';

export interface SaveButtonHandle {
  setBusy: (busy: boolean) => void;
}

interface MeetingFormFooterProps {
  id: string;
  saveRef: Ref<SaveButtonHandle>;
  onSave: () => void;
  onCancel: () => void;
  reviewed: readonly ReviewedProposal[] | undefined;
  advances: readonly ContactAdvance[];
  declinedAdvances: ReadonlySet<string>;
  /** The reminder this meeting answers, and whether to mark it done. */
  reminder: { id: string; title: string } | null;
  completeReminder: boolean;
  onCompleteReminderChange: (complete: boolean) => void;
}

export function MeetingFormFooter({
  id,
  saveRef,
  onSave,
  onCancel,
  reviewed,
  advances,
  declinedAdvances,
  reminder,
  completeReminder,
  onCompleteReminderChange,
}: MeetingFormFooterProps) {
  const summaryId = `${id}-save-summary`;
  const parts = saveSummaryParts(
    (reviewed ?? []).map((r) => ({ include: r.include, kind: r.proposal.kind, latestDate: r.latestDate, dueDate: r.dueDate })),
    advances,
    declinedAdvances,
    {
      reminderKind: (kind) => REMINDER_KIND_LABELS[kind],
      stage: (stage) => RELATIONSHIP_STAGE_LABELS[stage as RelationshipStage] ?? stage,
      day: (day) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? shortDayLabel(day) : day),
    },
  );
  if (reminder && completeReminder) parts.unshift(`“${reminder.title}” done`);
  return (
    <div className="meeting-form-footer">
      {reminder && (
        <label className="checkbox-row reminder-done-tick">
          <input type="checkbox" checked={completeReminder} onChange={(e) => onCompleteReminderChange(e.currentTarget.checked)} />
          Mark the reminder “<bdi>{reminder.title}</bdi>” done when this is saved
        </label>
      )}
      <div className="dialog-actions">
        <div className="save-summary">
          <span id={summaryId} aria-live="polite">
            {parts.length > 0 ? `Save · ${parts.join(' · ')}` : 'Save logs the meeting; no reminders are set.'}
          </span>
          <span id={`${id}-keys`} className="muted keys-hint">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves
          </span>
        </div>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <SaveButton ref={saveRef} onClick={onSave} describedBy={summaryId} />
      </div>
    </div>
  );
}

/**
 * The Save button, busy while a save is in flight; only it re-renders when that changes. A plain button
 * rather than a submit button: Chromium's native form submission step (before the submit event even
 * fires) took 5 to 8 ms on this form in a trace, growing with its controls and options, and sat
 * between the click and the write. The form keeps its submit handler for any implicit submission.
 */
function SaveButton({ ref, onClick, describedBy }: { ref: Ref<SaveButtonHandle>; onClick: () => void; describedBy?: string }) {
  const [busy, setBusy] = useState(false);
  useImperativeHandle(ref, () => ({ setBusy }), []);
  return (
    <button type="button" className="btn btn-primary" disabled={busy} onClick={onClick} aria-describedby={describedBy}>
      {busy ? 'Saving…' : 'Save'}
    </button>
  );
}

/** The When box with one-tap "Earlier today" and "Yesterday". */
export function QuickWhenButtons({ onPick }: { onPick: (choice: 'earlier-today' | 'yesterday') => void }) {
  const id = useId();
  return (
    <div className="quick-when row" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="muted">
        Quick:
      </span>
      <button type="button" className="btn btn-small" onClick={() => onPick('earlier-today')}>
        Earlier today
      </button>
      <button type="button" className="btn btn-small" onClick={() => onPick('yesterday')}>
        Yesterday
      </button>
    </div>
  );
}
