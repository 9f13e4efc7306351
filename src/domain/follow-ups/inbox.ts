/**
 * The Reminders inbox as pure functions: which group a reminder belongs to,
 * how its window reads, and where a snooze moves it.
 *
 * A reminder's window runs from its due day to its latest day. A snoozed
 * reminder's window starts on its snooze day instead (and ends no earlier).
 * A reminder is overdue only once its whole window has passed: between due
 * and latest it is "in its window", because that is when it should be done.
 */
import { localDateSchema, type Reminder } from '../entities';
import { addLocalDays, compareLocalDays, fromLocalDate, isLocalDayBefore, localDaysBetween } from '../../lib/dates';
import { shortDayLabel, weekdayDayLabel } from '../../lib/date-format';

/** The reminder fields the inbox reads; lets the UI pass joined rows as they are. */
export type InboxReminder = Pick<Reminder, 'dueDate' | 'latestDate' | 'status' | 'snoozedUntil'>;

export interface ReminderGroups<R> {
  /** The whole window is before today. */
  overdue: R[];
  /** Due before today, with its latest day today or later: still on time, best done now. */
  inWindow: R[];
  /** Due today. */
  dueToday: R[];
  /** Everything to act on now: `inWindow` then `dueToday` (the counts on Today). */
  today: R[];
  /** The window starts within the next 7 days (tomorrow to today + 7). */
  next7Days: R[];
  /** The window starts more than 7 days from today. */
  later: R[];
}

/** The window the inbox uses: the snooze day replaces the due day while snoozed. */
export function effectiveWindow(reminder: InboxReminder): { dueDate: string; latestDate: string } {
  if (reminder.status === 'snoozed' && reminder.snoozedUntil !== null) {
    const dueDate = reminder.snoozedUntil;
    return { dueDate, latestDate: isLocalDayBefore(dueDate, reminder.latestDate) ? reminder.latestDate : dueDate };
  }
  return { dueDate: reminder.dueDate, latestDate: reminder.latestDate };
}

/**
 * Splits open and snoozed reminders into overdue / in their window / due
 * today / next 7 days / later, each sorted by (effective) due day then latest
 * day, ties in input order. Days are compared as dates. Done and dismissed
 * reminders are left out.
 */
export function groupReminders<R extends InboxReminder>(reminders: readonly R[], today: string): ReminderGroups<R> {
  const groups: ReminderGroups<R> = { overdue: [], inWindow: [], dueToday: [], today: [], next7Days: [], later: [] };
  const weekEnd = addLocalDays(today, 7);
  const active = reminders
    .filter((r) => r.status === 'open' || r.status === 'snoozed')
    .map((reminder) => ({ reminder, window: effectiveWindow(reminder) }))
    .sort(
      (a, b) =>
        compareLocalDays(a.window.dueDate, b.window.dueDate) || compareLocalDays(a.window.latestDate, b.window.latestDate),
    );
  for (const { reminder, window } of active) {
    if (isLocalDayBefore(window.latestDate, today)) groups.overdue.push(reminder);
    else if (isLocalDayBefore(window.dueDate, today)) groups.inWindow.push(reminder);
    else if (window.dueDate === today) groups.dueToday.push(reminder);
    else if (!isLocalDayBefore(weekEnd, window.dueDate)) groups.next7Days.push(reminder);
    else groups.later.push(reminder);
  }
  groups.today = [...groups.inWindow, ...groups.dueToday];
  return groups;
}

/**
 * How many reminders {@link groupReminders} puts in `overdue` and in `today`, without grouping or
 * sorting them: what Today's counts show, over thousands of reminders.
 */
export function countDueReminders(reminders: readonly InboxReminder[], today: string): { overdue: number; today: number } {
  let overdue = 0;
  let dueToday = 0;
  for (const reminder of reminders) {
    if (reminder.status !== 'open' && reminder.status !== 'snoozed') continue;
    const window = effectiveWindow(reminder);
    if (isLocalDayBefore(window.latestDate, today)) overdue += 1;
    else if (isLocalDayBefore(window.dueDate, today) || window.dueDate === today) dueToday += 1;
  }
  return { overdue, today: dueToday };
}

