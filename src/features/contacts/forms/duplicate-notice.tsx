import type { Ref } from 'react';
import type { DuplicateMatch } from '../../../domain/contact-duplicates';

interface DuplicateNoticeProps {
  matches: readonly DuplicateMatch[];
  /** True after the user tried to save: then the notice also offers to save anyway. */
  blocking: boolean;
  busy: boolean;
  onOpen: (contactId: string) => void;
  onMerge: (contactId: string) => void;
  onSaveAnyway: () => void;
  ref?: Ref<HTMLDivElement>;
}

/** Points out contacts that look like the one being entered, before it is saved. */
export function DuplicateNotice({ matches, blocking, busy, onOpen, onMerge, onSaveAnyway, ref }: DuplicateNoticeProps) {
  if (matches.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="notice notice-warning duplicate-notice span-2" role="region" aria-label="Possible duplicate">
      <strong>{matches.length === 1 ? 'This may be someone you already have.' : 'These may be people you already have.'}</strong>
      <ul>
        {matches.map(({ contact, reason }) => (
          <li key={contact.id}>
            <span>
              {contact.name}
              {contact.institution && ` (${contact.institution})`} —{' '}
              {reason === 'email' ? 'same email address' : 'same name at the same institution'}
            </span>
            <button type="button" className="btn btn-small" onClick={() => onOpen(contact.id)}>
              Open <bdi>{contact.name}</bdi>
            </button>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => onMerge(contact.id)}>
              Merge into <bdi>{contact.name}</bdi>
            </button>
          </li>
        ))}
      </ul>
      {blocking && (
        <div className="row duplicate-actions">
          <span>If this is a different person, save it separately.</span>
          <button type="button" className="btn btn-small" disabled={busy} onClick={onSaveAnyway}>
            Save as a new contact
          </button>
        </div>
      )}
    </div>
  );
}
