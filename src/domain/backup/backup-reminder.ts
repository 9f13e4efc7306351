/**
 * When Today suggests making a backup, and how Settings words the last one.
 * Pure: the caller passes the clock.
 */
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import '../zod-config';
import { z } from 'zod';
import { backupReminderDaysSchema } from '../settings';

/** Default days after the last backup before Today suggests a new one. */
export const DEFAULT_BACKUP_REMINDER_DAYS = 30;

/** Days a set-aside suggestion stays hidden. */
export const BACKUP_NUDGE_SNOOZE_DAYS = 7;

export interface BackupReminderInput {
  /** When the last "Export everything" ran (ISO instant), or null for never. */
  lastBackupAt: string | null;
  /** Days before a backup counts as old; null when the user turned the suggestion off. */
  reminderDays: number | null;
  /** When the user last set the suggestion aside, or null. */
  dismissedAt: string | null;
  /**
   * Whether the database holds records the user made (or imported) —
   * anything not marked as sample data. A database of sample rows only has
   * nothing to lose: the sample can be loaded again at any time.
   */
  hasOwnRecords: boolean;
  now: Date;
}

export type BackupReminder =
  | { show: false }
  | {
      show: true;
      /** Whole calendar days since the last backup; null when there has never been one. */
      daysSinceBackup: number | null;
    };

/**
 * Whether Today should suggest a backup: there are records of the user's own,
 * the suggestion is on, the last backup is older than `reminderDays` (or there
 * never was one), and the user has not set the suggestion aside in the last
 * {@link BACKUP_NUDGE_SNOOZE_DAYS} days.
 */
export function backupReminder(input: BackupReminderInput): BackupReminder {
  const { lastBackupAt, reminderDays, dismissedAt, hasOwnRecords, now } = input;
  if (!hasOwnRecords || reminderDays === null) return { show: false };
  if (dismissedAt !== null && differenceInCalendarDays(now, parseISO(dismissedAt)) < BACKUP_NUDGE_SNOOZE_DAYS) {
    return { show: false };
  }
  if (lastBackupAt === null) return { show: true, daysSinceBackup: null };
  const days = differenceInCalendarDays(now, parseISO(lastBackupAt));
  return days > reminderDays ? { show: true, daysSinceBackup: days } : { show: false };
}

/** "today", "yesterday", "24 days ago" (a backup stamped later than `now` reads "today"). */
export function daysAgoLabel(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/**
 * The last backup in words for Settings: "3 Nov 2026 (24 days ago)", or
 * "Never" when there has been none. The date is the local calendar day.
 */
export function lastBackupLabel(lastBackupAt: string | null, now: Date): string {
  if (lastBackupAt === null) return 'Never';
  const at = parseISO(lastBackupAt);
  return `${format(at, 'd MMM yyyy')} (${daysAgoLabel(differenceInCalendarDays(now, at))})`;
}

/**
 * The backup reminder preference as Settings edits it: a switch and a number
 * of days (kept while the switch is off, so turning it back on restores it).
 */
export const backupReminderFormSchema = z.object({
  remind: z.boolean(),
  days: backupReminderDaysSchema,
});
export type BackupReminderForm = z.infer<typeof backupReminderFormSchema>;

/** The form's values for a stored preference (null: off, with the default days ready). */
export function backupReminderFormValues(reminderDays: number | null): BackupReminderForm {
  return { remind: reminderDays !== null, days: reminderDays ?? DEFAULT_BACKUP_REMINDER_DAYS };
}

/** The stored preference for the form's values. */
export function backupReminderDaysFrom(form: BackupReminderForm): number | null {
  return form.remind ? form.days : null;
}
