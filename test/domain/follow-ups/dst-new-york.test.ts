/**
 * The DST weeks pinned to America/New_York (US clocks went forward on Sun
 * 8 Mar 2026 and back on Sun 1 Nov 2026).
 *
 * The other follow-up tests build instants from local wall-clock times, so
 * they hold in any zone but cannot choose one. Vitest has no per-file time
 * zone, so this file sets `process.env.TZ` before its first test: Node
 * re-reads the zone when TZ is assigned, and each test file runs in its own
 * worker, so the change stays here (it is restored afterwards all the same).
 * The first test checks that the zone really took effect, so the file fails
 * rather than passing vacuously on a runtime where that stops being true.
 * Each case also shows that naive arithmetic (UTC days, 24-hour steps) gives
 * a different day, so it can catch that mistake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { proposeFollowUps } from '../../../src/domain/follow-ups/rules';
import { planCadenceReminder } from '../../../src/domain/follow-ups/cadence';
import { outreachWindow } from '../../../src/domain/follow-ups/events';
import { groupReminders, snoozeUntil } from '../../../src/domain/follow-ups/inbox';
import { remindersToIcs } from '../../../src/domain/calendar-export';
import { toLocalDate } from '../../../src/lib/dates';
import { contact, defaultRules, interaction, reminder } from './fixtures';

// The app's tsconfig leaves Node's types out; this file needs only the environment.
declare const process: { env: Record<string, string | undefined> };

const ZONE = 'America/New_York';
const previousZone = process.env.TZ;

beforeAll(() => {
  process.env.TZ = ZONE;
});
afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

const DAY_MS = 86_400_000;
const lee = contact('c-lee', 'Dr. Ana Lee');
const propose = (kind: Parameters<typeof interaction>[0], occurredAt: string) =>
  proposeFollowUps({
    interaction: interaction(kind, occurredAt, ['c-lee']),
    contacts: [lee],
    // Met before, so a conference talk proposes the thank-you alone (the follow-up for new people has its own tests).
    history: { 'c-lee': { priorInteractions: [{ id: 'old', kind: 'email', occurredAt: '2000-01-01T12:00:00.000Z' }] } },
    rules: defaultRules(),
    today: '2026-01-01',
  }).map((p) => [p.dueDate, p.latestDate]);

describe(`DST weeks in ${ZONE}`, () => {
  it('runs in New York time (EST before 8 Mar and after 1 Nov 2026, EDT between)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(ZONE);
    expect(new Date(2026, 2, 7, 12).getTimezoneOffset()).toBe(300);
    expect(new Date(2026, 2, 9, 12).getTimezoneOffset()).toBe(240);
    expect(new Date(2026, 9, 31, 12).getTimezoneOffset()).toBe(240);
    expect(new Date(2026, 10, 2, 12).getTimezoneOffset()).toBe(300);
  });

  it('thank-you after a late Friday talk before the spring change: Mon 9 to Fri 13 Mar', () => {
    const at = '2026-03-06T23:30:00-05:00';
    expect(new Date(at).toISOString().slice(0, 10)).toBe('2026-03-07'); // the UTC day is already Saturday
    expect(propose('conference-conversation', at)).toEqual([['2026-03-09', '2026-03-13']]);
  });

  it('thank-you after an early Friday talk before the autumn change: Mon 2 to Fri 6 Nov', () => {
    const at = '2026-10-30T00:15:00-04:00';
    const naive = toLocalDate(new Date(new Date(2026, 9, 30).getTime() + 3 * DAY_MS));
    expect(naive).toBe('2026-11-01'); // three 24-hour steps fall an hour short of Monday
    expect(propose('conference-conversation', at)).toEqual([['2026-11-02', '2026-11-06']]);
  });

  it('interview-day thank-you due on the spring-forward Sunday itself', () => {
    expect(propose('interview-day', '2026-03-07T20:00:00-05:00')).toEqual([['2026-03-08', '2026-03-10']]);
  });

  it('first-meeting follow-up across the autumn change', () => {
    expect(propose('meeting', '2026-10-30T18:00:00-04:00')).toEqual([['2026-11-27', '2026-12-11']]);
  });

  it('weekly cadence across the autumn change', () => {
    const weekly = contact('c-lee', 'Dr. Ana Lee', { cadenceDays: 7 });
    const [write] = planCadenceReminder(weekly, '2026-10-30', [], defaultRules());
    expect(write.type === 'create' && [write.reminder.dueDate, write.reminder.latestDate]).toEqual([
      '2026-11-06',
      '2026-11-20',
    ]);
  });

  it('snooze 1 day onto and past the change days', () => {
    const due = (day: string) => reminder({ dueDate: day, latestDate: day });
    expect(snoozeUntil(due('2026-03-07'), '1d', '2026-03-07')).toBe('2026-03-08');
    expect(snoozeUntil(due('2026-10-31'), '1d', '2026-10-31')).toBe('2026-11-01');
    expect(snoozeUntil(due('2026-10-31'), '3d', '2026-10-31')).toBe('2026-11-03');
  });

  it('outreach window across the autumn change', () => {
    expect(outreachWindow('2026-11-10', { dueOffsetDays: -14, latestOffsetDays: -7 }, '2026-09-01')).toMatchObject({
      dueDate: '2026-10-27',
      latestDate: '2026-11-03',
    });
  });

  it('inbox groups on the spring-forward Sunday', () => {
    const groups = groupReminders(
      [
        reminder({ id: 'today', dueDate: '2026-03-08', latestDate: '2026-03-08' }),
        reminder({ id: 'week', dueDate: '2026-03-15', latestDate: '2026-03-15' }),
        reminder({ id: 'later', dueDate: '2026-03-16', latestDate: '2026-03-16' }),
        reminder({ id: 'overdue', dueDate: '2026-03-07', latestDate: '2026-03-07' }),
      ],
      '2026-03-08',
    );
    expect([groups.overdue, groups.today, groups.next7Days, groups.later].map((g) => g.map((r) => r.id))).toEqual([
      ['overdue'],
      ['today'],
      ['week'],
      ['later'],
    ]);
  });

  it('calendar entry on the change day keeps its date', () => {
    const result = remindersToIcs([reminder({ id: 'r', dueDate: '2026-03-08', latestDate: '2026-03-08' })], {
      contacts: [],
      now: new Date('2026-03-01T12:00:00Z'),
      today: '2026-03-01',
    });
    if (!result.ok) throw new Error(result.error);
    const vevent = new ICAL.Component(ICAL.parse(result.ics)).getFirstSubcomponent('vevent');
    expect(String(vevent?.getFirstPropertyValue('dtstart'))).toBe('2026-03-08');
    expect(String(vevent?.getFirstPropertyValue('dtend'))).toBe('2026-03-09');
  });
});
