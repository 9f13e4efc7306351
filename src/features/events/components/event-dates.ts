import { dayMonthRangeLabel, shortDayLabel } from '../../../lib/date-format';

/** A reminder's window, short: "Fri 6 Mar" for one day, "6 Mar – 13 Mar" for several. */
export function windowLabel(dueDate: string, latestDate: string): string {
  return dueDate === latestDate ? shortDayLabel(dueDate) : dayMonthRangeLabel(dueDate, latestDate);
}
