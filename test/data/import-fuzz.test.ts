/**
 * Fuzzing the importers: random and mutated backups, CSV files and vCards
 * (truncated, bytes flipped, random text, HTML and script, huge fields) go
 * through the same steps the Settings screens use. None may throw; every
 * input that is refused must leave the database exactly as it was.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { commitImport, dumpDatabase, previewContactImport, restoreBackup } from '../../src/data/backup';
import { db } from '../../src/data/db';
import { LATEST_SCHEMA_VERSION } from '../../src/data/schema';
import { BACKUP_TABLES, parseBackup, type BackupTables } from '../../src/domain/backup/backup-format';
import { mappingProblems, suggestMapping } from '../../src/domain/backup/csv-columns';
import { applyMapping } from '../../src/domain/backup/csv-mapping';
import { parseLinkedInConnections } from '../../src/domain/backup/csv-linkedin';
import { parseCsv } from '../../src/domain/backup/csv-read';
import { contactsToCsv } from '../../src/domain/backup/csv-write';
import type { ImportCandidate } from '../../src/domain/backup/import-candidate';
import type { ImportError, ImportFileKind } from '../../src/domain/backup/import-error';
import { readImportFile } from '../../src/domain/backup/import-file';
import { parseVCards } from '../../src/domain/backup/vcard';
import { contactsToVCard } from '../../src/domain/backup/vcard-write';
import { buildLinkedInCsv } from '../fixtures/linkedin';

// The fixture of the latest schema version: rows shaped as the app stores them today.
const V1_TEXT = readFileSync('test/data/fixtures/v2.json', 'utf8');
const V1 = JSON.parse(V1_TEXT) as { tables: BackupTables };

type Outcome = { refused: true; error: ImportError } | { refused: false };
const refused = (error: ImportError): Outcome => ({ refused: true, error });

/** Restore, as the Settings screen does it: parse, then merge. */
async function importBackup(text: string): Promise<Outcome> {
  const parsed = await parseBackup(text, LATEST_SCHEMA_VERSION);
  if (!parsed.ok) return refused(parsed.error);
  await restoreBackup(parsed.backup, 'merge');
  return { refused: false };
}

/** Plan and commit candidates; a plan with nothing to write counts as refused (and must write nothing). */
async function commitCandidates(candidates: ImportCandidate[]): Promise<Outcome> {
  const plan = await previewContactImport(candidates);
  const summary = await commitImport(plan);
  if (summary.added + summary.updated > 0) return { refused: false };
  return refused({ code: 'invalid-rows', message: `No row could be imported (${plan.invalid.length} invalid, ${plan.duplicates.length} duplicates).` });
}

/** Contact CSV import: LinkedIn's format first, else any CSV with the suggested mapping. */
async function importCsv(text: string): Promise<Outcome> {
  const linkedIn = await parseLinkedInConnections(text);
  if (linkedIn.ok) return commitCandidates(linkedIn.candidates);
  const parsed = await parseCsv(text);
  if (!parsed.ok) return refused(parsed.error);
  const mapping = suggestMapping(parsed.table.headers, 'contacts');
  // Where the guess finds no name column, the user would pick one: take the first column.
  if (mappingProblems(mapping, 'contacts').length > 0) mapping[0] = 'name';
  return commitCandidates(applyMapping(parsed.table.rows, mapping, 'contacts'));
}

async function importVCard(text: string): Promise<Outcome> {
  const parsed = await parseVCards(text);
  if (!parsed.ok) return refused(parsed.error);
  return commitCandidates(parsed.candidates);
}

async function resetToSeed(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(V1.tables[name]);
  });
}

/**
 * Runs one import: it must not throw; when it refuses, the message is a
 * sentence and the database is unchanged. After an accepted import the seed
 * is put back, so every run starts from the same database.
 */
