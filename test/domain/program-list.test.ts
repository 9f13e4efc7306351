import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  adjacentStatus,
  collectStates,
  DEFAULT_PROGRAM_LIST_VIEW,
  filterPrograms,
  groupByStatus,
  isProgramListFiltered,
  parseProgramListView,
  programListViewToParams,
  PROGRAM_SORTS,
  PROGRAM_VIEW_MODES,
  type ProgramListView,
} from '../../src/domain/program-list';
import { programSchema, type Program, type ProgramFields } from '../../src/domain/entities';
import { APPLICATION_STATUSES, REGIONS, TRACKS } from '../../src/domain/vocabulary';

let n = 0;
function program(fields: Partial<ProgramFields> = {}): Program {
  n += 1;
  return programSchema.parse({
    name: `Program ${n}`,
    track: 'integrated-ir',
    ...fields,
    id: `p-${String(n).padStart(4, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}
const view = (patch: Partial<ProgramListView>): ProgramListView => ({ ...DEFAULT_PROGRAM_LIST_VIEW, ...patch });

describe('program list view in the URL', () => {
  it.each([
    ['', DEFAULT_PROGRAM_LIST_VIEW],
    ['view=table&track=dr-esir&region=midwest', view({ mode: 'table', track: 'dr-esir', region: 'midwest' })],
    ['state=OH&status=applied&interest=4&sort=interest', view({ state: 'OH', status: 'applied', minInterest: 4, sort: 'interest' })],
    ['view=list&track=ortho&interest=9&status=maybe&sort=x', DEFAULT_PROGRAM_LIST_VIEW],
  ])('reads "%s"', (search, expected) => {
    expect(parseProgramListView(new URLSearchParams(search))).toEqual(expected);
  });

  it('round-trips every valid view', () => {
    const arb = fc.record({
      mode: fc.constantFrom(...PROGRAM_VIEW_MODES),
      query: fc.string(),
      track: fc.option(fc.constantFrom(...TRACKS), { nil: null }),
      region: fc.option(fc.constantFrom(...REGIONS), { nil: null }),
      state: fc.option(fc.constantFrom('MA', 'OH', 'New York'), { nil: null }),
      status: fc.option(fc.constantFrom(...APPLICATION_STATUSES), { nil: null }),
      minInterest: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      sort: fc.constantFrom(...PROGRAM_SORTS),
    });
    fc.assert(
      fc.property(arb, (v) => {
        expect(parseProgramListView(new URLSearchParams(programListViewToParams(v).toString()))).toEqual(v);
      }),
    );
  });

  it('does not count the view mode or sort as a filter', () => {
    expect(isProgramListFiltered(view({ mode: 'table', sort: 'state' }))).toBe(false);
    expect(isProgramListFiltered(view({ state: 'OH' }))).toBe(true);
  });
});

describe('filterPrograms', () => {
  const aldercrest = program({ name: 'Aldercrest IR', institution: 'Aldercrest University', city: 'Boston', state: 'MA', region: 'northeast', interest: 5, status: 'applied' });
  const coppergate = program({ name: 'Coppergate DR/ESIR', track: 'dr-esir', city: 'Columbus', state: 'OH', region: 'midwest', interest: 3, status: 'researching' });
  const duneridge = program({ name: 'Duneridge Independent IR', track: 'independent-ir', state: 'az', region: 'southwest', interest: 4, status: 'not-applying' });
  const all = [duneridge, coppergate, aldercrest];
  const names = (programs: Program[]) => programs.map((p) => p.name);

  it.each<[string, Partial<ProgramListView>, string[]]>([
    ['everything, by name', {}, ['Aldercrest IR', 'Coppergate DR/ESIR', 'Duneridge Independent IR']],
    ['search by institution', { query: 'university' }, ['Aldercrest IR']],
    ['search by city', { query: 'columbus' }, ['Coppergate DR/ESIR']],
    ['track', { track: 'independent-ir' }, ['Duneridge Independent IR']],
    ['region', { region: 'midwest' }, ['Coppergate DR/ESIR']],
    ['state, ignoring case', { state: 'AZ' }, ['Duneridge Independent IR']],
    ['status', { status: 'applied' }, ['Aldercrest IR']],
    ['interest at least 4', { minInterest: 4 }, ['Aldercrest IR', 'Duneridge Independent IR']],
    ['sort by interest', { sort: 'interest' }, ['Aldercrest IR', 'Duneridge Independent IR', 'Coppergate DR/ESIR']],
    ['sort by status (pipeline order)', { sort: 'status' }, ['Coppergate DR/ESIR', 'Aldercrest IR', 'Duneridge Independent IR']],
    ['sort by state', { sort: 'state' }, ['Duneridge Independent IR', 'Aldercrest IR', 'Coppergate DR/ESIR']],
  ])('%s', (_label, patch, expected) => {
    expect(names(filterPrograms(all, view(patch)))).toEqual(expected);
  });

  it('lists each state once', () => {
    expect(collectStates([{ state: 'MA' }, { state: 'ma' }, { state: '' }, { state: 'OH ' }])).toEqual(['MA', 'OH']);
  });
});

describe('board', () => {
  it('groups programs into every status column, each program exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...APPLICATION_STATUSES), { maxLength: 40 }), (statuses) => {
        const programs = statuses.map((status) => program({ status }));
        const groups = groupByStatus(programs);
        expect(Object.keys(groups)).toEqual([...APPLICATION_STATUSES]);
        const flat = Object.values(groups).flat();
        expect(flat).toHaveLength(programs.length);
        for (const [status, column] of Object.entries(groups)) expect(column.every((p) => p.status === status)).toBe(true);
      }),
    );
  });

  it.each([
    ['researching', 1, 'applying'],
    ['researching', -1, null],
    ['interviewed', 1, 'ranked'],
    ['ranked', 1, 'not-applying'],
    ['not-applying', 1, null],
    ['not-applying', -1, 'ranked'],
  ] as const)('from %s, step %d goes to %s', (status, step, expected) => {
    expect(adjacentStatus(status, step)).toBe(expected);
  });
});
