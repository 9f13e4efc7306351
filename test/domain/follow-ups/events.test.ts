import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outreachWindow, planEventOutreach, type EventOutreachInput } from '../../../src/domain/follow-ups/events';
import { addLocalDays, toLocalDate } from '../../../src/lib/dates';
import { contact, defaultRules } from './fixtures';

const lee = contact('c-lee', 'Dr. Ana Lee');
const ortiz = contact('c-ortiz', 'Dr. Ben Ortiz');
const sir = { id: 'e-sir', name: 'SIR 2027', startDate: '2027-03-20', place: 'Fictional City', targetContactIds: ['c-lee', 'c-ortiz'] };

function input(overrides: Partial<EventOutreachInput> = {}): EventOutreachInput {
  return { event: sir, contacts: [lee, ortiz], rules: defaultRules(), today: '2027-01-10', ...overrides };
}

describe('outreachWindow', () => {
  const rule = { dueOffsetDays: -14, latestOffsetDays: -7 };
  it.each([
    { name: 'well ahead: 14 to 7 days before', start: '2027-03-20', today: '2027-01-10', expected: { dueDate: '2027-03-06', latestDate: '2027-03-13', timing: 'on-time' } },
    { name: 'on the first day of the window', start: '2027-03-20', today: '2027-03-06', expected: { dueDate: '2027-03-06', latestDate: '2027-03-13', timing: 'on-time' } },
    { name: 'window begun: starts today, end kept', start: '2027-03-20', today: '2027-03-08', expected: { dueDate: '2027-03-08', latestDate: '2027-03-13', timing: 'shortened' } },
    { name: 'on the last day of the window', start: '2027-03-20', today: '2027-03-13', expected: { dueDate: '2027-03-13', latestDate: '2027-03-13', timing: 'shortened' } },
    { name: 'window over, event ahead: today to the day before', start: '2027-03-20', today: '2027-03-15', expected: { dueDate: '2027-03-15', latestDate: '2027-03-19', timing: 'last-chance' } },
    { name: 'the day before the event', start: '2027-03-20', today: '2027-03-19', expected: { dueDate: '2027-03-19', latestDate: '2027-03-19', timing: 'last-chance' } },
    { name: 'leap year: event on Mar 7 2028', start: '2028-03-07', today: '2028-01-01', expected: { dueDate: '2028-02-22', latestDate: '2028-02-29', timing: 'on-time' } },
    { name: 'event early January: window in December', start: '2027-01-05', today: '2026-11-01', expected: { dueDate: '2026-12-22', latestDate: '2026-12-29', timing: 'on-time' } },
    { name: 'US spring DST inside the window', start: '2026-03-20', today: '2026-01-01', expected: { dueDate: '2026-03-06', latestDate: '2026-03-13', timing: 'on-time' } },
    { name: 'US autumn DST inside the window', start: '2026-11-10', today: '2026-09-01', expected: { dueDate: '2026-10-27', latestDate: '2026-11-03', timing: 'on-time' } },
  ])('$name', ({ start, today, expected }) => {
    expect(outreachWindow(start, rule, today)).toEqual(expected);
  });

  it('is null once the event has begun', () => {
    expect(outreachWindow('2027-03-20', rule, '2027-03-20')).toBeNull();
    expect(outreachWindow('2027-03-20', rule, '2027-04-01')).toBeNull();
  });

  it('cuts a window that Settings place on or after the start back to the day before', () => {
    expect(outreachWindow('2027-03-20', { dueOffsetDays: -3, latestOffsetDays: 2 }, '2027-01-01')).toEqual({
      dueDate: '2027-03-17',
      latestDate: '2027-03-19',
      timing: 'on-time',
    });
    expect(outreachWindow('2027-03-20', { dueOffsetDays: 0, latestOffsetDays: 0 }, '2027-01-01')).toEqual({
      dueDate: '2027-03-19',
      latestDate: '2027-03-19',
      timing: 'on-time',
    });
  });

  it('property: due ≤ latest, never before today, always before the event', () => {
    const day = fc.date({ min: new Date(2020, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true }).map(toLocalDate);
    const offsets = fc
      .tuple(fc.integer({ min: -365, max: 365 }), fc.integer({ min: 0, max: 365 }))
      .map(([due, span]) => ({ dueOffsetDays: due, latestOffsetDays: Math.min(365, due + span) }));
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), offsets, (start, daysAhead, rule) => {
        const today = addLocalDays(start, -daysAhead);
        const window = outreachWindow(start, rule, today);
        if (daysAhead <= 0) {
          expect(window).toBeNull();
          return;
        }
        if (window === null) throw new Error(`no window ${daysAhead} days ahead`);
        expect(window.dueDate <= window.latestDate).toBe(true);
        expect(window.dueDate >= today).toBe(true);
        expect(window.latestDate < start).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('planEventOutreach', () => {
  it('proposes one outreach per target contact, naming the person and the event', () => {
    const proposals = planEventOutreach(input());
    expect(proposals.map((p) => [p.key, p.contactId, p.dueDate, p.latestDate, p.kind, p.eventId])).toEqual([
      ['preEventOutreach:e-sir:c-lee', 'c-lee', '2027-03-06', '2027-03-13', 'pre-event-outreach', 'e-sir'],
      ['preEventOutreach:e-sir:c-ortiz', 'c-ortiz', '2027-03-06', '2027-03-13', 'pre-event-outreach', 'e-sir'],
    ]);
    expect(proposals[0].title).toBe('Reach out to Dr. Ana Lee before SIR 2027');
    expect(proposals[0].reason).toContain('Fictional City');
    expect(proposals[0].reason).not.toContain('usual window has passed');
  });

  it('says so when the usual window has passed', () => {
    const [late] = planEventOutreach(input({ today: '2027-03-16' }));
    expect([late.dueDate, late.latestDate]).toEqual(['2027-03-16', '2027-03-19']);
    expect(late.reason).toContain('usual window has passed');
  });

  it('uses the offsets from Settings', () => {
    const rules = defaultRules({ preEventOutreach: { enabled: true, dueOffsetDays: -21, latestOffsetDays: -10 } });
    const [first] = planEventOutreach(input({ rules }));
    expect([first.dueDate, first.latestDate]).toEqual(['2027-02-27', '2027-03-10']);
  });

  it.each([
    ['the rule is off', input({ rules: defaultRules({ preEventOutreach: { enabled: false, dueOffsetDays: -14, latestOffsetDays: -7 } }) })],
    ['there are no targets', input({ event: { ...sir, targetContactIds: [] } })],
    ['the event has begun', input({ today: '2027-03-21' })],
  ])('proposes nothing when %s', (_name, subject) => {
    expect(planEventOutreach(subject)).toEqual([]);
  });

  it('lists a target named twice once', () => {
    expect(planEventOutreach(input({ event: { ...sir, targetContactIds: ['c-lee', 'c-lee'] } }))).toHaveLength(1);
  });
});
