/**
 * The search palette: type part of a name, move with the arrow keys, Enter
 * opens the contact or program, Escape closes. Opens from the top bar's
 * Search button or Ctrl/Cmd+K on any screen.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { rankSearchTargets, type SearchTarget } from '../../../domain/quick-search';
import { useSearchTargets } from '../hooks/use-search-targets';
import './search.css';
import { recordPath } from '../../../lib/record-links';

const MAX_RESULTS = 12;

export function SearchPalette({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const targets = useSearchTargets();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();
  const results = useMemo(() => rankSearchTargets(targets ?? [], query, MAX_RESULTS), [targets, query]);
  const activeIndex = Math.min(active, results.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;

  // Keep the highlighted match in view while arrowing through a long list.
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, listId]);

  function open(target: SearchTarget) {
    onClose();
    navigate(recordPath(target.kind === 'contact' ? 'contacts' : 'programs', target.id));
  }

  const status =
    targets === undefined
      ? 'Loading…'
      : query.trim() === ''
        ? 'Type part of a name to find a contact or program.'
        : results.length === 0
          ? 'No contact or program matches.'
          : `${results.length}${results.length === MAX_RESULTS ? '+' : ''} ${results.length === 1 ? 'match' : 'matches'}. Use the arrow keys, then Enter to open.`;

  return (
    <Dialog title="Search" onClose={onClose} size="medium">
      <div className="palette">
        <label htmlFor={inputId} className="visually-hidden">
          Search contacts and programs
        </label>
        <input
          id={inputId}
          className="palette-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={results.length > 0 ? optionId(activeIndex) : undefined}
          placeholder="Search contacts and programs"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (results.length === 0) return;
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((activeIndex + 1) % results.length);
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((activeIndex - 1 + results.length) % results.length);
            } else if (e.key === 'Home' && e.ctrlKey) {
              e.preventDefault();
              setActive(0);
            } else if (e.key === 'End' && e.ctrlKey) {
              e.preventDefault();
              setActive(results.length - 1);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              open(results[activeIndex]);
            }
          }}
        />
        <p className="muted palette-status" role="status" aria-live="polite">
          {status}
        </p>
        <ul id={listId} role="listbox" aria-label="Matches" className="palette-results">
          {results.map((target, index) => (
            <li
              key={`${target.kind}-${target.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="palette-option"
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              onClick={() => open(target)}
            >
              <span className="palette-name">{target.name}</span>
              <span className="palette-detail muted">
                <span className="badge">{target.kind === 'contact' ? 'Contact' : 'Program'}</span> {target.detail}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}
