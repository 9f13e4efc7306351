/**
 * The JSON backup carries the trash: after a wipe, a restore brings back what
 * the user had deleted but could still have restored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpDatabase, exportEverything, restoreBackup } from '../../src/data/backup';
import { contactCommands } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { programCommands } from '../../src/data/programs';
import { LATEST_SCHEMA_VERSION } from '../../src/data/schema';
import { restoreFromTrash } from '../../src/data/trash';
import { BACKUP_TABLES, parseBackup, serializeBackup, type BackupTables } from '../../src/domain/backup/backup-format';
import { datasetArb } from '../fixtures/datasets';

const NOW = new Date('2026-03-14T09:30:00.000Z');

async function wipe(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}

async function load(tables: BackupTables): Promise<void> {
  await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name]);
  });
}

describe('the backup and the trash', () => {
  it('property: export → wipe → restore gives back every table and the trash, and a restored trash entry still restores', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, fc.nat(), async (tables, pick) => {
        await wipe();
        await load(tables);
        // Delete a contact (its reminders go with it) and a program, the way the app does.
        if (tables.contacts.length > 0) await contactCommands.remove(tables.contacts[pick % tables.contacts.length].id, { now: NOW });
        if (tables.programs.length > 0) await programCommands.remove(tables.programs[pick % tables.programs.length].id, { now: NOW });
        const before = await dumpDatabase();
        const text = serializeBackup(await exportEverything(NOW));
        // exportEverything stamped the settings' last backup: that is part of "before" too.
        const afterExport = await dumpDatabase();

        await wipe();
        const parsed = await parseBackup(text, LATEST_SCHEMA_VERSION);
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(parsed.backup.trash).toHaveLength(before.trash.length);
        const summary = await restoreBackup(parsed.backup, 'replace');
        expect(summary.trash.added).toBe(before.trash.length);
        expect(await dumpDatabase()).toEqual(afterExport);

        for (const entry of await db.trash.toArray()) await restoreFromTrash(entry.id);
        expect(await db.trash.count()).toBe(0);
        expect(await db.contacts.count()).toBe(tables.contacts.length);
        expect(await db.programs.count()).toBe(tables.programs.length);
      }),
      { numRuns: 15 },
    );
  });

  it('merging the same backup twice adds its trash entries once', async () => {
    await wipe();
    const ana = await contactCommands.create({ name: 'Ana Reyes', role: 'ir-attending' }, { now: NOW });
    await contactCommands.remove(ana.id, { now: NOW });
    const backup = await exportEverything(NOW);
    await wipe();
    expect((await restoreBackup(backup, 'merge')).trash).toMatchObject({ added: 1, kept: 0 });
    expect((await restoreBackup(backup, 'merge')).trash).toMatchObject({ added: 0, kept: 1 });
    expect(await db.trash.count()).toBe(1);
  });

  it('a backup without a trash section (older files) restores with an empty trash; a broken trash entry is refused by name', async () => {
    const backup = await exportEverything(NOW);
    const { trash: _trash, ...older } = backup;
    const parsed = await parseBackup(JSON.stringify(older), LATEST_SCHEMA_VERSION);
    expect(parsed.ok && parsed.backup.trash).toEqual([]);

    const broken = {
      ...backup,
      trash: [{ id: 't1', deletedAt: NOW.toISOString(), table: 'contacts', recordId: 'c1', label: 'Ana', items: [{ table: 'contacts', record: { id: 'c1' } }] }],
    };
    const refused = await parseBackup(JSON.stringify(broken), LATEST_SCHEMA_VERSION);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(/^Nothing was restored: one row does not pass Rapport's checks\. First problem: Trash entry 1, removed record 1/);
  });
});
