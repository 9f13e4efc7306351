import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absoluteWindowLabel,
  countDueReminders,
  earliestSnoozeDay,
  effectiveWindow,
  groupReminders,
  snoozeUntil,
  windowLabel,
  type SnoozeOption,
} from '../../../src/domain/follow-ups/inbox';
import type { Reminder } from '../../../src/domain/entities';
import { addLocalDays, toLocalDate } from '../../../src/lib/dates';
import { reminder } from './fixtures';

const today = '2026-03-10';
const r = (id: string, overrides: Partial<Reminder> = {}) => reminder({ id, title: id, ...overrides });

describe('groupReminders', () => {
  it.each([
    { name: 'window ended yesterday: overdue', o: { dueDate: '2026-03-05', latestDate: '2026-03-09' }, group: 'overdue' },
    { name: 'single day yesterday: overdue', o: { dueDate: '2026-03-09', latestDate: '2026-03-09' }, group: 'overdue' },
    { name: 'due today: due today', o: { dueDate: '2026-03-10', latestDate: '2026-03-14' }, group: 'dueToday' },
    { name: 'inside the window, past the due day: in its window', o: { dueDate: '2026-03-07', latestDate: '2026-03-12' }, group: 'inWindow' },
    { name: 'due yesterday, latest tomorrow: in its window', o: { dueDate: '2026-03-09', latestDate: '2026-03-11' }, group: 'inWindow' },
    { name: 'last day of the window: in its window', o: { dueDate: '2026-03-07', latestDate: '2026-03-10' }, group: 'inWindow' },
    { name: 'due tomorrow: next 7 days', o: { dueDate: '2026-03-11', latestDate: '2026-03-11' }, group: 'next7Days' },
    { name: 'due in 7 days: next 7 days', o: { dueDate: '2026-03-17', latestDate: '2026-03-20' }, group: 'next7Days' },
    { name: 'due in 8 days: later', o: { dueDate: '2026-03-18', latestDate: '2026-03-18' }, group: 'later' },
    { name: 'snoozed until today though due long ago: due today', o: { dueDate: '2026-02-01', latestDate: '2026-02-03', status: 'snoozed', snoozedUntil: '2026-03-10' }, group: 'dueToday' },
    { name: 'snoozed into next week: next 7 days', o: { dueDate: '2026-03-01', latestDate: '2026-03-03', status: 'snoozed', snoozedUntil: '2026-03-13' }, group: 'next7Days' },
    { name: 'snoozed a month: later', o: { dueDate: '2026-03-10', latestDate: '2026-03-12', status: 'snoozed', snoozedUntil: '2026-04-10' }, group: 'later' },
    { name: 'snooze ended yesterday, past latest: overdue', o: { dueDate: '2026-03-01', latestDate: '2026-03-03', status: 'snoozed', snoozedUntil: '2026-03-09' }, group: 'overdue' },
  ] satisfies { name: string; o: Partial<Reminder>; group: string }[])('$name', ({ o, group }) => {
    const groups = groupReminders([r('x', o)], today);
    // `today` is the union of inWindow and dueToday, for counts; each reminder's own group is one of the others.
    const where = Object.entries(groups).filter(([name, list]) => name !== 'today' && list.length > 0).map(([name]) => name);
    expect(groups.today).toEqual([...groups.inWindow, ...groups.dueToday]);
    expect(where).toEqual([group]);
  });

  it('leaves out done and dismissed reminders', () => {
    const groups = groupReminders(
      [r('done', { status: 'done', doneAt: '2026-03-01T10:00:00.000Z' }), r('dismissed', { status: 'dismissed', dueDate: today, latestDate: today })],
      today,
    );
    expect(groups).toEqual({ overdue: [], inWindow: [], dueToday: [], today: [], next7Days: [], later: [] });
  });

  it('sorts each group by due day, then latest day, keeping input order on ties', () => {
    const groups = groupReminders(
      [
        r('b', { dueDate: '2026-03-12', latestDate: '2026-03-16' }),
        r('a', { dueDate: '2026-03-12', latestDate: '2026-03-13' }),
        r('c', { dueDate: '2026-03-11', latestDate: '2026-03-20' }),
        r('d', { dueDate: '2026-03-12', latestDate: '2026-03-13' }),
        r('s', { dueDate: '2026-03-01', latestDate: '2026-03-02', status: 'snoozed', snoozedUntil: '2026-03-11' }),
      ],
      today,
    );
    expect(groups.next7Days.map((x) => x.id)).toEqual(['s', 'c', 'a', 'd', 'b']);
  });

  it('keeps extra fields of the rows it is given', () => {
    const rows = [{ ...r('x', { dueDate: today, latestDate: today }), contactName: 'Dr. Lee' }];
    expect(groupReminders(rows, today).today[0].contactName).toBe('Dr. Lee');
  });
});

