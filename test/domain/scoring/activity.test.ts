import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexActivity, instantMs, isLiveReminder, reminderTiming } from '../../../src/domain/scoring/activity';
import { NOW, TODAY, daysAgo, interaction, reminder } from './fixtures';

const context = { nowMs: NOW.getTime(), today: TODAY, halfLifeDays: 90 };
const people = [{ id: 'c1' }, { id: 'c2' }];
type IndexArgs = Parameters<typeof indexActivity>;
/** The activity of c1 and c2, by id. */
const index = (interactions: IndexArgs[1], reminders: IndexArgs[2] = [], ctx: IndexArgs[3] = context) => {
  const list = indexActivity(people, interactions, reminders, ctx);
  return new Map(people.map((p, i) => [p.id, list[i]]));
};

describe('indexActivity: decayed, kind-weighted touches', () => {
  it.each([
    // A meeting now: weight 1 × ½^0 = 1.
    { name: 'meeting today', interactions: [interaction({ kind: 'meeting' })], touches: 1, weight: 1 },
    // A meeting one half-life (90 days) ago: 1 × ½ = 0.5.
    { name: 'meeting 90 days ago', interactions: [interaction({ occurredAt: daysAgo(90) })], touches: 1, weight: 0.5 },
    // Call now 0.6 + email 180 days ago 0.3 × ¼ = 0.075 + social media now 0.1 → 0.775.
    {
      name: 'call, old email, social media',
      interactions: [
        interaction({ id: 'a', kind: 'call' }),
        interaction({ id: 'b', kind: 'email', occurredAt: daysAgo(180) }),
        interaction({ id: 'c', kind: 'social-media' }),
      ],
      touches: 3,
      weight: 0.775,
    },
    // A touch dated tomorrow (planned, or a wrong clock) is not a touch yet: 0.
    { name: 'future touch', interactions: [interaction({ occurredAt: daysAgo(-1) })], touches: 0, weight: 0 },
    // An unreadable date is no touch: 0.
    { name: 'bad date', interactions: [interaction({ occurredAt: 'not a date' })], touches: 0, weight: 0 },
  ])('$name → $touches touches, weight $weight', ({ interactions, touches, weight }) => {
    const a = index(interactions).get('c1');
    expect(a?.touches ?? 0).toBe(touches);
    expect(a?.decayedWeight ?? 0).toBeCloseTo(weight, 10);
  });

  it('keeps the latest touch up to now and credits every contact of a group touch', () => {
    const byId = index(
      [
        interaction({ id: 'a', occurredAt: daysAgo(30), contactIds: ['c1', 'c2'] }),
        interaction({ id: 'b', occurredAt: daysAgo(10), contactIds: ['c1'] }),
        interaction({ id: 'c', occurredAt: daysAgo(-5), contactIds: ['c1'] }),
      ],
    );
    expect(byId.get('c1')?.lastTouchMs).toBe(Date.parse(daysAgo(10)));
    expect(byId.get('c2')?.lastTouchMs).toBe(Date.parse(daysAgo(30)));
  });

  it('ignores unknown contacts and gives a repeated contact id the same activity', () => {
    const list = indexActivity(
      [{ id: 'c1' }, { id: 'c1' }, { id: 'c3' }],
      [interaction({ contactIds: ['c1', 'c9'] })],
      [],
      context,
    );
    expect(list.map((a) => a.touches)).toEqual([1, 1, 0]);
    expect(list[2]).toEqual({ touches: 0, decayedWeight: 0, lastTouchMs: null, owed: [], reminders: [] });
  });

  it('halves at the half-life setting, whatever it is', () => {
    const a = index([interaction({ occurredAt: daysAgo(30) })], [], { ...context, halfLifeDays: 30 }).get('c1');
    expect(a?.decayedWeight).toBeCloseTo(0.5, 10);
  });
});

