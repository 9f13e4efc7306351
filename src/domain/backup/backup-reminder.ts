/**
 * When Today suggests making a backup, and how Settings words the last one.
 * Pure: the caller passes the clock.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { instantDayLabel } from '../../lib/date-format';
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
  /**
   * Whether the browser agreed to keep Rapport's storage (navigator.storage.persisted);
   * null or absent when it cannot say. When it is false the browser may clear
   * everything under storage pressure, so the suggestion gets stronger.
   */
  persisted?: boolean | null;
  now: Date;
}

export type BackupReminder =
  | { show: false }
  | {
      show: true;
      /** Whole calendar days since the last backup; null when there has never been one. */
      daysSinceBackup: number | null;
      /** Storage is not persistent: say what that means, and how to protect the data. */
      unprotected: boolean;
      /** A backup is due (old or never made), not only the storage warning. */
      backupDue: boolean;
    };

/** While storage is not persistent, a backup counts as old after this many days at most. */
export const UNPROTECTED_REMINDER_DAYS = 7;

/** While storage is not persistent, a set-aside suggestion comes back after this many days. */
export const UNPROTECTED_SNOOZE_DAYS = 2;

/**
 * Whether Today should suggest a backup: there are records of the user's own,
 * the suggestion is on, the last backup is older than `reminderDays` (or there
 * never was one), and the user has not set the suggestion aside in the last
 * {@link BACKUP_NUDGE_SNOOZE_DAYS} days.
 *
 * When the browser has not agreed to keep Rapport's storage (`persisted`
 * false), the suggestion is stronger: it shows whenever there are records of
 * the user's own (to explain the risk, even with the suggestion turned off), a
 * backup counts as old after {@link UNPROTECTED_REMINDER_DAYS} days, and
 * setting it aside lasts {@link UNPROTECTED_SNOOZE_DAYS} days.
 */
export function backupReminder(input: BackupReminderInput): BackupReminder {
  const { lastBackupAt, reminderDays, dismissedAt, hasOwnRecords, now } = input;
  const unprotected = input.persisted === false;
  if (!hasOwnRecords || (reminderDays === null && !unprotected)) return { show: false };
  const snooze = unprotected ? UNPROTECTED_SNOOZE_DAYS : BACKUP_NUDGE_SNOOZE_DAYS;
  if (dismissedAt !== null && differenceInCalendarDays(now, parseISO(dismissedAt)) < snooze) {
    return { show: false };
  }
  const dueAfter = unprotected ? Math.min(reminderDays ?? UNPROTECTED_REMINDER_DAYS, UNPROTECTED_REMINDER_DAYS) : (reminderDays as number);
  const days = lastBackupAt === null ? null : differenceInCalendarDays(now, parseISO(lastBackupAt));
  const backupDue = days === null || days > dueAfter;
  if (!backupDue && !unprotected) return { show: false };
  return { show: true, daysSinceBackup: days, unprotected, backupDue };
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
  return `${instantDayLabel(at)} (${daysAgoLabel(differenceInCalendarDays(now, at))})`;
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
