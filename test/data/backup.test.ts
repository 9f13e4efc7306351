import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commitImport,
  dumpDatabase,
  exportEverything,
  previewContactImport,
  restoreBackup,
  type DatabaseDump,
} from '../../src/data/backup';
import { contactCommands, listContactsByName } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { interactionCommands } from '../../src/data/interactions';
import { programCommands } from '../../src/data/programs';
import { getSettings } from '../../src/data/profile-settings';
import { LATEST_SCHEMA_VERSION } from '../../src/data/schema';
import { isQuotaExceeded, storageErrorMessage } from '../../src/data/storage-errors';
import { BACKUP_TABLES, buildBackup, parseBackup, serializeBackup, type BackupTables } from '../../src/domain/backup/backup-format';
import { applyMapping } from '../../src/domain/backup/csv-mapping';
import { parseLinkedInConnections } from '../../src/domain/backup/csv-linkedin';
import { readImportFile } from '../../src/domain/backup/import-file';
import { planProgramImport } from '../../src/domain/backup/import-plan';
import { isAbortError } from '../../src/lib/progress';
import { contactFields, programFields } from '../factories';
import { datasetArb } from '../fixtures/datasets';
import { buildLinkedInCsv } from '../fixtures/linkedin';

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

const recordTablesOf = (dump: DatabaseDump) => Object.fromEntries(BACKUP_TABLES.map((t) => [t, dump[t]]));

async function seed(): Promise<void> {
  const ana = await contactCommands.create(contactFields({ name: 'Ana Reyes', email: 'ana@example.org' }), { now: NOW });
  await contactCommands.create(contactFields({ name: 'Bo Lindqvist' }), { now: NOW });
  await programCommands.create(programFields({ name: 'Lakeshore Integrated IR' }), { now: NOW });
  await contactCommands.remove(ana.id, { now: NOW });
  await contactCommands.create(contactFields({ name: 'Cy Okafor' }), { now: NOW });
}

/** Makes a Dexie table's `creating` hook throw on the k-th row it sees (1-based); returns the undo. */
function failOnRow(table: 'contacts' | 'programs' | 'events', k: number, error: () => Error = () => new Error(`row ${k} failed`)) {
  let seen = 0;
  const hook = () => {
    seen++;
    if (seen === k) throw error();
  };
  db.table(table).hook('creating', hook);
  return () => db.table(table).hook('creating').unsubscribe(hook);
}

describe('exportEverything', () => {
  it('exports every record table and records the backup date in settings', async () => {
    await seed();
    const backup = await exportEverything(NOW);
    expect(backup).toMatchObject({ format: 'rapport-backup', schemaVersion: LATEST_SCHEMA_VERSION, exportedAt: NOW.toISOString() });
    expect(backup.tables.contacts.map((c) => c.name).sort()).toEqual(['Bo Lindqvist', 'Cy Okafor']);
    expect(backup.tables.programs).toHaveLength(1);
    expect((await getSettings()).lastBackupAt).toBe(NOW.toISOString());
    expect(backup.tables.settings).toEqual([await db.settings.get('settings')]);
  });

  it('keeps the rest of the settings as they were', async () => {
    await db.settings.put({ ...(await getSettings()), notifications: 'on', createdAt: '2025-01-01T00:00:00.000Z' });
    await exportEverything(NOW);
    expect(await getSettings()).toMatchObject({ notifications: 'on', createdAt: '2025-01-01T00:00:00.000Z', lastBackupAt: NOW.toISOString() });
  });
});

