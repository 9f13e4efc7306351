import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  backupFileName,
  buildBackup,
  countBackupRecords,
  parseBackup,
  serializeBackup,
  upgradeBackupTables,
  type BackupUpgrade,
} from '../../../src/domain/backup/backup-format';
import type { ImportErrorCode } from '../../../src/domain/backup/import-error';
import { datasetArb } from '../../fixtures/datasets';

const V1_TEXT = readFileSync('test/data/fixtures/v1.json', 'utf8');
const v1 = () => JSON.parse(V1_TEXT) as { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;
const text = (value: unknown) => JSON.stringify(value, null, 2);

function withTables(edit: (tables: Record<string, Record<string, unknown>[]>) => void): string {
  const backup = v1();
  edit(backup.tables);
  return text(backup);
}

describe('serializeBackup', () => {
  it('writes indented JSON a person can read, format fields first', () => {
    const backup = buildBackup(
      { profile: [], settings: [], contacts: [], programs: [], interactions: [], reminders: [], events: [] },
      1,
      new Date('2026-03-14T09:30:00Z'),
    );
    const out = serializeBackup(backup);
    expect(out.startsWith('{\n  "format": "rapport-backup",\n  "schemaVersion": 1,\n  "exportedAt": "2026-03-14T09:30:00.000Z",\n  "tables": {\n    "profile": []')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(out).tables)).toEqual([...BACKUP_TABLES]);
  });

  it('names the file after the local day', () => {
    expect(backupFileName(new Date(2026, 2, 14, 23, 59))).toBe('rapport-backup-2026-03-14.json');
  });
});

