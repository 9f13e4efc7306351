/**
 * The programs screen as a pure read model: board or table, search and
 * filters kept in URL search params, grouping by application status and the
 * keyboard moves along the pipeline.
 */
import type { Program } from './entities';
import {
  APPLICATION_STATUSES,
  REGIONS,
  TRACKS,
  type ApplicationStatus,
  type Region,
  type Track,
} from './vocabulary';
import { intInRange, nonEmpty, oneOf } from './list-params';

export const PROGRAM_VIEW_MODES = ['board', 'table'] as const;
export type ProgramViewMode = (typeof PROGRAM_VIEW_MODES)[number];

export const PROGRAM_SORTS = ['name', 'interest', 'status', 'state'] as const;
export type ProgramSort = (typeof PROGRAM_SORTS)[number];
export const PROGRAM_SORT_LABELS: Record<ProgramSort, string> = {
  name: 'Name',
  interest: 'Interest, highest first',
  status: 'Application status',
  state: 'State',
};

export interface ProgramListView {
  mode: ProgramViewMode;
  query: string;
  track: Track | null;
  region: Region | null;
  /** US state or province as the user typed it; compared ignoring case. */
  state: string | null;
  status: ApplicationStatus | null;
  /** Only programs with at least this interest (1–5). */
  minInterest: number | null;
  sort: ProgramSort;
}

export const DEFAULT_PROGRAM_LIST_VIEW: ProgramListView = {
  mode: 'board',
  query: '',
  track: null,
  region: null,
  state: null,
  status: null,
  minInterest: null,
  sort: 'name',
};

/** Reads the view from URL search params; anything unknown falls back to the default. */
export function parseProgramListView(params: URLSearchParams): ProgramListView {
  return {
    mode: oneOf(PROGRAM_VIEW_MODES, params.get('view')) ?? 'board',
    query: params.get('q') ?? '',
    track: oneOf(TRACKS, params.get('track')),
    region: oneOf(REGIONS, params.get('region')),
    state: nonEmpty(params.get('state')),
    status: oneOf(APPLICATION_STATUSES, params.get('status')),
    minInterest: intInRange(params.get('interest'), 1, 5),
    sort: oneOf(PROGRAM_SORTS, params.get('sort')) ?? 'name',
  };
}

/** Writes the view as URL search params, leaving out defaults. */
export function programListViewToParams(view: ProgramListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.mode !== 'board') params.set('view', view.mode);
  if (view.query !== '') params.set('q', view.query);
  if (view.track) params.set('track', view.track);
  if (view.region) params.set('region', view.region);
  if (view.state) params.set('state', view.state);
  if (view.status) params.set('status', view.status);
  if (view.minInterest !== null) params.set('interest', String(view.minInterest));
  if (view.sort !== 'name') params.set('sort', view.sort);
  return params;
}

export function isProgramListFiltered(view: ProgramListView): boolean {
  return (
    view.query.trim() !== '' ||
    view.track !== null ||
    view.region !== null ||
    view.state !== null ||
    view.status !== null ||
    view.minInterest !== null
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Programs passing the view's search (name, institution, city, state) and filters, sorted. */
export function filterPrograms(programs: readonly Program[], view: ProgramListView): Program[] {
  const words = view.query.toLowerCase().split(/\s+/).filter(Boolean);
  const state = view.state?.toLowerCase() ?? null;
  const kept = programs.filter((p) => {
    if (view.track !== null && p.track !== view.track) return false;
    if (view.region !== null && p.region !== view.region) return false;
    if (state !== null && p.state.toLowerCase() !== state) return false;
    if (view.status !== null && p.status !== view.status) return false;
    if (view.minInterest !== null && p.interest < view.minInterest) return false;
    if (words.length === 0) return true;
    const haystack = `${p.name}\n${p.institution}\n${p.city}\n${p.state}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const byName = (a: Program, b: Program) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const compare: Record<ProgramSort, (a: Program, b: Program) => number> = {
    name: byName,
    interest: (a, b) => b.interest - a.interest || byName(a, b),
    status: (a, b) => APPLICATION_STATUSES.indexOf(a.status) - APPLICATION_STATUSES.indexOf(b.status) || byName(a, b),
    state: (a, b) => collator.compare(a.state, b.state) || byName(a, b),
  };
  return kept.sort(compare[view.sort]);
}

/** Programs grouped into the board's columns, every status present (possibly empty), order kept. */
export function groupByStatus(programs: readonly Program[]): Record<ApplicationStatus, Program[]> {
  const groups: Record<ApplicationStatus, Program[]> = {
    researching: [],
    applying: [],
    applied: [],
    'interview-invited': [],
    interviewed: [],
    ranked: [],
    'not-applying': [],
  };
  for (const program of programs) groups[program.status].push(program);
  return groups;
}

/**
 * The status one step along the board (`+1` right, `-1` left), or null at
 * either end. "Not applying" is the last column, so a program can be parked
 * there and brought back with the same keys.
 */
export function adjacentStatus(status: ApplicationStatus, step: 1 | -1): ApplicationStatus | null {
  return APPLICATION_STATUSES[APPLICATION_STATUSES.indexOf(status) + step] ?? null;
}

/** The distinct states in use, sorted, for the state filter. */
export function collectStates(programs: readonly Pick<Program, 'state'>[]): string[] {
  const seen = new Map<string, string>();
  for (const { state } of programs) {
    const key = state.trim().toLowerCase();
    if (key !== '' && !seen.has(key)) seen.set(key, state.trim());
  }
  return [...seen.values()].sort(collator.compare);
}
