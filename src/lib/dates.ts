/**
 * Date helpers over date-fns. Due dates are local calendar days (`yyyy-MM-dd`);
 * instants are ISO strings. Arithmetic on days goes through these so it stays
 * right across month ends and daylight-saving changes. Dates as text: date-format.ts.
 */
import { addDays, differenceInCalendarDays, format, isValid, parse, parseISO } from 'date-fns';

export const LOCAL_DATE_FORMAT = 'yyyy-MM-dd';

/** A full ISO instant with an offset, as stored (`toISOString()`): the engine parses these exactly as parseISO does. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The local calendar day of an instant (Date or ISO string), as `yyyy-MM-dd`.
 * Screens call this for every one of up to 100,000 interactions, so the common cases
 * skip date-fns' general parser and formatter; anything unusual still goes through them.
 */
export function toLocalDate(instant: Date | string): string {
  const date = typeof instant === 'string' ? (ISO_INSTANT.test(instant) ? new Date(instant) : parseISO(instant)) : instant;
  const year = date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return format(date, LOCAL_DATE_FORMAT);
  return `${year}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** A `yyyy-MM-dd` string as a Date at local midnight. */
export function fromLocalDate(day: string): Date {
  const date = parse(day, LOCAL_DATE_FORMAT, new Date(2000, 0, 1));
  if (!isValid(date)) throw new RangeError(`Not a calendar day: ${day}`);
  return date;
}

/** Adds whole calendar days to a `yyyy-MM-dd` day. */
export function addLocalDays(day: string, days: number): string {
  return format(addDays(fromLocalDate(day), days), LOCAL_DATE_FORMAT);
}

/** Whole calendar days from `from` to `to` (both `yyyy-MM-dd`); negative when `to` is earlier. */
export function localDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(fromLocalDate(to), fromLocalDate(from));
}

/**
 * Orders two `yyyy-MM-dd` days as dates, not as text (so a five-digit year
 * sorts after 9999): negative when `a` is earlier, 0 when the same day.
 */
export function compareLocalDays(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number);
  const [yb, mb, db] = b.split('-').map(Number);
  return ya - yb || ma - mb || da - db;
}

/** True when day `a` is before day `b`, compared as dates. */
export function isLocalDayBefore(a: string, b: string): boolean {
  return compareLocalDays(a, b) < 0;
}

// Day labels live in date-format.ts. These names stay here for the modules other work in
// progress owns (domain/search, domain/scoring); everything else imports date-format.
export { dayLabel, shortDayLabel, weekdayDayLabel } from './date-format';
