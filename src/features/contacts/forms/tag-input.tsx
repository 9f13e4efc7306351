/**
 * A list of short labels (tags, interests) typed one at a time, with
 * suggestions from the labels already in use (a native datalist). Enter or a
 * comma adds the label; leaving the field adds what was typed, so nothing is lost.
 */
import { useId, useState } from 'react';

interface TagInputProps {
  value: readonly string[];
  onChange: (tags: string[]) => void;
  suggestions: readonly string[];
  /** What one item is called, for the remove buttons ("Remove tag embolization"). */
  itemName: string;
  onBlur?: () => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function TagInput({ value, onChange, suggestions, itemName, onBlur, ...inputProps }: TagInputProps) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const chosen = new Set(value.map((t) => t.toLowerCase()));
  const available = suggestions.filter((s) => !chosen.has(s.toLowerCase()));

  function add(raw: string) {
    const additions = raw
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const next = [...value];
    const seen = new Set(chosen);
    for (const tag of additions) {
      if (seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      // Reuse the spelling already in use, so "pad" joins the existing "PAD".
      next.push(suggestions.find((s) => s.toLowerCase() === tag.toLowerCase()) ?? tag);
    }
    if (next.length !== value.length) onChange(next);
    setDraft('');
  }

  return (
    <div className="tag-input">
      {value.length > 0 && (
        <ul className="tag-list" aria-label={`Chosen ${itemName}s`}>
          {value.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
              <button
                type="button"
                aria-label={`Remove ${itemName} ${tag}`}
                onClick={() => onChange(value.filter((t) => t !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        {...inputProps}
        list={listId}
        value={draft}
        autoComplete="off"
        onChange={(e) => {
          const text = e.currentTarget.value;
          // Picking a datalist suggestion arrives as a replacement, not typing: add it at once.
          const picked =
            !(e.nativeEvent instanceof InputEvent) || e.nativeEvent.inputType === 'insertReplacementText'
              ? available.find((s) => s === text)
              : undefined;
          if (picked) add(picked);
          else if (text.includes(',')) add(text);
          else setDraft(text);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            // Enter adds the tag instead of submitting the whole form.
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && draft === '' && value.length > 0) {
            onChange(value.slice(0, -1));
          }
        }}
        onBlur={() => {
          add(draft);
          onBlur?.();
        }}
      />
      <datalist id={listId}>
        {available.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
