/**
 * Every released schema version keeps a fixture database (test/data/fixtures/vN.json,
 * a backup-format file plus the trash). For each, a database is created at that
 * version, filled, closed, and reopened with the latest declaration: every record
 * must come through, exactly as the backup upgrade chain says it should.
 * A new schema version adds an entry to SCHEMA_VERSIONS and a fixture; nothing here changes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { RapportDb } from '../../src/data/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/data/schema';
import { BACKUP_TABLES, parseBackup, upgradeBackupTables, type BackupTableName, type RawTables } from '../../src/domain/backup/backup-format';
import { upgradeTrashEntries } from '../../src/domain/backup/record-upgrades';
import { contactSchema, eventSchema, interactionSchema, profileSchema, programSchema, reminderSchema } from '../../src/domain/entities';
import { settingsSchema } from '../../src/domain/settings';

const LATEST_SCHEMAS: Record<BackupTableName, { parse(row: unknown): unknown }> = {
  profile: profileSchema,
  settings: settingsSchema,
  contacts: contactSchema,
  programs: programSchema,
  interactions: interactionSchema,
  reminders: reminderSchema,
  events: eventSchema,
};

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface Fixture {
  schemaVersion: number;
  tables: RawTables;
  trash: { id: string }[];
}

function readFixture(version: number): { text: string; fixture: Fixture } {
  const text = readFileSync(join(FIXTURES, `v${version}.json`), 'utf8');
  return { text, fixture: JSON.parse(text) as Fixture };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('schema upgrade fixtures', () => {
  it('has a fixture for every released schema version, and no other', () => {
    const versions = readdirSync(FIXTURES)
      .map((f) => /^v(\d+)\.json$/.exec(f)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    expect(versions).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(SCHEMA_VERSIONS.map((v, index) => ({ version: v.version, index })))(
    'a v$version database upgrades to the latest version with every record intact',
    async ({ version, index }) => {
      const { text, fixture } = readFixture(version);
      expect(fixture.schemaVersion).toBe(version);
      for (const table of BACKUP_TABLES) expect(fixture.tables[table].length, `${table} in v${version}.json`).toBeGreaterThan(0);

      const name = `rapport-upgrade-test-v${version}-${crypto.randomUUID()}`;
      const old = new RapportDb(name, SCHEMA_VERSIONS.slice(0, index + 1));
      await old.open();
      expect(old.verno).toBe(version);
      await old.transaction('rw', old.tables, async () => {
        for (const table of BACKUP_TABLES) await old.table(table).bulkAdd(fixture.tables[table]);
        await old.trash.bulkAdd(fixture.trash as never[]);
      });
      old.close();

      const latest = new RapportDb(name);
      try {
        await latest.open();
        expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);

        const expected = upgradeBackupTables(fixture.tables, version, LATEST_SCHEMA_VERSION) as Record<string, { id: string }[]>;
        const parsed = await parseBackup(text, LATEST_SCHEMA_VERSION);
        if (!parsed.ok) throw new Error(parsed.error.message);
        for (const table of BACKUP_TABLES) {
          const stored = await latest.table(table).toArray();
          expect(stored, table).toEqual([...expected[table]].sort(byId));
          // The database's upgrade and the backup's upgrade chain must agree, row for row, as the app reads them.
          expect(stored.map((row) => LATEST_SCHEMAS[table].parse(row)), table).toEqual([...parsed.backup.tables[table]].sort(byId));
        }
        const expectedTrash = upgradeTrashEntries(fixture.trash, version, LATEST_SCHEMA_VERSION) as { id: string }[];
        expect(await latest.trash.toArray()).toEqual([...expectedTrash].sort(byId));
      } finally {
        latest.close();
        await Dexie.delete(name);
      }
    },
  );
});