describe('windowLabel', () => {
  const farToday = '2026-01-15';
  it.each([
    { name: 'a window', o: { dueDate: '2026-03-03', latestDate: '2026-03-06' }, t: farToday, label: 'due Tue 3 Mar, latest Fri 6 Mar' },
    { name: 'a single day', o: { dueDate: '2026-03-03', latestDate: '2026-03-03' }, t: farToday, label: 'due Tue 3 Mar' },
    { name: 'due today', o: { dueDate: '2026-03-03', latestDate: '2026-03-06' }, t: '2026-03-03', label: 'due today, latest Fri 6 Mar' },
    { name: 'tomorrow and yesterday', o: { dueDate: '2026-03-02', latestDate: '2026-03-04' }, t: '2026-03-03', label: 'due yesterday, latest tomorrow' },
    { name: 'another year', o: { dueDate: '2026-12-30', latestDate: '2027-01-02' }, t: '2026-06-01', label: 'due Wed 30 Dec, latest Sat 2 Jan 2027' },
    { name: 'snoozed within the window', o: { dueDate: '2026-03-03', latestDate: '2026-03-06', status: 'snoozed', snoozedUntil: '2026-03-05' }, t: farToday, label: 'snoozed until Thu 5 Mar, latest Fri 6 Mar' },
    { name: 'snoozed past the window', o: { dueDate: '2026-03-03', latestDate: '2026-03-06', status: 'snoozed', snoozedUntil: '2026-03-09' }, t: farToday, label: 'snoozed until Mon 9 Mar' },
  ] satisfies { name: string; o: Partial<Reminder>; t: string; label: string }[])('$name', ({ o, t, label }) => {
    expect(windowLabel(r('x', o), t)).toBe(label);
  });

  it('has a form with full dates for calendar entries', () => {
    expect(absoluteWindowLabel(r('x', { dueDate: '2026-03-03', latestDate: '2026-03-06' }))).toBe(
      'due Tue 3 Mar 2026, latest Fri 6 Mar 2026',
    );
  });
});

