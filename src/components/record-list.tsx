/**
 * The parts every record list shares (contacts, programs): the search box and
 * filters (their state lives in the URL, read by the screen), the result count
 * with "Clear search and filters", the empty states, and New → save → open the
 * new record.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from './empty-state';
import { PageHeader } from './page-header';
import { recordPath, type RecordPageKind } from '../lib/record-links';
import { showToast } from '../stores/toast-store';
import './list-controls.css';

/** A list screen's title, what it holds, and its New button. */
export function ListHeader({ title, description, newLabel, onNew }: { title: string; description: string; newLabel: string; onNew: () => void }) {
  return (
    <PageHeader
      title={title}
      description={description}
      actions={
        <button type="button" className="btn btn-primary" onClick={onNew}>
          {newLabel}
        </button>
      }
    />
  );
}

interface ListControlsProps {
  /** "contacts": names the search landmark ("Find contacts") and the box ("Search contacts"). */
  plural: string;
  placeholder: string;
  /** The query as the URL has it. */
  query: string;
  onQuery: (query: string) => void;
  /** Beside the search box (a view switch); with it, both sit in a toolbar of this class. */
  besideSearch?: ReactNode;
  toolbarClassName?: string;
  activeFilterCount: number;
  /** The filter and sort selects. */
  filters: ReactNode;
  /** "12 programs", "Showing 3 of 12"; announced as it changes. */
  count: string;
  filtered: boolean;
  /** Resets the view's filters; the search box is emptied here. */
  onClear: () => void;
}

export function ListControls(props: ListControlsProps) {
  const { plural, placeholder, query, onQuery, besideSearch, toolbarClassName, activeFilterCount, filters, count, filtered, onClear } = props;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const filtersId = useId();

  // The search box is uncontrolled (the URL is the one source of truth, and URL
  // updates land a moment after the keystroke); bring it in line when the URL
  // changes from elsewhere, e.g. "Clear filters" or the list's nav link.
  useEffect(() => {
    const input = searchRef.current;
    if (input && document.activeElement !== input && input.value !== query) input.value = query;
  }, [query]);

  const clear = () => {
    if (searchRef.current) searchRef.current.value = '';
    onClear();
  };
  const search = (
    <div className="field list-search">
      <label htmlFor={searchId}>Search {plural}</label>
      <input
        ref={searchRef}
        id={searchId}
        type="search"
        defaultValue={query}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => onQuery(e.currentTarget.value)}
      />
    </div>
  );

  return (
    <div role="search" aria-label={`Find ${plural}`} className="list-controls">
      {besideSearch ? (
        <div className={toolbarClassName}>
          {search}
          {besideSearch}
        </div>
      ) : (
        search
      )}
      <button
        type="button"
        className="btn filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={() => setFiltersOpen((open) => !open)}
      >
        Filters{activeFilterCount > 0 ? ` (${activeFilterCount})` : ''}
      </button>
      <div id={filtersId} className="list-filters" data-open={filtersOpen}>
        {filters}
      </div>
      <div className="list-summary">
        <p role="status" aria-live="polite" className="muted list-count">
          {count}
        </p>
        {filtered && (
          <button type="button" className="btn btn-small btn-ghost" onClick={clear}>
            Clear search and filters
          </button>
        )}
      </div>
    </div>
  );
}

/** "1,204 contacts", or "Showing 3 of 1,204" while a search or filter narrows the list. */
export function resultCount(shown: number, total: number, filtered: boolean, one: string, many: string): string {
  return filtered ? `Showing ${shown.toLocaleString()} of ${total.toLocaleString()}` : `${total.toLocaleString()} ${total === 1 ? one : many}`;
}

interface ListResultsProps {
  /** "contact", "program" */
  noun: string;
  /** "contacts", "programs" */
  plural: string;
  total: number;
  shown: number;
  /** The first-run empty state's button ("Add your first contact") opens the form. */
  onAddFirst: () => void;
  firstRunText: ReactNode;
  onClear: () => void;
  children: ReactNode;
}

/** The list, or why it is empty: nothing yet (add the first), or nothing matches (clear the search). */
export function ListResults({ noun, plural, total, shown, onAddFirst, firstRunText, onClear, children }: ListResultsProps) {
  if (total === 0) {
    return (
      <EmptyState
        title={`No ${plural} yet`}
        action={
          <button type="button" className="btn btn-primary" onClick={onAddFirst}>
            Add your first {noun}
          </button>
        }
      >
        {firstRunText}
      </EmptyState>
    );
  }
  if (shown === 0) {
    return (
      <EmptyState
        title={`No ${plural} match`}
        action={
          <button type="button" className="btn" onClick={onClear}>
            Clear search and filters
          </button>
        }
      >
        <p>Try fewer words, or another filter.</p>
      </EmptyState>
    );
  }
  return children;
}

/** New record: the form opens, and once saved a toast says so and the new record's page opens. */
export function useNewRecord(kind: RecordPageKind, initiallyOpen = false) {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(initiallyOpen);
  return {
    creating,
    start: () => setCreating(true),
    stop: () => setCreating(false),
    saved: (record: { id: string; name: string }) => {
      setCreating(false);
      showToast({ message: `Saved ${record.name}.`, tone: 'success' });
      navigate(recordPath(kind, record.id));
    },
  };
}
