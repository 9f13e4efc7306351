/**
 * The programs screen: a board by application status (move a program with
 * its "Move to" menu, the arrow keys, or by dragging) or a table, with the
 * mode, search and filters kept in the URL.
 */
import { useMemo } from 'react';
import { NumberFilter, OpenFilter, SortSelect, VocabularyFilter, withCurrentChoice } from '../../../components/filter-select';
import { ListControls, ListHeader, ListResults, resultCount, useNewRecord } from '../../../components/record-list';
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

const INTEREST_CHOICES = [5, 4, 3, 2].map((n) => [n, n === 5 ? '5 only' : `${n} or more`] as const);

/** What the list says when it is empty: the first program's invitation. */
const EMPTY_WORDS = {
  noun: 'program',
  plural: 'programs',
  firstRunText: (
    <p>
      Add the integrated IR, independent IR and DR/ESIR programs you are considering. Rate them on what matters to you
      and move each one along as your application progresses.
    </p>
  ),
};

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
      <ListHeader title="Programs" description="Where you are applying, from first research to your rank list." newLabel="New program" onNew={creation.start} />

      <ListControls
        plural="programs"
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
            <OpenFilter label="State" options={withCurrentChoice(states.map((s) => [s, s]), view.state)} value={view.state} onChange={(state) => updateView({ state })} anyLabel="Any state" />
            <VocabularyFilter
              label="Status"
              values={APPLICATION_STATUSES}
              labels={APPLICATION_STATUS_LABELS}
              value={view.status}
              onChange={(status) => updateView({ status })}
              anyLabel="Any status"
            />
            <NumberFilter label="Interest" choices={INTEREST_CHOICES} value={view.minInterest} onChange={(minInterest) => updateView({ minInterest })} anyLabel="Any interest" />
            <SortSelect sorts={PROGRAM_SORTS} labels={PROGRAM_SORT_LABELS} value={view.sort} onChange={(sort) => updateView({ sort })} />
          </>
        }
      />

      {visible !== undefined && (
        <ListResults {...EMPTY_WORDS} total={total} shown={visible.length} onAddFirst={creation.start} onClear={clearFilters}>
          {view.mode === 'board' ? <ProgramBoard programs={visible} /> : <ProgramsTable programs={visible} />}
        </ListResults>
      )}

      {creation.creating && <ProgramFormDialog onClose={creation.stop} onSaved={creation.saved} />}
    </div>
  );
}
