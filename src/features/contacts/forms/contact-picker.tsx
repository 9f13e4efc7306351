/**
 * Picks one contact by typing part of their name or institution: an ARIA 1.2
 * combobox (arrow keys, Enter to pick, Escape to close the list) that stays
 * quick with thousands of contacts by showing only the first few matches.
 */
import { useId, useMemo, useState } from 'react';
import type { Contact } from '../../../domain/entities';
import { queryWords } from '../../../domain/contact-list';

const MAX_MATCHES = 8;

interface ContactPickerProps {
  value: string | null;
  onChange: (contactId: string | null) => void;
  contacts: readonly Contact[];
  /** A contact that cannot be picked (the one being edited). */
  excludeId?: string | null;
  onBlur?: () => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function ContactPicker({ value, onChange, contacts, excludeId = null, onBlur, ...inputProps }: ContactPickerProps) {
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  // null: show the picked contact's name; a string: what the user is typing.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const selected = value === null ? null : (contacts.find((c) => c.id === value) ?? null);
  const selectedLabel = value === null ? '' : selected ? selected.name : 'Removed contact';
  const text = typed ?? selectedLabel;

  const matches = useMemo(() => {
    if (typed === null) return [];
    const words = queryWords(typed);
    if (words.length === 0) return [];
    const found: Contact[] = [];
    for (const contact of contacts) {
      if (contact.id === excludeId) continue;
      const haystack = `${contact.name} ${contact.institution}`.toLowerCase();
      if (words.every((w) => haystack.includes(w))) found.push(contact);
      if (found.length === MAX_MATCHES) break;
    }
    return found;
  }, [contacts, typed, excludeId]);
  const expanded = open && matches.length > 0;

  function pick(contact: Contact) {
    onChange(contact.id);
    setTyped(null);
    setOpen(false);
  }

  return (
    <div className="combobox">
      <input
        {...inputProps}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        autoComplete="off"
        placeholder="Type a name"
        value={text}
        onChange={(e) => {
          setTyped(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && matches.length > 0) {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (expanded ? (i + 1) % matches.length : 0));
          } else if (e.key === 'ArrowUp' && expanded) {
            e.preventDefault();
            setActive((i) => (i - 1 + matches.length) % matches.length);
          } else if (e.key === 'Enter' && expanded) {
            e.preventDefault();
            pick(matches[Math.min(active, matches.length - 1)]);
          } else if (e.key === 'Escape' && expanded) {
            // Close the list only; the dialog around it stays open.
            e.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => {
          if (typed !== null && typed.trim() === '') onChange(null);
          setTyped(null);
          setOpen(false);
          onBlur?.();
        }}
      />
      <ul id={listId} role="listbox" className="combobox-list" aria-label="Matching contacts" hidden={!expanded}>
        {expanded &&
          matches.map((contact, index) => (
            <li
              key={contact.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keep focus in the input so its blur does not cancel the pick.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(contact)}
            >
              {contact.name}
              {contact.institution && <span className="muted"> · {contact.institution}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
