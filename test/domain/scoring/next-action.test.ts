import { describe, expect, it } from 'vitest';
import { dayMonthLabel, durationWords, memoDayLabel, suggestNextAction } from '../../../src/domain/scoring/next-action';
import { NOW, TODAY, activity, contact, daysAgo, owed, reminder } from './fixtures';

const context = { nowMs: NOW.getTime(), today: TODAY, soonDay: '2026-04-08' };
const touched = (days: number) => ({ lastTouchMs: Date.parse(daysAgo(days)), touches: 1 });

describe('suggestNextAction', () => {
  it.each([
    {
      name: 'an overdue thank-you beats everything',
      c: { cadenceDays: 7 },
      a: {
        ...touched(60),
        owed: [owed({ dueDate: '2026-03-01' })],
        reminders: [reminder({ id: 'r9', dueDate: '2026-03-09', latestDate: '2026-03-12' })],
      },
      expected: { kind: 'overdue-reminder', text: 'Thank Dr. Ada Park (overdue since 12 Mar)', reminderId: 'r9', commitmentId: null, day: '2026-03-12' },
    },
    {
      name: 'a custom reminder speaks with its title',
      c: {},
      a: { reminders: [reminder({ kind: 'custom', title: 'Send CV to Dr. Lee', dueDate: '2026-03-20', latestDate: '2026-03-20' })] },
      expected: { kind: 'overdue-reminder', text: 'Send CV to Dr. Lee (overdue since 20 Mar)', reminderId: 'r1', commitmentId: null, day: '2026-03-20' },
    },
    {
      name: 'an overdue promise comes before a reminder in its window',
      c: {},
      a: { owed: [owed({ id: 'k7', dueDate: '2026-03-28' })], reminders: [reminder()] },
      expected: { kind: 'overdue-commitment', text: 'Deliver: send the abstract (was due 28 Mar)', reminderId: null, commitmentId: 'k7', day: '2026-03-28' },
    },
    {
      name: 'a follow-up in its window',
      c: {},
      a: { owed: [owed({ dueDate: '2026-04-03' })], reminders: [reminder({ kind: 'follow-up', dueDate: '2026-03-30', latestDate: '2026-04-03' })] },
      expected: { kind: 'due-reminder', text: 'Send Dr. Ada Park an update (due by 3 Apr)', reminderId: 'r1', commitmentId: null, day: '2026-04-03' },
    },
    {
      name: 'a promise with a date to come',
      c: { stage: 'mentor' },
      a: { ...touched(60), owed: [owed({ dueDate: '2026-04-03' })] },
      expected: { kind: 'commitment', text: 'Deliver: send the abstract by 3 Apr', reminderId: null, commitmentId: 'k1', day: '2026-04-03' },
    },
    {
      name: 'an undated promise',
      c: {},
      a: { owed: [owed()] },
      expected: { kind: 'commitment', text: 'Deliver: send the abstract', reminderId: null, commitmentId: 'k1', day: null },
    },
    {
      // Mentor default cadence 42 days; 49 days = 7 weeks.
      name: 'a mentor past the cadence',
      c: { stage: 'mentor' },
      a: touched(49),
      expected: { kind: 'keep-in-touch', text: 'Send Dr. Ada Park an update (7 weeks since the last)', reminderId: null, commitmentId: null, day: null },
    },
    {
      name: 'a cadence with nothing logged',
      c: { stage: 'engaged', cadenceDays: 30, createdAt: daysAgo(50) },
      a: {},
      expected: { kind: 'keep-in-touch', text: 'Send Dr. Ada Park an update (nothing logged in 7 weeks)', reminderId: null, commitmentId: null, day: null },
    },
    {
      name: 'a reminder opening within a week',
      c: { stage: 'engaged' },
      a: { ...touched(3), reminders: [reminder({ kind: 'pre-event-outreach', dueDate: '2026-04-05', latestDate: '2026-04-12' })] },
      expected: { kind: 'upcoming-reminder', text: 'Write to Dr. Ada Park before the event (due 5 Apr)', reminderId: 'r1', commitmentId: null, day: '2026-04-05' },
    },
    {
      name: 'someone only identified',
      c: { stage: 'identified' },
      a: {},
      expected: { kind: 'introduce', text: 'Introduce yourself to Dr. Ada Park with a short note', reminderId: null, commitmentId: null, day: null },
    },
    {
      name: 'someone contacted',
      c: { stage: 'contacted' },
      a: touched(2),
      expected: { kind: 'ask-to-meet', text: 'Ask Dr. Ada Park for a short call or meeting', reminderId: null, commitmentId: null, day: null },
    },
    {
      name: 'an engaged contact within the cadence',
      c: { stage: 'engaged', cadenceDays: 60 },
      a: touched(10),
      expected: { kind: 'update', text: 'Send Dr. Ada Park an update (10 days since the last)', reminderId: null, commitmentId: null, day: null },
    },
    {
      name: 'a met contact with nothing logged',
      c: { stage: 'met' },
      a: {},
      expected: { kind: 'update', text: 'Send Dr. Ada Park a short update on your progress', reminderId: null, commitmentId: null, day: null },
    },
  ] as const)('$name → $expected.text', ({ c, a, expected }) => {
    expect(suggestNextAction(contact(c), activity(a), context)).toEqual(expected);
  });

  it('shortens a long promise', () => {
    const text = 'x'.repeat(120);
    const action = suggestNextAction(contact(), activity({ owed: [owed({ text })] }), context);
    expect(action.text).toBe(`Deliver: ${'x'.repeat(79)}…`);
  });

  it('uses the day labeller it is given', () => {
    const action = suggestNextAction(
      contact(),
      activity({ reminders: [reminder({ latestDate: '2026-03-12', dueDate: '2026-03-12' })] }),
      { ...context, dayLabel: (day) => `<${day}>` },
    );
    expect(action.text).toBe('Thank Dr. Ada Park (overdue since <2026-03-12>)');
  });
});

describe('words', () => {
  it.each([
    { days: 0.4, words: 'less than a day' },
    { days: 1, words: '1 day' },
    { days: 13.9, words: '13 days' },
    { days: 14, words: '2 weeks' },
    { days: 49, words: '7 weeks' },
    { days: 90, words: '12 weeks' },
    { days: 91, words: '3 months' },
    { days: 400, words: '13 months' },
  ])('durationWords($days) → $words', ({ days, words }) => {
    expect(durationWords(days)).toBe(words);
  });

  it.each([
    { day: '2026-03-12', label: '12 Mar' },
    { day: '2026-12-01', label: '1 Dec' },
  ])('dayMonthLabel($day) → $label', ({ day, label }) => {
    expect(dayMonthLabel(day)).toBe(label);
    expect(memoDayLabel()(day)).toBe(label);
  });
});
