/**
 * "Scan a badge or QR code" in the Log meeting form: a scanned contact card,
 * profile link or email becomes a new contact on the meeting, with the
 * event happening today and the conference kind filled in when the form has
 * neither yet — so at a conference it is scan, check the name, Save.
 */
import { lazy, Suspense, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ContactDraft } from '../../../domain/capture/qr-payload';
import type { MeetingContact, MeetingFormValues } from '../../../domain/meeting-form';
import { eventOnDay } from '../../../domain/meeting-preset';
import { newId } from '../../../lib/ids';
import { useToday } from '../../../lib/use-today';
import type { MeetingChoices } from '../hooks/use-meeting-choices';
import { ScannedContacts } from './scanned-contacts';
import './scan-contact.css';

const ScanPanel = lazy(() => import('./scan-panel').then((m) => ({ default: m.ScanPanel })));

/** A scanned person already on this meeting: the same email or LinkedIn profile. */
function alreadyOn(contacts: readonly MeetingContact[], draft: ContactDraft): MeetingContact | undefined {
  const { email, linkedinUrl } = draft.details;
  return contacts.find(
    (c) =>
      c.details !== undefined &&
      ((email !== '' && c.details.email?.toLowerCase() === email.toLowerCase()) ||
        (linkedinUrl !== '' && c.details.linkedinUrl === linkedinUrl)),
  );
}

export function ScanContact({ choices }: { choices: MeetingChoices }) {
  const { events } = choices;
  const { getValues, setValue } = useFormContext<MeetingFormValues>();
  const [scanning, setScanning] = useState(false);
  // Contacts whose name is only a guess (from a LinkedIn slug or an email address), to say so beside it.
  const [guessedNames, setGuessedNames] = useState<ReadonlySet<string>>(new Set());
  const today = useToday();

  function take(draft: ContactDraft): string | null {
    const contacts = getValues('contacts');
    const same = alreadyOn(contacts, draft);
    if (same) return `${same.name || 'This person'} is already on this meeting.`;
    const contact: MeetingContact = { id: newId(), name: draft.name, role: draft.role, isNew: true, details: draft.details };
    setValue('contacts', [...contacts, contact], { shouldDirty: true, shouldValidate: contacts.length === 0 });
    if (getValues('eventId') === '') {
      const event = eventOnDay(events, today);
      if (event) setValue('eventId', event.id, { shouldDirty: true });
    }
    if (getValues('eventId') !== '' && getValues('kind') === 'meeting') {
      setValue('kind', 'conference-conversation', { shouldDirty: true });
    }
    if (draft.nameGuessed) setGuessedNames((current) => new Set([...current, contact.id]));
    setScanning(false);
    return null;
  }

  return (
    <div className="scan-contact">
      {scanning ? (
        <Suspense fallback={<p className="muted">Opening the scanner…</p>}>
          <ScanPanel onDraft={take} onClose={() => setScanning(false)} />
        </Suspense>
      ) : (
        <button type="button" className="btn btn-small scan-contact-open" onClick={() => setScanning(true)}>
          Scan a badge or QR code
        </button>
      )}
      <ScannedContacts guessedNames={guessedNames} choices={choices.contacts} />
    </div>
  );
}
