/**
 * The reminders a letter of recommendation calls for, from its state and the
 * user's rules: ask in good time before the due date, a polite nudge before
 * it when the letter is not in, and a thank-you once it is uploaded. A date
 * that has already passed is never proposed silently: the reminder is due
 * now, marked late, and its reason says what passed.
 *
 * Pure: the data layer turns these into reminder records (another issue's
 * screens: letters are not stored yet).
 */
import { dayLabel } from '../../lib/date-format';
import { addLocalDays, compareLocalDays } from '../../lib/dates';

export const LETTER_STAGES = ['to-ask', 'asked', 'agreed', 'uploaded', 'declined'] as const;
export type LetterStage = (typeof LETTER_STAGES)[number];

export interface LetterState {
  writerName: string;
  stage: LetterStage;
  /** `yyyy-MM-dd` days, or null. */
  dueDate: string | null;
  uploadedOn: string | null;
}

export interface LetterReminderRules {
  /** Ask this many days before the due date (writers need weeks). */
  askDaysBefore: number;
  /** Nudge this many days before the due date when the letter is not in. */
  nudgeDaysBefore: number;
  /** Thank within these days of the upload. */
  thankWithinDays: number;
}

export const DEFAULT_LETTER_RULES: LetterReminderRules = { askDaysBefore: 42, nudgeDaysBefore: 7, thankWithinDays: 3 };

export type LetterReminderKind = 'letter-ask' | 'letter-nudge' | 'letter-thanks';

export interface ProposedLetterReminder {
  kind: LetterReminderKind;
  title: string;
  reason: string;
  dueDate: string;
  latestDate: string;
  /** The right moment has passed: due now, and the reason says so. */
  late: boolean;
}

const later = (a: string, b: string) => (compareLocalDays(a, b) >= 0 ? a : b);

/** A window [due, latest] that never starts before today; when it had to move, `late`. */
function windowFrom(due: string, latest: string, today: string): { dueDate: string; latestDate: string; late: boolean } {
  if (compareLocalDays(latest, today) >= 0) return { dueDate: later(due, today), latestDate: latest, late: false };
  return { dueDate: today, latestDate: addLocalDays(today, 2), late: true };
}

export function planLetterReminders(letter: LetterState, rules: LetterReminderRules, today: string): ProposedLetterReminder[] {
  const who = letter.writerName;
  const due = letter.dueDate;
  if (letter.stage === 'declined') return [];
  if (letter.stage === 'uploaded') {
    const on = letter.uploadedOn ?? today;
    const w = windowFrom(on, addLocalDays(on, rules.thankWithinDays), today);
    return [
      {
        kind: 'letter-thanks',
        title: `Thank ${who} for the letter`,
        reason: w.late
          ? `The letter was uploaded on ${dayLabel(on)}, more than ${rules.thankWithinDays} days ago: a thank-you is still welcome.`
          : `The letter was uploaded on ${dayLabel(on)}: a short thank-you within ${rules.thankWithinDays} days.`,
        ...w,
      },
    ];
  }
  if (due === null) return [];
  const duePassed = compareLocalDays(due, today) < 0;
  if (letter.stage === 'to-ask') {
    const w = windowFrom(addLocalDays(due, -rules.askDaysBefore), addLocalDays(due, -Math.ceil(rules.askDaysBefore / 2)), today);
    return [
      {
        kind: 'letter-ask',
        title: `Ask ${who} for a letter`,
        reason: duePassed
          ? `The letter's due date, ${dayLabel(due)}, has passed: ask whether a later letter is still possible.`
          : w.late
            ? `The letter is due ${dayLabel(due)}, sooner than the ${rules.askDaysBefore} days writers like: ask now and say the date plainly.`
            : `The letter is due ${dayLabel(due)}: ask about ${rules.askDaysBefore} days ahead.`,
        ...w,
        late: w.late || duePassed,
      },
    ];
  }
  // Asked or agreed, not in yet.
  const w = windowFrom(addLocalDays(due, -rules.nudgeDaysBefore), addLocalDays(due, -1), today);
  return [
    {
      kind: 'letter-nudge',
      title: `Check in with ${who} about the letter`,
      reason: duePassed
        ? `The due date, ${dayLabel(due)}, has passed and the letter is not uploaded: ask kindly whether it is on its way.`
        : w.late
          ? `The letter is due ${dayLabel(due)} and not uploaded yet: a short, kind check-in now.`
          : `The letter is due ${dayLabel(due)}: a short, kind check-in a week before.`,
      ...w,
      late: w.late || duePassed,
    },
  ];
}