describe('snoozeUntil', () => {
  it.each([
    { name: '1 day on an overdue reminder: tomorrow', o: { dueDate: '2026-03-01', latestDate: '2026-03-03' }, opt: '1d', until: '2026-03-11' },
    { name: '3 days on one due today', o: { dueDate: today, latestDate: today }, opt: '3d', until: '2026-03-13' },
    { name: '1 week across the month end', o: { dueDate: '2026-03-28', latestDate: '2026-03-28' }, opt: '1w', until: '2026-04-04' },
    { name: '1 day on a reminder due next week: one day past its due day', o: { dueDate: '2026-03-15', latestDate: '2026-03-20' }, opt: '1d', until: '2026-03-16' },
    { name: '1 day on a snoozed one counts from its snooze day', o: { dueDate: '2026-03-01', latestDate: '2026-03-03', status: 'snoozed', snoozedUntil: '2026-03-14' }, opt: '1d', until: '2026-03-15' },
    { name: 'a picked later day', o: { dueDate: today, latestDate: today }, opt: { pickedDay: '2026-04-01' }, until: '2026-04-01' },
    { name: 'a picked day before the due day is raised to it', o: { dueDate: '2026-03-20', latestDate: '2026-03-21' }, opt: { pickedDay: '2026-03-12' }, until: '2026-03-20' },
    { name: 'a picked day in the past is raised to today', o: { dueDate: '2026-03-01', latestDate: '2026-03-02' }, opt: { pickedDay: '2026-03-05' }, until: today },
    { name: 'leap day 2028', o: { dueDate: '2028-02-28', latestDate: '2028-02-28' }, opt: '1d', until: '2028-02-29' },
    { name: 'year end', o: { dueDate: '2026-12-31', latestDate: '2026-12-31' }, opt: '1d', until: '2027-01-01' },
  ] satisfies { name: string; o: Partial<Reminder>; opt: SnoozeOption; until: string }[])('$name', ({ o, opt, until }) => {
    expect(snoozeUntil(r('x', o), opt, today)).toBe(until);
  });

  it('refuses a picked day that does not exist', () => {
    expect(() => snoozeUntil(r('x'), { pickedDay: '2026-02-30' }, today)).toThrow(RangeError);
    expect(() => snoozeUntil(r('x'), { pickedDay: 'next week' }, today)).toThrow(/Pick a real day/);
  });

  it('offers the date picker a minimum', () => {
    expect(earliestSnoozeDay(r('x', { dueDate: '2026-03-01', latestDate: '2026-03-01' }), today)).toBe(today);
    expect(earliestSnoozeDay(r('x', { dueDate: '2026-03-20', latestDate: '2026-03-20' }), today)).toBe('2026-03-20');
  });

  const day = fc.date({ min: new Date(2020, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true }).map(toLocalDate);
  const option: fc.Arbitrary<SnoozeOption> = fc.oneof(
    fc.constantFrom('1d' as const, '3d' as const, '1w' as const),
    day.map((pickedDay) => ({ pickedDay })),
  );
  const anyReminder = fc
    .record({ due: day, span: fc.integer({ min: 0, max: 60 }), snoozedFor: fc.option(fc.integer({ min: -30, max: 60 })) })
    .map(({ due, span, snoozedFor }) =>
      r('x', {
        dueDate: due,
        latestDate: addLocalDays(due, span),
        ...(snoozedFor === null ? {} : { status: 'snoozed' as const, snoozedUntil: addLocalDays(due, snoozedFor) }),
      }),
    );

  it('property: a snooze never moves a reminder earlier, nor before today', () => {
    fc.assert(
      fc.property(anyReminder, option, day, (before, opt, t) => {
        const until = snoozeUntil(before, opt, t);
        const after = { ...before, status: 'snoozed' as const, snoozedUntil: until };
        expect(effectiveWindow(after).dueDate >= effectiveWindow(before).dueDate).toBe(true);
        expect(effectiveWindow(after).latestDate >= effectiveWindow(before).latestDate).toBe(true);
        expect(until >= t).toBe(true);
        if (typeof opt === 'string') expect(until > t).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('countDueReminders', () => {
  const day = fc.date({ min: new Date(2025, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true }).map(toLocalDate);
  const anyReminder = fc
    .record({
      id: fc.uuid(),
      due: day,
      span: fc.integer({ min: 0, max: 20 }),
      status: fc.constantFrom('open' as const, 'snoozed' as const, 'done' as const, 'dismissed' as const),
      snoozedFor: fc.integer({ min: -30, max: 30 }),
    })
    .map(({ id, due, span, status, snoozedFor }) =>
      reminder({
        id,
        dueDate: due,
        latestDate: addLocalDays(due, span),
        status,
        snoozedUntil: status === 'snoozed' ? addLocalDays(due, snoozedFor) : null,
      }),
    );

  it('property: counts what groupReminders puts in overdue and in today', () => {
    fc.assert(
      fc.property(fc.array(anyReminder, { maxLength: 40 }), day, (reminders, today) => {
        const groups = groupReminders(reminders, today);
        expect(countDueReminders(reminders, today)).toEqual({ overdue: groups.overdue.length, today: groups.today.length });
      }),
      { numRuns: 300 },
    );
  });
});
