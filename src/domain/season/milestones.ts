/**
 * The application cycle's milestones, as the typical pattern of recent
 * cycles: Rapport offers them as editable defaults, never as official dates
 * (the screen says to confirm them on the ERAS and NRMP pages for the year).
 *
 * A cycle is named by its Match year: the 2027 Match is applied for from
 * June 2026. The pattern, each rule a weekday count so it lands where recent
 * cycles did:
 * - ERAS opens to applicants: the first Wednesday of June, the year before.
 * - Applicants may submit: the first Wednesday of September.
 * - Programs begin receiving applications: three weeks later.
 * - Interview season: October to January.
 * - The rank order list opens: 1 February of the Match year.
 * - Rank list certification deadline: the Wednesday 16 days before Match Day.
 * - Match Day: the third Friday of March.
 */

export type MilestoneKind =
  | 'eras-opens'
  | 'applications-submit'
  | 'programs-receive'
  | 'interview-season'
  | 'rank-list-opens'
  | 'rank-certification'
  | 'match-day';

export interface TypicalMilestone {
  kind: MilestoneKind;
  label: string;
  /** `yyyy-MM-dd`. */
  start: string;
  /** The last day, for a milestone that spans days (interview season). */
  end: string | null;
  /** Reminders before it, in days (the certification deadline: two weeks and two days before). */
  remindDaysBefore: number[];
}

export const TYPICAL_DATES_NOTE = 'Typical dates: confirm them on the official ERAS and NRMP pages for your year.';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The `nth` (1-based) given weekday (0 Sunday … 6 Saturday) of a month (1-12), in UTC calendar terms. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + (nth - 1) * 7));
}

const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** The typical milestones of the cycle that ends with the Match of `matchYear`, in date order. */
export function typicalMilestones(matchYear: number): TypicalMilestone[] {
  const applying = matchYear - 1;
  const submit = nthWeekday(applying, 9, 3, 1);
  const matchDay = nthWeekday(matchYear, 3, 5, 3);
  return [
    { kind: 'eras-opens', label: 'ERAS opens to applicants', start: day(nthWeekday(applying, 6, 3, 1)), end: null, remindDaysBefore: [] },
    { kind: 'applications-submit', label: 'Applicants may submit applications', start: day(submit), end: null, remindDaysBefore: [7] },
    { kind: 'programs-receive', label: 'Programs begin receiving applications', start: day(plusDays(submit, 21)), end: null, remindDaysBefore: [7] },
    { kind: 'interview-season', label: 'Interview season', start: `${applying}-10-01`, end: `${matchYear}-01-31`, remindDaysBefore: [] },
    { kind: 'rank-list-opens', label: 'Rank order list opens', start: `${matchYear}-02-01`, end: null, remindDaysBefore: [] },
    { kind: 'rank-certification', label: 'Rank list certification deadline', start: day(plusDays(matchDay, -16)), end: null, remindDaysBefore: [14, 2] },
    { kind: 'match-day', label: 'Match Day', start: day(matchDay), end: null, remindDaysBefore: [] },
  ];
}

/** The Match year of the cycle under way on `today` (`yyyy-MM-dd`): from June, next year's Match. */
export function currentMatchYear(today: string): number {
  const [year, month] = today.split('-').map(Number);
  return month >= 6 ? year + 1 : year;
}
