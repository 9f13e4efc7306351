import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_RULES, LETTER_STAGES, planLetterReminders, type LetterState } from '../../../src/domain/season/letter-reminders';
import { addLocalDays, compareLocalDays } from '../../../src/lib/dates';

const letter = (stage: LetterState['stage'], dueDate: string | null, uploadedOn: string | null = null): LetterState => ({ writerName: 'Dr. Ana Muñoz', stage, dueDate, uploadedOn });
const plan = (l: LetterState, today: string) => planLetterReminders(l, DEFAULT_LETTER_RULES, today).map((r) => [r.kind, r.dueDate, r.latestDate, r.late]);

describe('letter reminders', () => {
  it.each([
    // Agreed, due 15 Sept: a nudge from 8 Sept until the day before.
    ['agreed, in good time', letter('agreed', '2026-09-15'), '2026-08-01', [['letter-nudge', '2026-09-08', '2026-09-14', false]]],
    ['asked, inside the nudge week', letter('asked', '2026-09-15'), '2026-09-10', [['letter-nudge', '2026-09-10', '2026-09-14', false]]],
    ['agreed, due tomorrow', letter('agreed', '2026-09-15'), '2026-09-14', [['letter-nudge', '2026-09-14', '2026-09-14', false]]],
    ['agreed, due today', letter('agreed', '2026-09-15'), '2026-09-15', [['letter-nudge', '2026-09-15', '2026-09-17', true]]],
    ['agreed, overdue', letter('agreed', '2026-09-15'), '2026-09-20', [['letter-nudge', '2026-09-20', '2026-09-22', true]]],
    ['to ask, six weeks ahead', letter('to-ask', '2026-09-15'), '2026-07-01', [['letter-ask', '2026-08-04', '2026-08-25', false]]],
    ['to ask, three weeks left', letter('to-ask', '2026-09-15'), '2026-08-26', [['letter-ask', '2026-08-26', '2026-08-28', true]]],
    ['uploaded: a thank-you within 3 days', letter('uploaded', '2026-09-15', '2026-09-12'), '2026-09-12', [['letter-thanks', '2026-09-12', '2026-09-15', false]]],
    ['uploaded a while ago: still thanked, marked late', letter('uploaded', '2026-09-15', '2026-09-01'), '2026-09-10', [['letter-thanks', '2026-09-10', '2026-09-12', true]]],
    ['declined: nothing', letter('declined', '2026-09-15'), '2026-09-01', []],
    ['no due date: nothing to time it by', letter('agreed', null), '2026-09-01', []],
  ])('%s', (_, l, today, expected) => {
    expect(plan(l, today)).toEqual(expected);
  });

  it('says so in words when the due date has passed', () => {
    const [nudge] = planLetterReminders(letter('agreed', '2026-09-15'), DEFAULT_LETTER_RULES, '2026-09-20');
    expect(nudge.reason).toBe('The due date, 15 Sept 2026, has passed and the letter is not uploaded: ask kindly whether it is on its way.');
    expect(nudge.title).toBe('Check in with Dr. Ana Muñoz about the letter');
  });

  it('never proposes a date before today, and never one after the due date without saying so (fast-check)', () => {
    const dayArb = fc.integer({ min: 0, max: 400 }).map((n) => addLocalDays('2026-06-01', n));
    fc.assert(
      fc.property(
        fc.constantFrom(...LETTER_STAGES),
        fc.option(dayArb, { nil: null }),
        fc.option(dayArb, { nil: null }),
        dayArb,
        fc.record({ askDaysBefore: fc.integer({ min: 1, max: 90 }), nudgeDaysBefore: fc.integer({ min: 1, max: 30 }), thankWithinDays: fc.integer({ min: 0, max: 14 }) }),
        (stage, dueDate, uploadedOn, today, rules) => {
          for (const r of planLetterReminders({ writerName: 'W', stage, dueDate, uploadedOn }, rules, today)) {
            expect(compareLocalDays(r.dueDate, today)).toBeGreaterThanOrEqual(0);
            expect(compareLocalDays(r.latestDate, r.dueDate)).toBeGreaterThanOrEqual(0);
            if (r.kind !== 'letter-thanks' && dueDate !== null && compareLocalDays(r.latestDate, dueDate) > 0) {
              expect(r.late).toBe(true);
              expect(r.reason).toMatch(/has passed|now/);
            }
          }
        },
      ),
    );
  });
});