function fuzz(run: (text: string) => Promise<Outcome>) {
  let dirty = true;
  const counts = { refused: 0, accepted: 0 };
  const check = async (text: string) => {
    if (dirty) await resetToSeed();
    const before = await dumpDatabase();
    const outcome = await run(text);
    if (outcome.refused) {
      counts.refused++;
      expect(outcome.error.message).toMatch(/^\S.{10,}/);
      expect(await dumpDatabase()).toEqual(before);
      dirty = false;
    } else {
      counts.accepted++;
      dirty = true;
    }
  };
  return { check, counts };
}

// ------------------------------------------------------------------ inputs

const HOSTILE = [
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.test","x")',
  '\u0000\u0001\uFFFE\uD800',
  '{"__proto__":{"polluted":true}}',
  '\r\n\r\n"',
  ';,\\,\\;\\n',
];
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
const hugeText = fc.constantFrom('x', '<b>', 'é;', '\n').map((s) => s.repeat(60000));

/** Mutations of a valid file: cut short, characters replaced, text inserted, a slice removed or repeated. */
function mutated(base: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: base.length });
  return fc.oneof(
    at.map((n) => base.slice(0, n)),
    fc.array(fc.tuple(at, fc.integer({ min: 0, max: 0xffff })), { minLength: 1, maxLength: 6 }).map((flips) => {
      const chars = base.split('');
      for (const [i, code] of flips) chars[Math.min(i, chars.length - 1)] = String.fromCharCode(code);
      return chars.join('');
    }),
    fc.tuple(at, fc.oneof(hostileText, hugeText)).map(([i, s]) => base.slice(0, i) + s + base.slice(i)),
    fc.tuple(at, at).map(([a, b]) => base.slice(0, Math.min(a, b)) + base.slice(Math.max(a, b))),
    fc.tuple(at, at).map(([a, b]) => base.slice(0, Math.max(a, b)) + base.slice(Math.min(a, b))),
  );
}

/** A backup whose structure is right but one field of one row holds anything. */
const backupWithOddField = fc
  .tuple(
    fc.constantFrom(...BACKUP_TABLES),
    fc.nat(),
    fc.constantFrom('id', 'name', 'email', 'notes', 'updatedAt', 'dueDate', 'contactIds', 'tags', 'role', 'figures', 'sample'),
    fc.oneof(fc.anything(), hostileText, hugeText),
  )
  .map(([table, index, field, value]) => {
    const backup = JSON.parse(V1_TEXT) as { tables: Record<string, Record<string, unknown>[]> };
    const rows = backup.tables[table];
    rows[index % rows.length][field] = value;
    return JSON.stringify(backup);
  });

const randomBackupShape = fc
  .record({
    format: fc.oneof(fc.constant('rapport-backup'), fc.string()),
    schemaVersion: fc.oneof(fc.constant(1), fc.integer(), fc.double(), fc.string()),
    exportedAt: fc.oneof(fc.constant('2026-03-14T09:30:00.000Z'), fc.string()),
    tables: fc.dictionary(fc.constantFrom(...BACKUP_TABLES, 'other'), fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 })),
  })
  .map((b) => JSON.stringify(b));