describe('parseBackup', () => {
  it('reads the v1 fixture: every table, records validated', async () => {
    const result = await parseBackup(V1_TEXT, 1);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.upgradedFrom).toBeNull();
    expect(countBackupRecords(result.backup)).toEqual({ profile: 1, settings: 1, contacts: 4, programs: 3, interactions: 3, reminders: 4, events: 2 });
    expect(result.backup.tables.contacts[0].name).toBe('Dr. Helena Marsh');
  });

  const half = V1_TEXT.slice(0, Math.floor(V1_TEXT.length / 2));
  const refusals: { name: string; input: string; code: ImportErrorCode; message: RegExp }[] = [
    { name: 'an empty file', input: '', code: 'empty', message: /empty/ },
    { name: 'only whitespace', input: ' \n\t\n', code: 'empty', message: /empty/ },
    { name: 'plain text', input: 'hello there', code: 'not-json', message: /not valid JSON/ },
    { name: 'a backup cut in half', input: half, code: 'truncated', message: /incomplete/ },
    { name: 'a backup cut inside a string', input: '{"format": "rapport-backup", "tables": {"contacts": [{"name": "Dr. Ma', code: 'truncated', message: /incomplete/ },
    { name: 'a vCard', input: 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n', code: 'not-json', message: /vCard/ },
    { name: 'a CSV', input: 'First Name,Last Name\nAna,Reyes\n', code: 'not-json', message: /CSV/ },
    { name: 'a JSON array', input: '[1, 2, 3]', code: 'not-rapport-backup', message: /not a Rapport backup/ },
    { name: 'JSON null', input: 'null', code: 'not-rapport-backup', message: /not a Rapport backup/ },
    { name: 'another app’s JSON', input: '{"format": "other-crm", "contacts": []}', code: 'not-rapport-backup', message: /rapport-backup/ },
    { name: 'a file from a newer app', input: text({ ...v1(), schemaVersion: 2 }), code: 'newer-version', message: /newer version of Rapport \(data version 2; this app reads up to version 1\)/ },
    { name: 'a version that is text', input: text({ ...v1(), schemaVersion: '1' }), code: 'not-rapport-backup', message: /version number is missing or not a whole number/ },
    { name: 'version 0', input: text({ ...v1(), schemaVersion: 0 }), code: 'not-rapport-backup', message: /version number is missing or not a whole number/ },
    { name: 'a missing export date', input: text({ ...v1(), exportedAt: 'yesterday' }), code: 'not-rapport-backup', message: /export date is missing/ },
    { name: 'no tables', input: text({ ...v1(), tables: null }), code: 'not-rapport-backup', message: /tables/ },
    {
      name: 'a missing table',
      input: withTables((t) => {
        delete t.events;
      }),
      code: 'not-rapport-backup',
      message: /no list of events/,
    },
    {
      name: 'a table that is not a list',
      input: withTables((t) => {
        (t as Record<string, unknown>).contacts = { a: 1 };
      }),
      code: 'not-rapport-backup',
      message: /no list of contacts/,
    },
  ];

  it.each(refusals)('refuses $name with a clear message', async ({ input, code, message }) => {
    const result = await parseBackup(input, 1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  });

  it('names the table, row and field of an invalid row', async () => {
    const input = withTables((t) => {
      t.contacts[1].email = 'not-an-email';
      t.reminders[0].latestDate = '2020-01-01';
    });
    const result = await parseBackup(input, 1);
    if (result.ok) throw new Error('accepted');
    expect(result.error.code).toBe('invalid-rows');
    expect(result.error.message).toMatch(/2 rows do not pass.*Contact 2, email: enter a valid email/);
    expect(result.error.issues).toEqual([
      { table: 'contacts', row: 2, field: 'email', message: 'Enter a valid email address, like name@hospital.org' },
      { table: 'reminders', row: 1, field: 'latestDate', message: 'The latest day cannot be before the due day' },
    ]);
    expect(result.error.issueCount).toBe(2);
  });

  it('refuses the same id twice in a table, and a profile under another id', async () => {
    const twice = await parseBackup(withTables((t) => (t.programs[1].id = t.programs[0].id)), 1);
    expect(!twice.ok && twice.error.issues?.[0]).toMatchObject({ table: 'programs', row: 2, field: 'id' });
    const profile = await parseBackup(withTables((t) => (t.profile[0].id = 'someone-else')), 1);
    expect(!profile.ok && profile.error.issues?.[0]).toMatchObject({ table: 'profile', row: 1, field: 'id' });
  });

  it('lists at most 50 issues but counts them all', async () => {
    const input = withTables((t) => {
      t.contacts = Array.from({ length: 80 }, (_, i) => ({ ...t.contacts[0], id: `c-${i}`, role: 'wizard' }));
    });
    const result = await parseBackup(input, 1);
    if (result.ok) throw new Error('accepted');
    expect(result.error.issues).toHaveLength(50);
    expect(result.error.issueCount).toBe(80);
  });

  it('keeps HTML and script in text fields as plain text', async () => {
    const input = withTables((t) => (t.contacts[0].notes = '<script>alert(1)</script><img src=x onerror=alert(2)>'));
    const result = await parseBackup(input, 1);
    expect(result.ok && result.backup.tables.contacts[0].notes).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('drops fields no schema knows and ignores extra top-level keys', async () => {
    const input = text({ ...v1(), about: 'made by hand', tables: { ...v1().tables, extra: [1] } });
    const withJunk = withTables((t) => (t.contacts[0].__proto__polluted = true));
    const a = await parseBackup(input, 1);
    const b = await parseBackup(withJunk, 1);
    expect(a.ok && b.ok).toBe(true);
    expect(b.ok && Object.keys(b.backup.tables.contacts[0])).not.toContain('__proto__polluted');
  });

  it('reads a backup that starts with a byte-order mark', async () => {
    expect((await parseBackup(`\uFEFF${V1_TEXT}`, 1)).ok).toBe(true);
  });

  it('reports progress that only grows and ends at 1', async () => {
    const seen: number[] = [];
    await parseBackup(V1_TEXT, 1, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseBackup(V1_TEXT, 1, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('round-trips any valid dataset through serialize and parse', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (tables) => {
        const backup = buildBackup(tables, 1, new Date('2026-03-14T09:30:00Z'));
        const result = await parseBackup(serializeBackup(backup), 1);
        if (!result.ok) throw new Error(result.error.message);
        expect(result.backup).toEqual(backup);
      }),
      { numRuns: 60 },
    );
  });
});

describe('upgrading an older backup', () => {
  // A pretend schema v2 that renamed contacts' `institution` to `organization`,
  // and the current schemas playing v2: the upgrade renames it back.
  const upgrades: Record<number, BackupUpgrade> = {
    1: (tables) => ({
      ...tables,
      contacts: tables.contacts.map((row) => {
        const { organization, ...rest } = row as Record<string, unknown>;
        return { ...rest, institution: organization };
      }),
    }),
  };
  const oldStyle = withTables((t) => {
    for (const c of t.contacts) {
      c.organization = c.institution;
      delete c.institution;
    }
  });

  it('runs each version step in order and marks where the file came from', async () => {
    const result = await parseBackup(oldStyle, 2, { upgrades });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.upgradedFrom).toBe(1);
    expect(result.backup.schemaVersion).toBe(2);
    expect(result.backup.tables.contacts[0].institution).toBe('Lakeshore University Medical Center');
  });

  it('without the step a renamed field would be dropped, which is why a reshaping version must add one', async () => {
    const result = await parseBackup(oldStyle, 1);
    expect(result.ok && result.backup.tables.contacts[0].institution).toBe('');
  });

  it('passes tables through versions that changed no record shape', () => {
    const tables = { contacts: [{ id: 'a' }] };
    expect(upgradeBackupTables(tables, 1, 3, {})).toBe(tables);
    expect(upgradeBackupTables(tables, 1, 3, { 2: (t) => ({ ...t, contacts: [] }) })).toEqual({ contacts: [] });
  });

  it('explains an upgrade step that fails', async () => {
    const broken = { 1: () => {
      throw new Error('a contact has no id');
    } };
    const result = await parseBackup(V1_TEXT, 2, { upgrades: broken });
    expect(!result.ok && result.error.message).toMatch(/could not be brought up to date: a contact has no id/);
  });
});
