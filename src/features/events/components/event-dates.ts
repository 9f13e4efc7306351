import { format } from 'date-fns';
import { fromLocalDate } from '../../../lib/dates';

/** "20 Mar 2027", "20–25 Mar 2027", "30 Mar – 2 Apr 2027", "30 Dec 2026 – 2 Jan 2027". */
export function eventDatesLabel(startDate: string, endDate: string): string {
  const start = fromLocalDate(startDate);
  const end = fromLocalDate(endDate);
  if (startDate === endDate) return format(start, 'd MMM yyyy');
  if (format(start, 'yyyy-MM') === format(end, 'yyyy-MM')) return `${format(start, 'd')}–${format(end, 'd MMM yyyy')}`;
  if (format(start, 'yyyy') === format(end, 'yyyy')) return `${format(start, 'd MMM')} – ${format(end, 'd MMM yyyy')}`;
  return `${format(start, 'd MMM yyyy')} – ${format(end, 'd MMM yyyy')}`;
}

/** A reminder's window: "6 Mar" or "6 – 13 Mar" style, short. */
export function windowLabel(dueDate: string, latestDate: string): string {
  if (dueDate === latestDate) return format(fromLocalDate(dueDate), 'EEE d MMM');
  return `${format(fromLocalDate(dueDate), 'd MMM')} – ${format(fromLocalDate(latestDate), 'd MMM')}`;
}
