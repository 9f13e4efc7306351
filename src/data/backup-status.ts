/** What Settings and Today need to know about backups, and the small writes around them. */
import { buildBackup, type Backup } from '../domain/backup/backup-format';
import type { Contact, Program } from '../domain/entities';
import { db } from './db';
import { listContactsByName } from './contacts';
import { getSettings, updateSettings } from './profile-settings';
import { listProgramsByName } from './programs';
import { LATEST_SCHEMA_VERSION } from './schema';

export interface BackupStatus {
  lastBackupAt: string | null;
  backupReminderDays: number | null;
  backupNudgeDismissedAt: string | null;
  /** True when any record table holds a row that is not sample data. */
  hasOwnRecords: boolean;
}

/**
 * True when any record table holds a row the user made or imported. Stops at
 * the first such row, so it stays cheap on a large database.
 */
export async function hasOwnRecords(): Promise<boolean> {
  for (const table of [db.contacts, db.programs, db.interactions, db.events, db.reminders]) {
    if (await table.filter((row) => row.sample !== true).first()) return true;
  }
  return false;
}

export async function backupStatus(): Promise<BackupStatus> {
  const [settings, own] = await Promise.all([getSettings(), hasOwnRecords()]);
  return {
    lastBackupAt: settings.lastBackupAt,
    backupReminderDays: settings.backupReminderDays,
    backupNudgeDismissedAt: settings.backupNudgeDismissedAt,
    hasOwnRecords: own,
  };
}

/** Sets the backup suggestion on Today aside (for a week, see backupReminder). */
export async function dismissBackupNudge(now = new Date()): Promise<void> {
  await updateSettings({ backupNudgeDismissedAt: now.toISOString() }, now);
}

/** Saves how many days may pass before Today suggests a backup (null: never). */
export async function saveBackupReminderDays(days: number | null, now = new Date()): Promise<void> {
  await updateSettings({ backupReminderDays: days }, now);
}

/** Every contact, by name, for the CSV and vCard exports. */
export function contactsForExport(): Promise<Contact[]> {
  return listContactsByName();
}

/** Every program, by name, for the CSV export. */
export function programsForExport(): Promise<Program[]> {
  return listProgramsByName();
}

/**
 * The same backup as `exportEverything`, read without writing the backup
 * date: for when storage is full and that one write fails. A full disk is
 * exactly when the user most needs a copy of their data.
 */
export async function readEverything(now: Date): Promise<Backup> {
  return db.transaction('r', [db.profile, db.settings, db.contacts, db.programs, db.interactions, db.reminders, db.events], async () => {
    const [profile, settings, contacts, programs, interactions, reminders, events] = await Promise.all([
      db.profile.toArray(),
      db.settings.toArray(),
      db.contacts.toArray(),
      db.programs.toArray(),
      db.interactions.toArray(),
      db.reminders.toArray(),
      db.events.toArray(),
    ]);
    return buildBackup({ profile, settings, contacts, programs, interactions, reminders, events }, LATEST_SCHEMA_VERSION, now);
  });
}