describe('dumpDatabase', () => {
  it('lists every table, trash included, each sorted by id', async () => {
    await seed();
    const dump = await dumpDatabase();
    expect(Object.keys(dump).sort()).toEqual([...BACKUP_TABLES, 'trash'].sort());
    expect(dump.trash).toHaveLength(1);
    const ids = (dump.contacts as { id: string }[]).map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('backup round trip', () => {
  it('export → wipe → restore (replace) gives back exactly the same database', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, datasetArb, async (original, other) => {
        await wipe();
        await load(original);
        const text = serializeBackup(await exportEverything(NOW));
        const before = await dumpDatabase();

        await wipe();
        await load(other); // restoring must replace whatever is there
        const parsed = await parseBackup(text, LATEST_SCHEMA_VERSION);
        if (!parsed.ok) throw new Error(parsed.error.message);
        await restoreBackup(parsed.backup, 'replace');
        expect(recordTablesOf(await dumpDatabase())).toEqual(recordTablesOf(before));
      }),
      { numRuns: 20 },
    );
  });

  it('merging a backup into the database it came from changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (tables) => {
        await wipe();
        await load(tables);
        const backup = await exportEverything(NOW);
        const before = await dumpDatabase();
        const summary = await restoreBackup(backup, 'merge');
        expect(await dumpDatabase()).toEqual(before);
        expect(Object.values(summary).every((c) => c.added === 0 && c.updated === 0 && c.removed === 0)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe('restoreBackup', () => {
  const at = (iso: string) => ({ createdAt: '2026-01-01T00:00:00.000Z', updatedAt: iso });

  async function twoSides() {
    const stale = await contactCommands.create(contactFields({ name: 'Stale in DB' }), { now: new Date('2026-01-01T00:00:00Z') });
    const fresh = await contactCommands.create(contactFields({ name: 'Fresh in DB' }), { now: new Date('2026-03-01T00:00:00Z') });
    const onlyDb = await contactCommands.create(contactFields({ name: 'Only in DB' }), { now: NOW });
    const tables: BackupTables = { profile: [], settings: [], contacts: [], programs: [], interactions: [], reminders: [], events: [] };
    tables.contacts = [
      { ...stale, ...at('2026-02-01T00:00:00.000Z'), name: 'Newer from backup' },
      { ...fresh, ...at('2026-02-01T00:00:00.000Z'), name: 'Older from backup' },
      contactCommands.build(contactFields({ name: 'Only in backup' }), { now: NOW }),
    ];
    return { backup: buildBackup(tables, LATEST_SCHEMA_VERSION, NOW), onlyDb };
  }

  it('merge: adds new rows, takes a row only when the backup’s copy is newer, deletes nothing', async () => {
    const { backup } = await twoSides();
    const summary = await restoreBackup(backup, 'merge');
    expect(summary.contacts).toEqual({ added: 1, updated: 1, kept: 1, removed: 0 });
    expect((await listContactsByName()).map((c) => c.name)).toEqual(['Fresh in DB', 'Newer from backup', 'Only in DB', 'Only in backup']);
  });

  it('replace: the record tables become the backup; the trash stays', async () => {
    await seed();
    const trash = await db.trash.toArray();
    const { backup } = await twoSides();
    const summary = await restoreBackup(backup, 'replace');
    expect(summary.contacts).toEqual({ added: 3, updated: 0, kept: 0, removed: 5 });
    expect(summary.programs).toEqual({ added: 0, updated: 0, kept: 0, removed: 1 });
    expect((await listContactsByName()).map((c) => c.name)).toEqual(['Newer from backup', 'Older from backup', 'Only in backup']);
    expect(await db.programs.count()).toBe(0);
    expect(await db.trash.toArray()).toEqual(trash);
  });

  it('recomputes contacts’ derived last touch from the restored interactions', async () => {
    const contact = contactCommands.build(contactFields({ name: 'Ana Reyes' }), { now: NOW });
    const tables: BackupTables = { profile: [], settings: [], contacts: [contact], programs: [], interactions: [], reminders: [], events: [] };
    tables.interactions = [
      interactionCommands.build({ occurredAt: '2026-03-10T15:00:00.000Z', kind: 'meeting', contactIds: [contact.id] }, { now: NOW }),
    ];
    await restoreBackup(buildBackup(tables, LATEST_SCHEMA_VERSION, NOW), 'replace');
    expect((await db.contacts.get(contact.id))?.lastTouchAt).toBe('2026-03-10T15:00:00.000Z');
  });

  it('refuses a backup that did not go through parseBackup', async () => {
    const backup = buildBackup({ profile: [], settings: [], contacts: [], programs: [], interactions: [], reminders: [], events: [] }, LATEST_SCHEMA_VERSION + 1, NOW);
    await expect(restoreBackup(backup, 'merge')).rejects.toThrow(/parseBackup/);
  });

  it('replace: a failure while writing leaves every table as it was', async () => {
    await seed();
    const before = await dumpDatabase();
    const { backup } = await twoSides();
    const mid = await dumpDatabase();
    backup.tables.events = [
      { id: 'e1', ...at('2026-01-01T00:00:00.000Z'), name: 'SIR', kind: 'conference', startDate: '2026-03-20', endDate: '2026-03-25', place: '', targetContactIds: [], sessions: [], notes: '' },
    ];
    const undo = failOnRow('events', 1);
    try {
      await expect(restoreBackup(backup, 'replace')).rejects.toThrow(/row 1 failed/);
    } finally {
      undo();
    }
    expect(await dumpDatabase()).toEqual(mid);
    expect(mid).not.toEqual(before);
  });

  it('can be cancelled part-way, leaving the database as it was', async () => {
    const { backup } = await twoSides();
    const before = await dumpDatabase();
    const controller = new AbortController();
    const attempt = restoreBackup(backup, 'replace', { signal: controller.signal, onProgress: (f) => f > 0 && controller.abort() });
    await expect(attempt).rejects.toSatisfy(isAbortError);
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('commitImport', () => {
  it('imports the LinkedIn file of 200 rows: 199 added (2 with a bad value left out and noted), 1 invalid with its reason', async () => {
    const fixture = buildLinkedInCsv(200);
    const read = await readImportFile(new File([fixture.csv], 'Connections.csv', { type: 'text/csv' }), 'csv');
    if (!read.ok) throw new Error(read.error.message);
    const parsed = await parseLinkedInConnections(read.text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = await previewContactImport(parsed.candidates);
    expect([plan.add.length, plan.update.length, plan.duplicates.length, plan.invalid.length]).toEqual([199, 0, 0, 1]);
    expect(plan.invalid.map((r) => r.reason)).toEqual([expect.stringMatching(fixture.badRows[0].reason)]);
    expect(plan.notes.map((n) => n.message)).toEqual(fixture.repairedRows.map((r) => expect.stringMatching(r.reason)));

    const summary = await commitImport(plan, { now: NOW });
    expect(summary).toMatchObject({ added: 199, updated: 0, skipped: 0 });
    const names = (await listContactsByName()).map((c) => c.name);
    expect(names.sort()).toEqual([...fixture.validNames].sort());
    const stored = await db.contacts.get(summary.addedIds[0]);
    expect(stored).toMatchObject({ createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });

    // Importing the same file again finds every row already there.
    const again = await previewContactImport(parsed.candidates);
    expect([again.add.length, again.duplicates.length]).toEqual([0, 199]);
  });

  it('fills blanks on existing contacts, keeping createdAt, and skips a contact changed since the preview', async () => {
    const bo = await contactCommands.create(contactFields({ name: 'Bo Lindqvist', role: 'other' }), { now: new Date('2026-01-01T00:00:00Z') });
    const cy = await contactCommands.create(contactFields({ name: 'Cy Okafor', role: 'other' }), { now: new Date('2026-01-01T00:00:00Z') });
    const candidates = applyMapping(
      [
        { line: 2, cells: ['Bo Lindqvist', 'bo@example.org', 'Fictional University Hospital'] },
        { line: 3, cells: ['Cy Okafor', 'cy@example.org', 'Fictional University Hospital'] },
      ],
      ['name', 'email', 'institution'],
      'contacts',
    );
    const plan = await previewContactImport(candidates, { onExisting: 'fill-blanks' });
    expect(plan.update.map((u) => u.patch)).toEqual([
      { email: 'bo@example.org', emails: [{ value: 'bo@example.org', label: '' }] },
      { email: 'cy@example.org', emails: [{ value: 'cy@example.org', label: '' }] },
    ]);
    await contactCommands.update(cy.id, { title: 'Edited in another tab' }, { now: new Date('2026-02-01T00:00:00Z') });

    const summary = await commitImport(plan, { now: NOW });
    expect(summary).toMatchObject({ added: 0, updated: 1, skipped: 1 });
    expect(await db.contacts.get(bo.id)).toMatchObject({ email: 'bo@example.org', createdAt: bo.createdAt, updatedAt: NOW.toISOString() });
    expect((await db.contacts.get(cy.id))?.email).toBe('');
  });

  it('imports programs', async () => {
    const candidates = applyMapping([{ line: 2, cells: ['Lakeshore Integrated IR', 'Lakeshore UMC'] }], ['name', 'institution'], 'programs');
    const plan = await planProgramImport(candidates, await db.programs.toArray());
    expect(await commitImport(plan, { now: NOW })).toMatchObject({ added: 1 });
    expect(await db.programs.toArray()).toEqual([expect.objectContaining({ name: 'Lakeshore Integrated IR', track: 'integrated-ir' })]);
  });

  it('writes nothing for a plan with nothing to add or update', async () => {
    await seed();
    const before = await dumpDatabase();
    const plan = await previewContactImport([{ row: 2, fields: { role: 'other' }, problems: [] }]);
    expect(await commitImport(plan)).toEqual({ added: 0, updated: 0, skipped: 0, addedIds: [] });
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('fault injection: a large import lands whole or not at all', () => {
  // Planned once against an empty contacts table; the plan is plain data and can be committed many times.
  let planned: ReturnType<typeof previewContactImport> | null = null;
  function largePlan() {
    planned ??= parseLinkedInConnections(buildLinkedInCsv(2000).csv).then((parsed) => {
      if (!parsed.ok) throw new Error(parsed.error.message);
      return previewContactImport(parsed.candidates);
    });
    return planned;
  }

  it.each([1, 1234, 1999])('an error at row %i of 1,999 leaves zero imported rows', async (k) => {
    await seed();
    const plan = await largePlan();
    expect(plan.add).toHaveLength(1999);
    const before = await dumpDatabase();
    const undo = failOnRow('contacts', k);
    try {
      await expect(commitImport(plan)).rejects.toThrow(`row ${k} failed`);
    } finally {
      undo();
    }
    expect(await dumpDatabase()).toEqual(before);
  });

  it('a full disk at row 900 leaves zero imported rows and is recognised as such', async () => {
    await seed();
    const plan = await largePlan();
    const before = await dumpDatabase();
    const undo = failOnRow('contacts', 900, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    let failure: unknown;
    try {
      await commitImport(plan).catch((error: unknown) => {
        failure = error;
      });
    } finally {
      undo();
    }
    expect(isQuotaExceeded(failure)).toBe(true);
    expect(storageErrorMessage(failure)).toMatch(/no room left/);
    expect(storageErrorMessage(new Error('other'))).toBeNull();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('cancelling part-way leaves zero imported rows', async () => {
    const plan = await largePlan();
    const before = await dumpDatabase();
    const controller = new AbortController();
    const progress: number[] = [];
    const attempt = commitImport(plan, {
      chunkSize: 100,
      signal: controller.signal,
      onProgress: (f) => {
        progress.push(f);
        if (progress.length === 3) controller.abort();
      },
    });
    await expect(attempt).rejects.toSatisfy(isAbortError);
    expect(progress).toHaveLength(3);
    expect(await dumpDatabase()).toEqual(before);
  });
});
