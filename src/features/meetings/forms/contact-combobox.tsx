/**
 * Who was at the meeting: a combobox that searches the user's contacts as they
 * type (arrow keys and Enter pick; Backspace in an empty box removes the last
 * person), shows the chosen people as chips, and offers "Create “name”" for
 * someone new, asking only for a role.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { contactFieldsSchema } from '../../../domain/entities';
import type { MeetingContact } from '../../../domain/meeting-form';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, type ContactRole } from '../../../domain/vocabulary';
import { newId } from '../../../lib/ids';
import { linkedInProfile, nameFromSlug } from '../../../domain/capture/qr-payload';
import type { ContactChoice } from '../hooks/use-meeting-choices';

const MAX_MATCHES = 8;

type Option = { type: 'contact'; contact: ContactChoice } | { type: 'create'; name: string };

/** Lower case without accents, so "ines" finds "Inés". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/**
 * Contacts matching `query`, best first: the name starts with it, then a word
 * of the name does, then the name or the institution contains it. Preferred
 * contacts (a program's people, when logging from its page) come first, and
 * with nothing typed yet they are the whole list.
 */
export function matchContacts(
  choices: readonly ContactChoice[],
  query: string,
  exclude: ReadonlySet<string>,
  preferred: ReadonlySet<string> = new Set(),
): ContactChoice[] {
  const q = fold(query);
  if (q === '') return choices.filter((c) => preferred.has(c.id) && !exclude.has(c.id)).slice(0, MAX_MATCHES);
  const ranked: { contact: ContactChoice; rank: number }[] = [];
  for (const contact of choices) {
    if (exclude.has(contact.id)) continue;
    const name = fold(contact.name);
    const rank = name.startsWith(q)
      ? 0
      : name.split(/[\s.\-']+/).some((word) => word.startsWith(q))
        ? 1
        : name.includes(q)
          ? 2
          : fold(contact.institution).includes(q)
            ? 3
            : -1;
    if (rank >= 0) ranked.push({ contact, rank });
  }
  return ranked
    .sort(
      (a, b) =>
        Number(preferred.has(b.contact.id)) - Number(preferred.has(a.contact.id)) ||
        a.rank - b.rank ||
        a.contact.name.localeCompare(b.contact.name),
    )
    .slice(0, MAX_MATCHES)
    .map((r) => r.contact);
}

interface ContactComboboxProps {
  label: string;
  value: MeetingContact[];
  onChange: (next: MeetingContact[]) => void;
  choices: readonly ContactChoice[];
  error?: string;
  /** Receives the text box (react-hook-form focuses it when the field is invalid). */
  inputRef?: (node: HTMLInputElement | null) => void;
  onBlur?: () => void;
  /** Contacts to offer first (and on focus, before anything is typed). */
  preferredIds?: ReadonlySet<string>;
}

const NO_PREFERENCE: ReadonlySet<string> = new Set();

/** "Institution · Role" for a contact whose name another contact shares, so the two can be told apart; null otherwise. */
export function sameNameDetail(contact: Pick<ContactChoice, 'id' | 'name' | 'role' | 'institution'>, choices: readonly ContactChoice[]): string | null {
  const name = fold(contact.name);
  if (!choices.some((c) => c.id !== contact.id && fold(c.name) === name)) return null;
  return [contact.institution, CONTACT_ROLE_LABELS[contact.role]].filter(Boolean).join(' · ');
}

export function ContactCombobox({ label, value, onChange, choices, error, inputRef, onBlur, preferredIds = NO_PREFERENCE }: ContactComboboxProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState<{ name: string; linkedinUrl?: string } | null>(null);
  const localInput = useRef<HTMLInputElement | null>(null);

  const chosen = useMemo(() => new Set(value.map((c) => c.id)), [value]);
  const options = useMemo<Option[]>(() => {
    const matches = matchContacts(choices, query, chosen, preferredIds).map((contact): Option => ({ type: 'contact', contact }));
    const typed = query.trim();
    const exists =
      choices.some((c) => fold(c.name) === fold(typed)) || value.some((c) => fold(c.name) === fold(typed));
    return typed !== '' && !exists ? [...matches, { type: 'create', name: typed }] : matches;
  }, [choices, query, chosen, value, preferredIds]);
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  function pick(option: Option) {
    if (option.type === 'contact') {
      const { id: contactId, name, role } = option.contact;
      onChange([...value, { id: contactId, name, role, isNew: false }]);
    } else {
      setCreating({ name: option.name });
    }
    setQuery('');
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => (options.length === 0 ? 0 : (Math.min(i, options.length - 1) + 1) % options.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (options.length === 0 ? 0 : (Math.min(i, options.length - 1) - 1 + options.length) % options.length));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // Enter picks; it never submits the whole form from here.
      event.preventDefault();
      if (expanded) pick(options[activeIndex]);
    } else if (event.key === 'Escape' && expanded) {
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  function remove(contactId: string) {
    onChange(value.filter((c) => c.id !== contactId));
    localInput.current?.focus();
  }

  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className="field contact-field">
      <label htmlFor={inputId}>{label}</label>
      {value.length > 0 && (
        <ul className="chips plain-list" aria-label="Chosen contacts">
          {value.map((contact) => (
            <li key={contact.id} className="chip">
              <span>{contact.name}</span>
              {contact.isNew ? (
                <span className="chip-note">new · {contact.details?.institution || CONTACT_ROLE_LABELS[contact.role]}</span>
              ) : (
                <ChipDetail contact={contact} choices={choices} />
              )}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${contact.name}`}
                onClick={() => remove(contact.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="combobox">
        <input
          ref={(node) => {
            localInput.current = node;
            inputRef?.(node);
          }}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={value.length > 0 ? 'Add someone else…' : 'Type a name…'}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onPaste={(event) => {
            // A pasted LinkedIn profile link starts a new contact: the link kept, a name guessed from it to check.
            const profile = linkedInProfile(event.clipboardData.getData('text'));
            if (!profile) return;
            event.preventDefault();
            setQuery('');
            setOpen(false);
            setCreating({ name: nameFromSlug(profile.slug), linkedinUrl: profile.url });
          }}
          onFocus={() => {
            if (preferredIds.size > 0) setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
        />
        <ul id={listId} role="listbox" aria-label={`${label}: matches`} className="combobox-list" hidden={!expanded}>
          {expanded &&
            options.map((option, index) => (
              <li
                key={option.type === 'contact' ? option.contact.id : 'create'}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={option.type === 'create' ? 'combobox-option combobox-create' : 'combobox-option'}
                // Keep focus in the input so the list does not close before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
              >
                {option.type === 'contact' ? (
                  <>
                    <span className="option-name">{option.contact.name}</span>
                    <span className="option-detail">
                      {CONTACT_ROLE_LABELS[option.contact.role]}
                      {option.contact.institution ? ` · ${option.contact.institution}` : ''}
                    </span>
                  </>
                ) : (
                  <span className="option-name">Create “{option.name}”</span>
                )}
              </li>
            ))}
        </ul>
      </div>
      <span id={hintId} className="field-hint">
        Type to search your contacts; ↑ ↓ and Enter pick. Someone new? Pick “Create”.
      </span>
      {creating && (
        <NewContactRow
          key={`${creating.name}|${creating.linkedinUrl ?? ''}`}
          initialName={creating.name}
          linkedinUrl={creating.linkedinUrl}
          onAdd={(contact) => {
            onChange([...value, contact]);
            setCreating(null);
            localInput.current?.focus();
          }}
          onCancel={() => {
            setCreating(null);
            localInput.current?.focus();
          }}
        />
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Tells two chosen people of the same name apart by institution and role. */
function ChipDetail({ contact, choices }: { contact: MeetingContact; choices: readonly ContactChoice[] }) {
  const stored = choices.find((c) => c.id === contact.id);
  const detail = stored ? sameNameDetail(stored, choices) : null;
  return detail ? <span className="chip-note">{detail}</span> : null;
}

/** Name and role of a contact created from the dialog; the rest can be filled in on their page later. */
function NewContactRow({
  initialName,
  linkedinUrl: initialLink,
  onAdd,
  onCancel,
}: {
  initialName: string;
  /** From a pasted LinkedIn link: kept with the contact; the name was guessed from it. */
  linkedinUrl?: string;
  onAdd: (contact: MeetingContact) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [linkedinUrl, setLinkedinUrl] = useState(initialLink);
  // "Other" until the user picks: a guessed role would be wrong more often than right.
  const [role, setRole] = useState<ContactRole>('other');
  const [error, setError] = useState<string | null>(null);

  function add() {
    const parsed = contactFieldsSchema.shape.name.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a name');
      return;
    }
    onAdd({ id: newId(), name: parsed.data, role, isNew: true, ...(linkedinUrl ? { details: { linkedinUrl } } : {}) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === 'Enter' && inField && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      add();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    }
  }

  return (
    <fieldset className="new-contact" onKeyDown={onKeyDown}>
      <legend>New contact</legend>
      <div className="new-contact-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
            onPaste={(event) => {
              const profile = linkedInProfile(event.clipboardData.getData('text'));
              if (!profile) return;
              event.preventDefault();
              setName(nameFromSlug(profile.slug));
              setLinkedinUrl(profile.url);
            }}
          />
          {linkedinUrl && (
            <span className="field-hint" role="status">
              LinkedIn: {linkedinUrl}. The name was guessed from the link; check its spelling and accents.
            </span>
          )}
          {error && (
            <span id={`${id}-error`} className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={role}
            // Focus lands here: the name is already typed, the role is the one thing left to choose.
            autoFocus
            onChange={(event) => setRole(CONTACT_ROLES.find((r) => r === event.target.value) ?? 'other')}
          >
            {CONTACT_ROLES.map((r) => (
              <option key={r} value={r}>
                {CONTACT_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row">
        <button type="button" className="btn btn-small btn-primary" onClick={add}>
          Add {name.trim() || 'contact'}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="field-hint">Saved with the meeting. Add their email and programs on their page later.</p>
    </fieldset>
  );
}
