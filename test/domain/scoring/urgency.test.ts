import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadenceOf, contactUrgency, urgencySignals } from '../../../src/domain/scoring/urgency';
import { NOW, TODAY, activity, contact, daysAgo, owed, reminder } from './fixtures';

const context = { nowMs: NOW.getTime(), today: TODAY, soonDay: '2026-04-08' };
const touchedDaysAgo = (days: number) => Date.parse(daysAgo(days));

describe('contactUrgency = 1 − (1 − cadence)(1 − commitments)(1 − reminders)', () => {
  it.each([
    // Nothing at all: 1 − 1·1·1 = 0.
    { name: 'nothing due', c: {}, a: {}, value: 0, detail: 'Nothing due and no cadence set' },
    // Cadence 30, last touch 45 days ago: 45 / (2·30) = 0.75.
    {
      name: 'past a 30-day cadence',
      c: { cadenceDays: 30 },
      a: { lastTouchMs: touchedDaysAgo(45), touches: 1 },
      value: 0.75,
      detail: '45 days since last touch (you keep in touch every 30 days)',
    },
    // Mentor with no cadence of their own gets 42; 84 days: min(1, 84/84) = 1.
    {
      name: 'mentor at twice the default cadence',
      c: { stage: 'mentor' },
      a: { lastTouchMs: touchedDaysAgo(84), touches: 2 },
      value: 1,
      detail: '84 days since last touch (you keep in touch every 6 weeks)',
    },
    // Never touched, cadence 10, added 10 days ago: 10 / 20 = 0.5.
    {
      name: 'never touched since added',
      c: { cadenceDays: 10, createdAt: daysAgo(10) },
      a: {},
      value: 0.5,
      detail: '10 days since added, none logged (you keep in touch every 10 days)',
    },
    // No cadence. Promises: undated 1 + overdue (due 20 Mar) 2 = load 3 → 3/4 = 0.75.
    {
      name: 'two promises, one overdue',
      c: {},
      a: { owed: [owed({ id: 'k1' }), owed({ id: 'k2', dueDate: '2026-03-20' })] },
      value: 0.75,
      detail: '2 promises owed, 1 overdue',
    },
    // Reminders: overdue 2 + due 1 + soon 0.5 + later 0 = 3.5 → 3.5/4.5 = 0.7778.
    {
      name: 'reminders of every timing',
      c: {},
      a: {
        reminders: [
          reminder({ id: 'r1', dueDate: '2026-03-20', latestDate: '2026-03-25' }),
          reminder({ id: 'r2', dueDate: '2026-03-30', latestDate: '2026-04-03' }),
          reminder({ id: 'r3', dueDate: '2026-04-05', latestDate: '2026-04-05' }),
          reminder({ id: 'r4', dueDate: '2026-05-01', latestDate: '2026-05-01' }),
        ],
      },
      value: 3.5 / 4.5,
      detail: 'Reminders: 1 overdue, 1 due, 1 coming up',
    },
    // Cadence 30, 15 days: 0.25. One undated promise: 1/2. One due reminder: 1/2.
    // 1 − 0.75·0.5·0.5 = 0.8125.
    {
      name: 'all three at once',
      c: { cadenceDays: 30 },
      a: { lastTouchMs: touchedDaysAgo(15), owed: [owed()], reminders: [reminder()] },
      value: 0.8125,
      detail: '15 days since last touch (you keep in touch every 30 days) · 1 promise owed · Reminders: 1 due',
    },
  ] as const)('$name → $value', ({ c, a, value, detail }) => {
    const result = contactUrgency(contact(c), activity(a), context);
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.detail).toBe(detail);
  });

  it('uses the mentor default given in the context', () => {
    // Advocate, default 21 days, touched 21 days ago: 21 / 42 = 0.5.
    const result = contactUrgency(contact({ stage: 'advocate' }), activity({ lastTouchMs: touchedDaysAgo(21) }), {
      ...context,
      mentorDefaultCadenceDays: 21,
    });
    expect(result.value).toBeCloseTo(0.5, 10);
  });

  it.each([
    { cadenceDays: 14, stage: 'met', cadence: 14 },
    { cadenceDays: null, stage: 'met', cadence: null },
    { cadenceDays: null, stage: 'mentor', cadence: 42 },
    { cadenceDays: null, stage: 'advocate', cadence: 42 },
    { cadenceDays: 90, stage: 'mentor', cadence: 90 },
  ] as const)('cadenceOf $cadenceDays, $stage → $cadence', ({ cadenceDays, stage, cadence }) => {
    expect(cadenceOf({ cadenceDays, stage })).toBe(cadence);
  });

  it('picks the earliest item of each kind, ties by id, whatever the order', () => {
    const reminders = [
      reminder({ id: 'r-b', dueDate: '2026-03-01', latestDate: '2026-03-10' }),
      reminder({ id: 'r-a', dueDate: '2026-03-01', latestDate: '2026-03-10' }),
      reminder({ id: 'r-c', dueDate: '2026-03-01', latestDate: '2026-03-05' }),
    ];
    const promises = [owed({ id: 'k-undated' }), owed({ id: 'k-late', dueDate: '2026-04-20' }), owed({ id: 'k-soon', dueDate: '2026-04-03' })];
    for (const order of [0, 1]) {
      const list = order === 0 ? reminders : [...reminders].reverse();
      const signals = urgencySignals(contact(), activity({ reminders: list, owed: promises }), context);
      expect(signals.firstOverdueReminder?.id).toBe('r-c');
      expect(signals.firstOwedCommitment?.id).toBe('k-soon');
    }
    const tie = urgencySignals(contact(), activity({ reminders: reminders.slice(0, 2) }), context);
    expect(tie.firstOverdueReminder?.id).toBe('r-a');
  });

  it('stays in 0–1 for any load', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 730 })),
        fc.integer({ min: 0, max: 2000 }),
        fc.nat(6),
        fc.nat(6),
        (cadenceDays, days, promises, reminders) => {
          const a = activity({
            lastTouchMs: touchedDaysAgo(days),
            owed: Array.from({ length: promises }, (_, i) => owed({ id: `k${i}`, dueDate: i % 2 ? '2026-01-01' : null })),
            reminders: Array.from({ length: reminders }, (_, i) => reminder({ id: `r${i}`, latestDate: i % 2 ? '2026-01-01' : TODAY, dueDate: '2026-01-01' })),
          });
          const { value } = contactUrgency(contact({ cadenceDays }), a, context);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
