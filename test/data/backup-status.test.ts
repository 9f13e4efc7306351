import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../src/data/backup';
import { backupStatus, dismissBackupNudge, hasOwnRecords, readEverything, saveBackupReminderDays } from '../../src/data/backup-status';
import { contactCommands } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { getSettings } from '../../src/data/profile-settings';
import { loadSampleData } from '../../src/data/sample';
import { eventCommands } from '../../src/data/events';
import { contactFields, eventFields } from '../factories';

const NOW = new Date('2026-03-14T09:30:00.000Z');

describe('hasOwnRecords', () => {
  it('is false for an empty database and for sample rows only', async () => {
    expect(await hasOwnRecords()).toBe(false);
    await loadSampleData(NOW);
    expect(await db.contacts.count()).toBeGreaterThan(0);
    expect(await hasOwnRecords()).toBe(false);
  });

  it('is true once the user adds a record of their own, in any table', async () => {
    await loadSampleData(NOW);
    await eventCommands.create(eventFields(), { now: NOW });
    expect(await hasOwnRecords()).toBe(true);
  });
});

describe('backupStatus', () => {
  it('reads the defaults, then the saved preference and set-aside date', async () => {
    expect(await backupStatus()).toEqual({ lastBackupAt: null, backupReminderDays: 30, backupNudgeDismissedAt: null, hasOwnRecords: false });
    await contactCommands.create(contactFields(), { now: NOW });
    await saveBackupReminderDays(60, NOW);
    await dismissBackupNudge(NOW);
    expect(await backupStatus()).toEqual({
      lastBackupAt: null,
      backupReminderDays: 60,
      backupNudgeDismissedAt: NOW.toISOString(),
      hasOwnRecords: true,
    });
    await saveBackupReminderDays(null, NOW);
    expect((await getSettings()).backupReminderDays).toBeNull();
  });
});

describe('readEverything', () => {
  it('builds the backup without writing anything (for a full disk)', async () => {
    await contactCommands.create(contactFields({ name: 'Ana Reyes' }), { now: NOW });
    const before = await dumpDatabase();
    const backup = await readEverything(NOW);
    expect(backup.exportedAt).toBe(NOW.toISOString());
    expect(backup.tables.contacts.map((c) => c.name)).toEqual(['Ana Reyes']);
    expect(await dumpDatabase()).toEqual(before);
  });
});
