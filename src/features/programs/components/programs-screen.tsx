/**
 * The programs screen: a board by application status (move a program with
 * its "Move to" menu, the arrow keys, or by dragging) or a table, with the
 * mode, search and filters kept in the URL.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { FilterSelect } from '../../../components/filter-select';
import { PageHeader } from '../../../components/page-header';
import { oneOf } from '../../../domain/list-params';
import {
  collectStates,
  DEFAULT_PROGRAM_LIST_VIEW,
  filterPrograms,
  isProgramListFiltered,
  PROGRAM_SORTS,
  PROGRAM_SORT_LABELS,
} from '../../../domain/program-list';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  REGIONS,
  REGION_LABELS,
  TRACKS,
  TRACK_LABELS,
} from '../../../domain/vocabulary';
import { showToast } from '../../../stores/toast-store';
import { ProgramFormDialog } from '../forms/program-form-dialog';
import { useAllPrograms, useProgramListView } from '../hooks/use-programs';
import { ProgramBoard } from './program-board';
import { ProgramsTable } from './programs-table';
import './programs.css';
import { recordPath } from '../../../lib/record-links';

export function ProgramsScreen() {
  const navigate = useNavigate();
  const programs = useAllPrograms();
  const [view, updateView] = useProgramListView();
  const visible = useMemo(() => (programs ? filterPrograms(programs, view) : undefined), [programs, view]);
  const states = useMemo(() => collectStates(programs ?? []), [programs]);
  const [creating, setCreating] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const filtersId = useId();

  // The search box is uncontrolled; follow the URL when it changes from elsewhere.
  useEffect(() => {
    const input = searchRef.current;
    if (input && document.activeElement !== input && input.value !== view.query) input.value = view.query;
  }, [view.query]);

  const filtered = isProgramListFiltered(view);
  const activeFilterCount = [view.track, view.region, view.state, view.status, view.minInterest].filter((v) => v !== null).length;
  const clearFilters = () => {
    if (searchRef.current) searchRef.current.value = '';
    updateView({ ...DEFAULT_PROGRAM_LIST_VIEW, mode: view.mode, sort: view.sort });
  };
  const total = programs?.length ?? 0;

  return (
    <div className="programs-screen">
      <PageHeader
        title="Programs"
        description="Where you are applying, from first research to your rank list."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            New program
          </button>
        }
      />

      <div role="search" aria-label="Find programs" className="list-controls">
        <div className="programs-toolbar">
          <div className="field list-search">
            <label htmlFor={searchId}>Search programs</label>
            <input
              ref={searchRef}
              id={searchId}
              type="search"
              defaultValue={view.query}
              placeholder="Name, institution, city or state"
              autoComplete="off"
              onChange={(e) => updateView({ query: e.currentTarget.value })}
            />
          </div>
          <div className="view-switch" role="group" aria-label="Show programs as">
            <button
              type="button"
              className="btn"
              aria-pressed={view.mode === 'board'}
              onClick={() => updateView({ mode: 'board' })}
            >
              Board
            </button>
            <button
              type="button"
              className="btn"
              aria-pressed={view.mode === 'table'}
              onClick={() => updateView({ mode: 'table' })}
            >
              Table
            </button>
          </div>
        </div>
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
          <FilterSelect
            label="Track"
            value={view.track ?? ''}
            onChange={(v) => updateView({ track: oneOf(TRACKS, v) })}
            options={TRACKS.map((t) => [t, TRACK_LABELS[t]])}
            anyLabel="Any track"
          />
          <FilterSelect
            label="Region"
            value={view.region ?? ''}
            onChange={(v) => updateView({ region: oneOf(REGIONS, v) })}
            options={REGIONS.map((r) => [r, REGION_LABELS[r]])}
            anyLabel="Any region"
          />
          <FilterSelect
            label="State"
            value={view.state ?? ''}
            onChange={(v) => updateView({ state: v || null })}
            options={[
              ...states.map((s): [string, string] => [s, s]),
              ...(view.state && !states.some((s) => s.toLowerCase() === view.state?.toLowerCase())
                ? [[view.state, view.state] satisfies [string, string]]
                : []),
            ]}
            anyLabel="Any state"
          />
          <FilterSelect
            label="Status"
            value={view.status ?? ''}
            onChange={(v) => updateView({ status: oneOf(APPLICATION_STATUSES, v) })}
            options={APPLICATION_STATUSES.map((s) => [s, APPLICATION_STATUS_LABELS[s]])}
            anyLabel="Any status"
          />
          <FilterSelect
            label="Interest"
            value={view.minInterest === null ? '' : String(view.minInterest)}
            onChange={(v) => updateView({ minInterest: v ? Number(v) : null })}
            options={[5, 4, 3, 2].map((n) => [String(n), n === 5 ? '5 only' : `${n} or more`])}
            anyLabel="Any interest"
          />
          <FilterSelect
            label="Sort by"
            value={view.sort}
            onChange={(v) => updateView({ sort: oneOf(PROGRAM_SORTS, v) ?? 'name' })}
            options={PROGRAM_SORTS.map((s) => [s, PROGRAM_SORT_LABELS[s]])}
          />
        </div>
        <div className="list-summary">
          <p role="status" aria-live="polite" className="muted list-count">
            {visible
              ? filtered
                ? `Showing ${visible.length} of ${total}`
                : `${total} ${total === 1 ? 'program' : 'programs'}`
              : 'Loading programs…'}
          </p>
          {filtered && (
            <button type="button" className="btn btn-small btn-ghost" onClick={clearFilters}>
              Clear search and filters
            </button>
          )}
        </div>
      </div>

      {visible === undefined ? null : total === 0 ? (
        <EmptyState
          title="No programs yet"
          action={
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              Add your first program
            </button>
          }
        >
          <p>
            Add the integrated IR, independent IR and DR/ESIR programs you are considering. Rate them on what matters
            to you and move each one along as your application progresses.
          </p>
        </EmptyState>
      ) : visible.length === 0 ? (
        <EmptyState
          title="No programs match"
          action={
            <button type="button" className="btn" onClick={clearFilters}>
              Clear search and filters
            </button>
          }
        >
          <p>Try fewer words, or another filter.</p>
        </EmptyState>
      ) : view.mode === 'board' ? (
        <ProgramBoard programs={visible} />
      ) : (
        <ProgramsTable programs={visible} />
      )}

      {creating && (
        <ProgramFormDialog
          onClose={() => setCreating(false)}
          onSaved={(program) => {
            setCreating(false);
            showToast({ message: `Saved ${program.name}.`, tone: 'success' });
            navigate(recordPath('programs', program.id));
          }}
        />
      )}
    </div>
  );
}
