/**
 * Find a contact by typing part of their name, institution or role, then pick
 * one from the matches (Enter picks the first; arrow keys move through them).
 * Presentational: the caller passes the contacts and decides what a pick does.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Contact } from '../domain/entities';
import { CONTACT_ROLE_LABELS } from '../domain/vocabulary';
import { Field } from './field';
import { foldText } from '../domain/search/terms';
import './contact-search.css';

export type ContactChoice = Pick<Contact, 'id' | 'name' | 'role' | 'institution'>;

/** Contacts whose name, institution or role contain every word of the query; names that start with it first. */
export function matchContacts<C extends ContactChoice>(contacts: readonly C[], query: string, exclude?: ReadonlySet<string>): C[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { contact: C; starts: boolean }[] = [];
  for (const contact of contacts) {
    if (exclude?.has(contact.id)) continue;
    const haystack = foldText(`${contact.name} ${contact.institution} ${CONTACT_ROLE_LABELS[contact.role]}`);
    if (words.every((w) => haystack.includes(w))) {
      scored.push({ contact, starts: foldText(contact.name).replace(/^dr\.?\s+/, '').startsWith(words[0]) });
    }
  }
  return scored.sort((a, b) => Number(b.starts) - Number(a.starts)).map((s) => s.contact);
}

export function describeContact(contact: ContactChoice): string {
  return [CONTACT_ROLE_LABELS[contact.role], contact.institution].filter(Boolean).join(', ');
}

interface ContactSearchProps<C extends ContactChoice> {
  contacts: readonly C[];
  label: string;
  onPick: (contact: C) => void;
  /** Ids not to offer (already picked). */
  exclude?: ReadonlySet<string>;
  hint?: string;
  error?: string;
  limit?: number;
  inputRef?: Ref<HTMLInputElement>;
}

export function ContactSearch<C extends ContactChoice>({
  contacts,
  label,
  onPick,
  exclude,
  hint,
  error,
  limit = 6,
  inputRef,
}: ContactSearchProps<C>) {
  const [query, setQuery] = useState('');
  const listId = useId();
  const statusId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const matches = useMemo(() => matchContacts(contacts, query, exclude), [contacts, query, exclude]);
  const shown = matches.slice(0, limit);

  function pick(contact: C) {
    onPick(contact);
    setQuery('');
  }

  function focusResult(index: number) {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    if (!buttons || buttons.length === 0) return;
    buttons[Math.max(0, Math.min(index, buttons.length - 1))].focus();
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      // Enter picks the first match instead of submitting the surrounding form.
      event.preventDefault();
      if (shown[0]) pick(shown[0]);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(0);
    }
  }

  function onResultKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === 0) listRef.current?.parentElement?.querySelector<HTMLInputElement>('input')?.focus();
      else focusResult(index - 1);
    }
  }

  const status =
    query.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No contact matches'
        : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}${matches.length > limit ? `, showing ${limit}` : ''}`;

  return (
    <div className="contact-search">
      <Field label={label} hint={hint} error={error}>
        <input
          ref={inputRef}
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onInputKeyDown}
          aria-controls={listId}
        />
      </Field>
      <p id={statusId} className="visually-hidden" role="status">
        {status}
      </p>
      <ul id={listId} ref={listRef} className="plain-list contact-search-results" aria-label={`Matches for ${label.toLowerCase()}`} hidden={shown.length === 0}>
        {shown.map((contact, index) => (
          <li key={contact.id}>
            <button type="button" className="contact-search-result" onClick={() => pick(contact)} onKeyDown={(e) => onResultKeyDown(e, index)}>
              <span className="contact-search-name">{contact.name}</span>
              <span className="contact-search-meta">{describeContact(contact)}</span>
            </button>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && matches.length === 0 && <p className="muted contact-search-none">{status}.</p>}
    </div>
  );
}