const backupInputs = fc.oneof(
  mutated(V1_TEXT),
  backupWithOddField,
  randomBackupShape,
  fc.json(),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const LINKEDIN_SMALL = buildLinkedInCsv(12).csv;
const OWN_CSV = contactsToCsv(V1.tables.contacts);
const csvCells = fc.array(fc.array(fc.oneof(hostileText, fc.constantFrom('Ana Reyes', 'ana@example.org', '')), { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 6,
});
const csvInputs = fc.oneof(
  mutated(LINKEDIN_SMALL),
  mutated(OWN_CSV),
  csvCells.map((rows) => Papa.unparse(rows)),
  fc.tuple(csvCells, hugeText).map(([rows, huge]) => Papa.unparse([['Name', 'Notes'], ...rows.map((r) => [r[0], huge])])),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const VCF_V4 = contactsToVCard(V1.tables.contacts);
const VCF_V3 = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Marsh;Helena;;Dr.;',
  'FN:Dr. Helena Marsh',
  'item1.EMAIL;type=INTERNET;type=pref:h.marsh@lakeshore.example',
  'X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/helena',
  'NOTE:Line\\none\\, two\\; three',
  'CATEGORIES:mentor,SIR 2026',
  'END:VCARD',
  '',
].join('\r\n');
const vcardLine = fc
  .tuple(fc.constantFrom('FN', 'N', 'EMAIL', 'TEL', 'ORG', 'URL', 'NOTE', 'CATEGORIES', 'X-SOCIALPROFILE;type=linkedin', 'BEGIN', 'END', 'VERSION'), hostileText)
  .map(([name, value]) => `${name}:${value}`);
const vcardInputs = fc.oneof(
  mutated(VCF_V4),
  mutated(VCF_V3),
  fc.array(vcardLine, { maxLength: 12 }).map((lines) => ['BEGIN:VCARD', 'VERSION:4.0', ...lines, 'END:VCARD'].join('\r\n')),
  fc.string({ maxLength: 300 }),
);

// ------------------------------------------------------------------ properties

describe('fuzzing the importers (≥ 500 inputs)', () => {
  it('backups: 220 random and mutated files', async () => {
    const { check, counts } = fuzz(importBackup);
    await fc.assert(fc.asyncProperty(backupInputs, check), { numRuns: 220, seed: 20261127 });
    expect(counts.refused).toBeGreaterThan(100);
    expect(counts.accepted).toBeGreaterThan(0);
  });

  it('CSV: 200 random and mutated files', async () => {
    const { check, counts } = fuzz(importCsv);
    await fc.assert(fc.asyncProperty(csvInputs, check), { numRuns: 200, seed: 20261127 });
    expect(counts.refused).toBeGreaterThan(20);
    expect(counts.accepted).toBeGreaterThan(20);
  });

  it('vCard: 150 random and mutated files', async () => {
    const { check, counts } = fuzz(importVCard);
    await fc.assert(fc.asyncProperty(vcardInputs, check), { numRuns: 150, seed: 20261127 });
    expect(counts.refused).toBeGreaterThan(10);
    expect(counts.accepted).toBeGreaterThan(10);
  });

  it('random bytes as any kind of file: 60 files', async () => {
    const importers: Record<ImportFileKind, (text: string) => Promise<Outcome>> = { backup: importBackup, csv: importCsv, vcard: importVCard };
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom<ImportFileKind>('backup', 'csv', 'vcard'), async (bytes, kind) => {
        await resetToSeed();
        const before = await dumpDatabase();
        const read = await readImportFile(new File([new Uint8Array(bytes)], `random.${kind}`), kind);
        const outcome = read.ok ? await importers[kind](read.text) : refused(read.error);
        if (outcome.refused) expect(await dumpDatabase()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a 50 MB input', () => {
  it('is refused by each importer without being parsed, and nothing changes', async () => {
    await resetToSeed();
    const before = await dumpDatabase();
    const papa = vi.spyOn(Papa, 'parse');
    const ical = vi.spyOn(ICAL, 'parse');
    const fifty = 'A'.repeat(50 * 1024 * 1024);
    for (const run of [importCsv, importVCard]) {
      const outcome = await run(fifty);
      expect(outcome.refused && outcome.error.code).toBe('too-large');
    }
    expect(papa).not.toHaveBeenCalled();
    expect(ical).not.toHaveBeenCalled();

    for (const kind of ['csv', 'vcard'] as const) {
      const slice = vi.fn();
      const read = await readImportFile({ name: `big.${kind}`, size: 50 * 1024 * 1024, slice }, kind);
      expect(!read.ok && read.error.message).toMatch(/50 MB/);
      expect(slice).not.toHaveBeenCalled();
    }
    expect(await dumpDatabase()).toEqual(before);
  });
});
