/**
 * The programs screen: a board by application status (move a program with
 * its "Move to" menu, the arrow keys, or by dragging) or a table, with the
 * mode, search and filters kept in the URL.
 */
import { useMemo } from 'react';
import { FilterSelect, VocabularyFilter, withCurrentChoice } from '../../../components/filter-select';
import { PageHeader } from '../../../components/page-header';
import { ListControls, ListResults, resultCount, useNewRecord } from '../../../components/record-list';
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
import { ProgramFormDialog } from '../forms/program-form-dialog';
import { useAllPrograms, useProgramListView } from '../hooks/use-programs';
import { ProgramBoard } from './program-board';
import { ProgramsTable } from './programs-table';
import './programs.css';

export function ProgramsScreen() {
  const programs = useAllPrograms();
  const [view, updateView] = useProgramListView();
  const visible = useMemo(() => (programs ? filterPrograms(programs, view) : undefined), [programs, view]);
  const states = useMemo(() => collectStates(programs ?? []), [programs]);
  const creation = useNewRecord('programs');

  const filtered = isProgramListFiltered(view);
  const activeFilterCount = [view.track, view.region, view.state, view.status, view.minInterest].filter((v) => v !== null).length;
  const clearFilters = () => updateView({ ...DEFAULT_PROGRAM_LIST_VIEW, mode: view.mode, sort: view.sort });
  const total = programs?.length ?? 0;

  return (
    <div className="programs-screen">
      <PageHeader
        title="Programs"
        description="Where you are applying, from first research to your rank list."
        actions={
          <button type="button" className="btn btn-primary" onClick={creation.start}>
            New program
          </button>
        }
      />

      <ListControls
        label="Find programs"
        searchLabel="Search programs"
        placeholder="Name, institution, city or state"
        query={view.query}
        onQuery={(query) => updateView({ query })}
        toolbarClassName="programs-toolbar"
        besideSearch={
          <div className="view-switch" role="group" aria-label="Show programs as">
            <button type="button" className="btn" aria-pressed={view.mode === 'board'} onClick={() => updateView({ mode: 'board' })}>
              Board
            </button>
            <button type="button" className="btn" aria-pressed={view.mode === 'table'} onClick={() => updateView({ mode: 'table' })}>
              Table
            </button>
          </div>
        }
        activeFilterCount={activeFilterCount}
        count={visible ? resultCount(visible.length, total, filtered, 'program', 'programs') : 'Loading programs…'}
        filtered={filtered}
        onClear={clearFilters}
        filters={
          <>
            <VocabularyFilter label="Track" values={TRACKS} labels={TRACK_LABELS} value={view.track} onChange={(track) => updateView({ track })} anyLabel="Any track" />
            <VocabularyFilter label="Region" values={REGIONS} labels={REGION_LABELS} value={view.region} onChange={(region) => updateView({ region })} anyLabel="Any region" />
            <FilterSelect
              label="State"
              value={view.state ?? ''}
              onChange={(v) => updateView({ state: v || null })}
              options={withCurrentChoice(states.map((s) => [s, s]), view.state)}
              anyLabel="Any state"
            />
            <VocabularyFilter
              label="Status"
              values={APPLICATION_STATUSES}
              labels={APPLICATION_STATUS_LABELS}
              value={view.status}
              onChange={(status) => updateView({ status })}
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
          </>
        }
      />

      {visible !== undefined && (
        <ListResults
          plural="programs"
          total={total}
          shown={visible.length}
          addFirstLabel="Add your first program"
          onAddFirst={creation.start}
          firstRunText={
            <p>
              Add the integrated IR, independent IR and DR/ESIR programs you are considering. Rate them on what matters
              to you and move each one along as your application progresses.
            </p>
          }
          onClear={clearFilters}
        >
          {view.mode === 'board' ? <ProgramBoard programs={visible} /> : <ProgramsTable programs={visible} />}
        </ListResults>
      )}

      {creation.creating && <ProgramFormDialog onClose={creation.stop} onSaved={creation.saved} />}
    </div>
  );
}
