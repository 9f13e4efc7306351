/**
 * The search palette: contacts and programs by name at once, and everything
 * the user wrote (notes, next steps, commitments, events, reminders,
 * templates) and the app's commands from the full-text index, grouped by
 * kind with the matching words marked. Arrow keys move, Enter opens, Escape
 * closes; "See all results" (or Shift+Enter, or Enter when nothing matches) opens the results
 * page. Opens from the top bar's Search button or Ctrl/Cmd+K on any screen.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { rankSearchTargets } from '../../../domain/quick-search';
import { SEARCH_KIND_LABELS } from '../../../domain/search/documents';
import { paletteGroups } from '../../../domain/search/palette-groups';
import type { SearchHit } from '../../../domain/search/search-index';
import { searchTerms } from '../../../domain/search/terms';
import { useFullTextSearch } from '../hooks/use-full-text-search';
import { useSearchAction } from '../hooks/use-search-action';
import { useSearchTargets } from '../hooks/use-search-targets';
import { HitText } from './hit-text';
import { searchPagePath } from './search-page-path';
import './search.css';

const MAX_NAME_MATCHES = 12;
// The palette asks the index for a few more than it shows, so name matches it already lists do not leave a group short.
const PER_KIND = 8;

export function SearchPalette({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const run = useSearchAction();
  const targets = useSearchTargets();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();
  const { answer, status } = useFullTextSearch(query, PER_KIND);
  const hasQuery = searchTerms(query).length > 0;
  const nameMatches = useMemo(() => rankSearchTargets(targets ?? [], query, MAX_NAME_MATCHES), [targets, query]);
  const groups = useMemo(() => (hasQuery ? paletteGroups(nameMatches, answer, query) : []), [hasQuery, nameMatches, answer, query]);
  const hits = groups.flatMap((g) => g.hits);
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  // The last option, after every hit: the results page for this query.
  const optionCount = hasQuery ? hits.length + 1 : 0;
  const activeIndex = Math.min(active, optionCount - 1);
  const optionId = (index: number) => `${listId}-${index}`;

  // Keep the highlighted match in view while arrowing through a long list.
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, listId]);

  function open(hit: SearchHit) {
    onClose();
    run(hit.action);
  }
  function seeAll() {
    onClose();
    void navigate(searchPagePath(query));
  }
  function choose(index: number) {
    if (index < hits.length) open(hits[index]);
    else seeAll();
  }

  const stillReading = !status.ready ? ' Still reading your notes…' : '';
  const status_ =
    targets === undefined
      ? 'Loading…'
      : !hasQuery
        ? 'Type to find contacts, programs, notes, events, reminders, templates and commands.'
        : hits.length === 0
          ? `Nothing matches “${query.trim()}”.${stillReading}`
          : `${hits.length} shown${total > hits.length ? ` of ${total}` : ''}. Use the arrow keys, then Enter to open; Shift+Enter shows every result.${stillReading}`;

  // Where each group's options start in the one list the arrow keys move through.
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((sum, group) => sum + group.hits.length, 0));
  return (
    <Dialog title="Search" onClose={onClose} size="medium">
      <div className="palette">
        <label htmlFor={inputId} className="visually-hidden">
          Search everything
        </label>
        <input
          id={inputId}
          className="palette-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={optionCount > 0}
          aria-controls={listId}
          aria-activedescendant={optionCount > 0 ? optionId(activeIndex) : undefined}
          placeholder="Names, notes, next steps, commands…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (optionCount === 0) return;
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((activeIndex + 1) % optionCount);
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((activeIndex - 1 + optionCount) % optionCount);
            } else if (e.key === 'Home' && e.ctrlKey) {
              e.preventDefault();
              setActive(0);
            } else if (e.key === 'End' && e.ctrlKey) {
              e.preventDefault();
              setActive(optionCount - 1);
            } else if (e.key === 'Enter' && e.shiftKey) {
              // Every result, whichever option is active.
              e.preventDefault();
              seeAll();
            } else if (e.key === 'Enter') {
              e.preventDefault();
              choose(activeIndex);
            }
          }}
        />
        <p className="muted palette-status" role="status" aria-live="polite">
          {status_}
        </p>
        <div id={listId} role="listbox" aria-label="Matches" className="palette-results" data-answered={answer?.query}>
          {groups.map((group, g) => (
            <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`} className="palette-group">
              <div role="presentation" id={`${listId}-${group.kind}`} className="palette-group-heading">
                {SEARCH_KIND_LABELS[group.kind]}
              </div>
              {group.hits.map((hit, h) => {
                const at = starts[g] + h;
                return (
                  <div
                    key={hit.id}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === activeIndex}
                    className="palette-option"
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseMove={() => at !== activeIndex && setActive(at)}
                    onClick={() => open(hit)}
                  >
                    <HitText hit={hit} />
                  </div>
                );
              })}
            </div>
          ))}
          {hasQuery && (
            <div
              id={optionId(hits.length)}
              role="option"
              aria-selected={activeIndex === hits.length}
              className="palette-option palette-see-all"
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => activeIndex !== hits.length && setActive(hits.length)}
              onClick={seeAll}
            >
              See all results for “{query.trim()}”
            </div>
          )}
        </div>
      </div>
    </Dialog>
  );
}
