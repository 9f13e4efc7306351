/**
 * The people a scanned code added to the meeting, each with what the code
 * said, to check before Save: the name (a guess from a link is marked as
 * one), title, institution, email and phone can be corrected here; the links
 * are listed as read. Editing changes the meeting's own contact entry, so
 * the chip above and the save see the same values.
 */
import { useId, useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { Field } from '../../../components/field';
import { normalizePersonName } from '../../../domain/backup/import-candidate';
import type { MeetingContact, MeetingContactDetails, MeetingFormValues } from '../../../domain/meeting-form';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, type ContactRole } from '../../../domain/vocabulary';
import { safeHref } from '../../../lib/safe-link';
import type { ContactChoice } from '../hooks/use-meeting-choices';

type DetailText = Exclude<keyof MeetingContactDetails, 'urls'>;

const DETAIL_FIELDS: { key: Exclude<DetailText, 'linkedinUrl'>; label: string; type: string; autoComplete: string }[] = [
  { key: 'title', label: 'Title', type: 'text', autoComplete: 'off' },
  { key: 'institution', label: 'Institution', type: 'text', autoComplete: 'off' },
  { key: 'email', label: 'Email', type: 'email', autoComplete: 'off' },
  { key: 'phone', label: 'Phone', type: 'tel', autoComplete: 'off' },
];

/** A stored contact with the same name as the scanned one ("Dr. Ana Reyes, MD" and "ana reyes" match), if any. */
function savedNamesake(choices: readonly ContactChoice[], name: string): ContactChoice | undefined {
  const key = normalizePersonName(name);
  return key === '' ? undefined : choices.find((c) => normalizePersonName(c.name) === key);
}

export function ScannedContacts({ guessedNames, choices }: { guessedNames: ReadonlySet<string>; choices: readonly ContactChoice[] }) {
  const { setValue, getValues } = useFormContext<MeetingFormValues>();
  const contacts = useWatch<MeetingFormValues, 'contacts'>({ name: 'contacts' });
  const scanned = contacts.flatMap((contact, index) => (contact.isNew && contact.details ? [{ contact, index }] : []));
  if (scanned.length === 0) return null;

  function update(index: number, change: Partial<MeetingContact>) {
    const next = getValues('contacts').map((c, i) => (i === index ? { ...c, ...change } : c));
    setValue('contacts', next, { shouldDirty: true, shouldValidate: true });
  }

  return (
    <div className="scanned-contacts">
      {scanned.map(({ contact, index }) => (
        <ScannedContact
          key={contact.id}
          contact={contact}
          index={index}
          nameGuessed={guessedNames.has(contact.id)}
          namesake={savedNamesake(choices, contact.name)}
          onUseSaved={(saved) =>
            setValue(
              'contacts',
              getValues('contacts').map((c, i) => (i === index ? { id: saved.id, name: saved.name, role: saved.role, isNew: false } : c)),
              { shouldDirty: true, shouldValidate: true },
            )
          }
          onName={(name) => update(index, { name })}
          onRole={(role) => update(index, { role })}
          onDetail={(key, value) => update(index, { details: { ...contact.details, [key]: value } })}
        />
      ))}
    </div>
  );
}

function ScannedContact({
  contact,
  index,
  nameGuessed,
  namesake,
  onUseSaved,
  onName,
  onRole,
  onDetail,
}: {
  contact: MeetingContact;
  index: number;
  nameGuessed: boolean;
  namesake: ContactChoice | undefined;
  onUseSaved: (saved: ContactChoice) => void;
  onName: (name: string) => void;
  onRole: (role: ContactRole) => void;
  onDetail: (key: DetailText, value: string) => void;
}) {
  const id = useId();
  const { errors } = useFormState<MeetingFormValues>({ name: `contacts.${index}` });
  const issues = errors.contacts?.[index];
  const details = contact.details ?? {};
  const links = [details.linkedinUrl ?? '', ...(details.urls ?? []).map((u) => u.value)].filter((l) => l !== '');
  const heading = [contact.name.trim() || 'New contact', details.institution?.trim()].filter(Boolean).join(' · ');
  const [editing, setEditing] = useState(false);
  // A detail the save refused is shown as a field with its message, never hidden behind "Edit details".
  const showInputs = editing || issues?.details !== undefined;
  const facts = DETAIL_FIELDS.flatMap(({ key, label }) => {
    const value = details[key]?.trim() ?? '';
    return value === '' ? [] : [{ label, value }];
  });
  return (
    <fieldset className="scanned-contact" aria-describedby={`${id}-note`}>
      <legend>{heading}</legend>
      <p id={`${id}-note`} className="muted scanned-contact-note">
        From the scanned code. Check the details; they are saved with the meeting.
      </p>
      {namesake && (
        <div className="notice scanned-contact-namesake">
          <p>
            You already have <strong>{namesake.name}</strong>
            {namesake.institution ? ` (${namesake.institution})` : ''} in your contacts. If this is the same person, use the
            saved contact instead of adding a second one.
          </p>
          <button type="button" className="btn btn-small" onClick={() => onUseSaved(namesake)}>
            Use the saved contact
          </button>
        </div>
      )}
      <div className="form-grid">
        <Field
          label="Name"
          error={issues?.name?.message}
          hint={
            contact.name === ''
              ? 'The code gave no name: type theirs.'
              : nameGuessed
                ? 'Guessed from the link or address: check the spelling.'
                : undefined
          }
        >
          <input
            type="text"
            autoComplete="off"
            // A code with no name needs one before Save: start there.
            autoFocus={contact.name === ''}
            value={contact.name}
            onChange={(event) => onName(event.target.value)}
          />
        </Field>
        <Field label="Role" error={issues?.role?.message}>
          <select value={contact.role} onChange={(event) => onRole(CONTACT_ROLES.find((r) => r === event.target.value) ?? contact.role)}>
            {CONTACT_ROLES.map((role) => (
              <option key={role} value={role}>
                {CONTACT_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {showInputs ? (
        <div className="form-grid">
          {DETAIL_FIELDS.map(({ key, label, type, autoComplete }) => (
            <Field key={key} label={label} error={issues?.details?.[key]?.message}>
              <input
                type={type}
                autoComplete={autoComplete}
                value={details[key] ?? ''}
                onChange={(event) => onDetail(key, event.target.value)}
              />
            </Field>
          ))}
        </div>
      ) : (
        facts.length > 0 && (
          <ul className="plain-list scanned-contact-facts" aria-label={`What the code says about ${contact.name || 'the new contact'}`}>
            {facts.map(({ label, value }) => (
              <li key={label}>
                <span className="muted">{label}:</span> {value}
              </li>
            ))}
          </ul>
        )
      )}
      {links.length > 0 && (
        <ul className="plain-list scanned-contact-links" aria-label={`Links for ${contact.name || 'the new contact'}`}>
          {links.map((link) => {
            const href = safeHref(link);
            return (
              <li key={link}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {link}
                  </a>
                ) : (
                  link
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!showInputs && (
        <button
          type="button"
          className="btn btn-small btn-ghost scanned-contact-edit"
          aria-label={`Edit details of ${contact.name || 'the new contact'}`}
          onClick={() => setEditing(true)}
        >
          Edit details
        </button>
      )}
    </fieldset>
  );
}
