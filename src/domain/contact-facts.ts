/** Small facts about a contact that several screens show: time since the last touch, cadence due day. */
import { addLocalDays, localDaysBetween, toLocalDate } from '../lib/dates';

/**
 * Whole calendar days from the last touch to `today` (yyyy-MM-dd), in the
 * user's local calendar; null when the contact was never touched.
 */
export function daysSinceTouch(lastTouchAt: string | null, today: string): number | null {
  if (!lastTouchAt) return null;
  return localDaysBetween(toLocalDate(lastTouchAt), today);
}

/** "Today", "Yesterday", "12 days ago", "Never" — how long since the last touch, in words. */
export function touchAgoLabel(days: number | null): string {
  if (days === null) return 'Never';
  if (days < 0) return days === -1 ? 'Tomorrow' : `In ${-days} days`;
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${days} days ago`;
}

/**
 * The day a keep-in-touch cadence asks for the next touch: last touch plus the
 * cadence. Null when there is no cadence or no touch yet to count from.
 */
export function nextTouchDue(lastTouchAt: string | null, cadenceDays: number | null): string | null {
  if (!lastTouchAt || cadenceDays === null) return null;
  return addLocalDays(toLocalDate(lastTouchAt), cadenceDays);
}
