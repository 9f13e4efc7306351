/**
 * The one place dates and times become text, in the user's locale (the browser's first
 * preferred language): "3 Mar 2026" and "Tue 3 Mar" for a British English browser,
 * "Mar 3, 2026" and "Tue, Mar 3" for an American one. Calendar arithmetic stays in dates.ts.
 * Intl only, no date-fns: the first screen's bundle uses it too.
 */

/** A `yyyy-MM-dd` day as a Date at local midnight (as dates.ts' fromLocalDate, without date-fns). */
function localMidnight(day: string): Date {
  const m = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Not a calendar day: ${day}`);
  const date = new Date(2000, 0, 1);
  date.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date;
}

/** The browser's preferred locale; undefined means the runtime's default. */
export function userLocale(): string | undefined {
  const nav = globalThis.navigator as Navigator | undefined;
  return nav?.languages?.[0] ?? nav?.language ?? undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, locale = userLocale()): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const WEEKDAY_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const MONTH_DAY_LONG: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric' };

const asDate = (instant: Date | string) => (typeof instant === 'string' ? new Date(instant) : instant);
/**
 * Intl's ranges put thin spaces around the dash; plain spaces read the same and match what
 * people type. Between two day numbers the dash stands closed up ("20–25 Mar"), as in print.
 */
const tidyRange = (text: string) =>
  text.replace(/\s*[–-]\s*/u, ' – ').replace(/(^|\D)(\d{1,2}) – (\d{1,2})(?!\d)/u, '$1$2–$3');

/** A `yyyy-MM-dd` day with its year: "3 Mar 2026". */
export function dayLabel(day: string): string {
  return formatter(DAY).format(localMidnight(day));
}

/** A `yyyy-MM-dd` day with its weekday, no year: "Tue 3 Mar". */
export function shortDayLabel(day: string): string {
  return formatter(WEEKDAY_DAY).format(localMidnight(day));
}

/** Weekday, day and year, for text read out of context (calendar entries): "Tue 3 Mar 2026". */
export function weekdayDayLabel(day: string): string {
  const date = localMidnight(day);
  return `${formatter(WEEKDAY).format(date)} ${formatter(DAY).format(date)}`;
}

/** The local day of an instant, with its year: "3 Mar 2026". */
export function instantDayLabel(instant: Date | string): string {
  return formatter(DAY).format(asDate(instant));
}

/** Day and month of a Date, no year: "3 Mar". */
export function dayMonthLabel(date: Date): string {
  return formatter(DAY_MONTH).format(date);
}

/** The local time of day of an instant: "09:43" or "9:43 AM", as the locale writes it. */
export function timeLabel(instant: Date | string): string {
  return formatter(TIME).format(asDate(instant));
}

/** The local day and time of an instant: "1 Dec 2026 at 21:43". */
export function dateTimeLabel(instant: Date | string): string {
  return `${formatter(DAY).format(asDate(instant))} at ${timeLabel(instant)}`;
}

/** Two `yyyy-MM-dd` days as one span: "20–25 Mar 2027", "30 Mar – 2 Apr 2027", one day alone when they match. */
export function dayRangeLabel(startDate: string, endDate: string): string {
  if (startDate === endDate) return dayLabel(startDate);
  return tidyRange(formatter(DAY).formatRange(localMidnight(startDate), localMidnight(endDate)));
}

/** Two `yyyy-MM-dd` days, each without its year: "6 Mar – 13 Mar". */
export function dayMonthRangeLabel(startDate: string, endDate: string): string {
  return `${dayMonthLabel(localMidnight(startDate))} – ${dayMonthLabel(localMidnight(endDate))}`;
}

/**
 * Month written out, then day: "December 1", for prose such as letters. Letters go to US
 * programs in American English, so their dates take the letter's locale, not the writer's.
 */
export function longMonthDayLabel(date: Date, locale = userLocale()): string {
  return formatter(MONTH_DAY_LONG, locale).format(date);
}

/** A span of days in letter prose: "March 20", "March 20–25", "March 30 – April 2". */
export function longMonthDayRangeLabel(startDate: string, endDate: string, locale = userLocale()): string {
  if (startDate === endDate) return longMonthDayLabel(localMidnight(startDate), locale);
  return tidyRange(formatter(MONTH_DAY_LONG, locale).formatRange(localMidnight(startDate), localMidnight(endDate)));
}