describe('indexActivity: promises owed and live reminders', () => {
  const promise = (id: string, overrides: object = {}) => ({
    id,
    direction: 'promised' as const,
    text: `promise ${id}`,
    dueDate: null,
    done: false,
    ...overrides,
  });

  it('owes only promises not done, to every contact of the interaction, future interactions included', () => {
    const byId = index(
      [
        interaction({
          contactIds: ['c1', 'c2'],
          commitments: [promise('k1'), promise('k2', { done: true }), promise('k3', { direction: 'offered' })],
        }),
        interaction({ id: 'i2', occurredAt: daysAgo(-3), commitments: [promise('k4', { dueDate: '2026-04-10' })] }),
      ],
    );
    expect(byId.get('c1')?.owed.map((o) => o.id)).toEqual(['k1', 'k4']);
    expect(byId.get('c2')?.owed).toEqual([{ id: 'k1', text: 'promise k1', dueDate: null, interactionId: 'i1' }]);
  });

  it('keeps open reminders and snoozes that have ended; drops done, dismissed, still snoozed and duplicate promise reminders', () => {
    const byId = index(
      [interaction({ commitments: [promise('k1')] })],
      [
        reminder({ id: 'open' }),
        reminder({ id: 'done', status: 'done' }),
        reminder({ id: 'dismissed', status: 'dismissed' }),
        reminder({ id: 'snooze-ended', status: 'snoozed', snoozedUntil: TODAY }),
        reminder({ id: 'snoozed', status: 'snoozed', snoozedUntil: '2026-04-02' }),
        reminder({ id: 'same-promise', kind: 'commitment', commitmentId: 'k1' }),
        reminder({ id: 'other-promise', kind: 'commitment', commitmentId: 'k-done-long-ago' }),
        reminder({ id: 'no-contact', contactId: null }),
        reminder({ id: 'stranger', contactId: 'c9' }),
      ],
    );
    expect(byId.get('c1')?.reminders.map((r) => r.id)).toEqual(['open', 'snooze-ended', 'other-promise']);
  });

  it.each([
    { status: 'open', snoozedUntil: null, live: true },
    { status: 'snoozed', snoozedUntil: '2026-03-31', live: true },
    { status: 'snoozed', snoozedUntil: '2026-04-01', live: true },
    { status: 'snoozed', snoozedUntil: '2026-04-02', live: false },
    { status: 'done', snoozedUntil: null, live: false },
    { status: 'dismissed', snoozedUntil: null, live: false },
  ] as const)('isLiveReminder $status until $snoozedUntil → $live', ({ status, snoozedUntil, live }) => {
    expect(isLiveReminder({ status, snoozedUntil }, TODAY)).toBe(live);
  });

  it.each([
    // latest day passed → overdue; window contains today → due; opens by today + 7 → soon; after → later.
    { dueDate: '2026-03-20', latestDate: '2026-03-31', timing: 'overdue' },
    { dueDate: '2026-03-28', latestDate: '2026-04-01', timing: 'due' },
    { dueDate: '2026-04-01', latestDate: '2026-04-01', timing: 'due' },
    { dueDate: '2026-04-08', latestDate: '2026-04-10', timing: 'soon' },
    { dueDate: '2026-04-09', latestDate: '2026-04-09', timing: 'later' },
  ])('reminderTiming $dueDate–$latestDate → $timing', ({ dueDate, latestDate, timing }) => {
    expect(reminderTiming({ dueDate, latestDate }, TODAY, '2026-04-08')).toBe(timing);
  });
});

describe('instantMs', () => {
  it.each([
    '2026-03-10T15:00:00.000Z',
    '2024-02-29T23:59:59.999Z',
    '2026-01-31T00:00:00.000Z',
    '2026-03-10T15:00:00+02:00',
    '2026-03-10T15:00:00Z',
    '2026-13-10T15:00:00.000Z',
    '2026-02-30T15:00:00.000Z',
    '2025-02-29T15:00:00.000Z',
    '2000-02-29T15:00:00.000Z',
    '1900-02-29T15:00:00.000Z',
    '2026-04-31T15:00:00.000Z',
    '2026-12-31T23:59:59.999Z',
    '0050-06-15T10:00:00.000Z',
    '2026-03-10T24:00:00.000Z',
    '2026-03-10T15:60:00.000Z',
    '2026-0a-10T15:00:00.000Z',
    'garbage',
  ])('reads %s as Date.parse does', (iso) => {
    expect(instantMs(iso)).toEqual(Date.parse(iso));
  });

  it('agrees with Date.parse on every stored instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        expect(instantMs(iso)).toBe(Date.parse(iso));
      }),
      { numRuns: 2000 },
    );
  });
});