/**
 * How a reminder's window reads in the inbox: "due Tue 3 Mar, latest Fri 6 Mar",
 * "due Tue 3 Mar" when the window is one day, "snoozed until …" while snoozed.
 * Yesterday, today and tomorrow are said in words; a day in another year than
 * `today` carries its year.
 */
export function windowLabel(reminder: InboxReminder, today: string): string {
  const { dueDate, latestDate } = effectiveWindow(reminder);
  const lead = reminder.status === 'snoozed' && reminder.snoozedUntil !== null ? 'snoozed until' : 'due';
  const first = `${lead} ${relativeDay(dueDate, today)}`;
  return latestDate === dueDate ? first : `${first}, latest ${relativeDay(latestDate, today)}`;
}

/**
 * The window with full dates and no relative words, for text read later
 * (calendar entries): "due Tue 3 Mar 2026, latest Fri 6 Mar 2026".
 */
export function absoluteWindowLabel(reminder: InboxReminder): string {
  const { dueDate, latestDate } = effectiveWindow(reminder);
  const lead = reminder.status === 'snoozed' && reminder.snoozedUntil !== null ? 'snoozed until' : 'due';
  const first = `${lead} ${weekdayDayLabel(dueDate)}`;
  return latestDate === dueDate ? first : `${first}, latest ${weekdayDayLabel(latestDate)}`;
}

/** "today", "tomorrow", "yesterday", "Tue 3 Mar", or "Tue 3 Mar 2027" outside `today`'s year. */
export function relativeDay(day: string, today: string): string {
  const offset = localDaysBetween(today, day);
  if (offset === 0) return 'today';
  if (offset === 1) return 'tomorrow';
  if (offset === -1) return 'yesterday';
  const label = shortDayLabel(day);
  return fromLocalDate(day).getFullYear() === fromLocalDate(today).getFullYear()
    ? label
    : `${label} ${fromLocalDate(day).getFullYear()}`;
}

export const SNOOZE_PRESETS = ['1d', '3d', '1w'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];
export const SNOOZE_PRESET_LABELS: Record<SnoozePreset, string> = { '1d': '1 day', '3d': '3 days', '1w': '1 week' };
const PRESET_DAYS: Record<SnoozePreset, number> = { '1d': 1, '3d': 3, '1w': 7 };

/** A preset, or a day the user picked (`yyyy-MM-dd`). */
export type SnoozeOption = SnoozePreset | { pickedDay: string };

/**
 * The first day a snooze may land on: today, or the reminder's current
 * (effective) due day if that is later. Use it as the date picker's minimum.
 */
export function earliestSnoozeDay(reminder: InboxReminder, today: string): string {
  const { dueDate } = effectiveWindow(reminder);
  return isLocalDayBefore(today, dueDate) ? dueDate : today;
}

/**
 * The `snoozedUntil` day for a snooze. Presets count from `earliestSnoozeDay`
 * (so "1 day" on a reminder due next week pushes it one day past its due day);
 * a picked day earlier than that is raised to it. The result is never earlier
 * than the reminder's current due day, nor than today.
 *
 * @throws RangeError when the picked day is not a valid `yyyy-MM-dd` day.
 */
export function snoozeUntil(reminder: InboxReminder, option: SnoozeOption, today: string): string {
  const base = earliestSnoozeDay(reminder, today);
  if (typeof option === 'string') return addLocalDays(base, PRESET_DAYS[option]);
  if (!localDateSchema.safeParse(option.pickedDay).success) {
    throw new RangeError(`Pick a real day to snooze until, not "${option.pickedDay}"`);
  }
  return isLocalDayBefore(base, option.pickedDay) ? option.pickedDay : base;
}
