/**
 * Backup, restore and import writes. Each write is one Dexie transaction:
 * it all lands, or — on an error, a full disk or a cancel — none of it does.
 *
 * Typical flows for the Settings screens:
 * - Export: `serializeBackup(await exportEverything(new Date()))` → download.
 * - Restore: `readImportFile(file, 'backup')` → `parseBackup(text, LATEST_SCHEMA_VERSION)`
 *   → show `countBackupRecords` → `restoreBackup(backup, 'merge' | 'replace')`.
 * - Import: `readImportFile(file, 'csv')` → `parseLinkedInConnections` / `parseCsv` +
 *   `suggestMapping` + `applyMapping` / `parseVCards` → `previewContactImport(candidates)`
 *   → preview → `commitImport(plan)`.
 */
import type { Table } from 'dexie';
import {
  BACKUP_TABLES,
  buildBackup,
  type Backup,
  type BackupTableName,
} from '../domain/backup/backup-format';
import type { ImportCandidate } from '../domain/backup/import-candidate';
import {
  planImport,
  planProgramImport,
  type ContactImportPlan,
  type ImportPlan,
  type PlanOptions,
  type ProgramImportPlan,
} from '../domain/backup/import-plan';
import { SETTINGS_ID, defaultSettingsFields, type Settings } from '../domain/settings';
import { newId } from '../lib/ids';
import type { ProgressOptions } from '../lib/progress';
import { ensureRoomFor, jsonCharacters } from './storage-room';
import { contactCommands } from './contacts';
import { db, derivedDb } from './db';
import { recomputeLastTouch } from './last-touch';
import { programCommands } from './programs';
import type { RecordCommands } from './record-commands';
import { LATEST_SCHEMA_VERSION } from './schema';
import { forgetSearchSnapshot } from './search-snapshot';

const recordTables = () => BACKUP_TABLES.map((name) => db.table(name));

/**
 * Reads every record table into a backup and records `now` as the settings'
 * last backup (the backup itself carries that date). Rows are exported as
 * stored, without re-validation, so a backup never drops data.
 */
export async function exportEverything(now: Date): Promise<Backup> {
  return db.transaction('rw', [...recordTables(), db.trash], async () => {
    const stamp = now.toISOString();
    const current = await db.settings.get(SETTINGS_ID);
    const settings: Settings = current
      ? { ...current, lastBackupAt: stamp, updatedAt: stamp }
      : { id: SETTINGS_ID, createdAt: stamp, updatedAt: stamp, ...defaultSettingsFields(), lastBackupAt: stamp };
    await db.settings.put(settings);
    const [profile, allSettings, contacts, programs, interactions, reminders, events, trash] = await Promise.all([
      db.profile.toArray(),
      db.settings.toArray(),
      db.contacts.toArray(),
      db.programs.toArray(),
      db.interactions.toArray(),
      db.reminders.toArray(),
      db.events.toArray(),
      db.trash.toArray(),
    ]);
    return buildBackup(
      { profile, settings: allSettings, contacts, programs, interactions, reminders, events },
      LATEST_SCHEMA_VERSION,
      now,
      trash,
    );
  });
}

/** Every table (records and trash), each sorted by id: a full picture to compare in tests. */
export type DatabaseDump = Record<BackupTableName | 'trash', object[]>;

/** Reads every table, rows sorted by id, in one read transaction. */
export async function dumpDatabase(): Promise<DatabaseDump> {
  return db.transaction('r', [...recordTables(), db.trash], async () => {
    const entries = await Promise.all(
      [...BACKUP_TABLES, 'trash' as const].map(async (name) => [name, await db.table(name).orderBy(':id').toArray()] as const),
    );
    return Object.fromEntries(entries) as DatabaseDump;
  });
}

export type RestoreMode = 'merge' | 'replace';

export interface TableRestoreCounts {
  /** Rows the database did not have. */
  added: number;
  /** Rows replaced by a newer version from the backup (merge). */
  updated: number;
  /** Rows left as they were because the database's copy is as new or newer (merge). */
  kept: number;
  /** Rows deleted because the backup replaces the table (replace). */
  removed: number;
}

/** Per table; `trash` counts the backup's trash entries added, and kept because the trash had them already. */
export type RestoreSummary = Record<BackupTableName | 'trash', TableRestoreCounts>;

function isNewer(candidate: { updatedAt: string }, current: { updatedAt: string }): boolean {
  return Date.parse(candidate.updatedAt) > Date.parse(current.updatedAt);
}

/**
 * Writes a parsed backup in one transaction.
 * - `merge`: a row whose id is new is added; a row already present is
 *   replaced only when the backup's `updatedAt` is newer. Nothing is deleted.
 * - `replace`: every record table is cleared and filled from the backup. The
 *   trash is kept, so deletions made before the restore can still be undone.
 * In both, the backup's trash entries that the trash lacks are added to it.
 * Contacts' derived `lastTouchAt` is then recomputed from the interactions.
 *
 * Rejects (and writes nothing) on a storage error or when the signal aborts.
 * @throws Error when the backup was not brought up to this app's schema version by parseBackup
 */
export async function restoreBackup(backup: Backup, mode: RestoreMode, options: ProgressOptions = {}): Promise<RestoreSummary> {
  if (backup.schemaVersion !== LATEST_SCHEMA_VERSION) {
    throw new Error(`A backup must be parsed with parseBackup before it is restored (version ${backup.schemaVersion}).`);
  }
  options.signal?.throwIfAborted();
  // Replace keeps the old rows until the transaction commits: both must fit at once.
  await ensureRoomFor(BACKUP_TABLES.reduce((n, t) => n + jsonCharacters(backup.tables[t]), jsonCharacters(backup.trash ?? [])), 'this restore');
  options.signal?.throwIfAborted();
  const total = BACKUP_TABLES.reduce((n, t) => n + backup.tables[t].length, 0) || 1;
  let done = 0;
  const summary = await db.transaction('rw', [...recordTables(), db.trash], async () => {
    const counts = { trash: { added: 0, updated: 0, kept: 0, removed: 0 } } as RestoreSummary;
    for (const name of BACKUP_TABLES) {
      const table: Table<{ id: string; updatedAt: string }, string> = db.table(name);
      const rows: { id: string; updatedAt: string }[] = backup.tables[name];
      const count: TableRestoreCounts = { added: 0, updated: 0, kept: 0, removed: 0 };
      if (mode === 'replace') {
        count.removed = await table.count();
        await table.clear();
        await table.bulkAdd(rows);
        count.added = rows.length;
      } else {
        const current = await table.bulkGet(rows.map((r) => r.id));
        const toWrite = rows.filter((row, i) => {
          const existing = current[i];
          if (!existing) count.added++;
          else if (isNewer(row, existing)) count.updated++;
          else {
            count.kept++;
            return false;
          }
          return true;
        });
        await table.bulkPut(toWrite);
      }
      counts[name] = count;
      done += rows.length;
      options.onProgress?.(done / total);
      // Throwing inside the transaction rolls back every table written so far.
      options.signal?.throwIfAborted();
    }
    const trash = backup.trash ?? [];
    if (trash.length > 0) {
      const present = await db.trash.bulkGet(trash.map((t) => t.id));
      const missing = trash.filter((_, i) => present[i] === undefined);
      await db.trash.bulkAdd(missing);
      counts.trash.added = missing.length;
      counts.trash.kept = trash.length - missing.length;
    }
    // lastTouchAt is derived from interactions, which the restore may have changed.
    await recomputeLastTouch(await db.contacts.toCollection().primaryKeys());
    return counts;
  });
  // Restored rows keep their own `updatedAt`, older than a saved search index: it is built again next visit.
  await forgetSearchSnapshot().catch(() => {});
  // A restore writes rows with the backup's own `updatedAt`, older than a cache's clock reading: caches
  // worked out from the records (touch-snapshot.ts) cannot tell, so they go and are rebuilt.
  await derivedDb.snapshots.clear().catch(() => {});
  options.onProgress?.(1);
  return summary;
}

/**
 * The preview of a contact import: plans it against the contacts in the
 * database, linking rows to its programs (see `planImport`).
 */
export async function previewContactImport(candidates: readonly ImportCandidate[], options: PlanOptions = {}): Promise<ContactImportPlan> {
  const [contacts, programs] = await db.transaction('r', db.contacts, db.programs, () => Promise.all([db.contacts.toArray(), db.programs.toArray()]));
  return planImport(candidates, contacts, { ...options, programs });
}

/** The preview of a program import: plans it against the programs in the database (see `planProgramImport`). */
export async function previewProgramImport(candidates: readonly ImportCandidate[], options: PlanOptions = {}): Promise<ProgramImportPlan> {
  return planProgramImport(candidates, await db.programs.toArray(), options);
}

export interface CommitSummary {
  added: number;
  updated: number;
  /** Planned updates not applied because the record changed or was deleted after the preview. */
  skipped: number;
  /** Ids of the records added, in plan order (for "show what was imported" or undo). */
  addedIds: string[];
}

export interface CommitOptions extends ProgressOptions {
  /** Instant stamped on added and updated records; defaults to the clock. */
  now?: Date;
  /** Rows written per bulk call (default 1000); progress is reported after each. */
  chunkSize?: number;
}

/**
 * Writes an import plan — its adds and updates — in one transaction: if any
 * row fails, storage runs out or the signal aborts, nothing is written.
 * Duplicates and invalid rows are not touched.
 * @throws ValidationError if a planned row no longer passes its schema (nothing written)
 */
export async function commitImport(plan: ContactImportPlan | ProgramImportPlan, options: CommitOptions = {}): Promise<CommitSummary> {
  if (plan.target === 'programs') return commitRecords(plan, programCommands, options);
  const linked = linkAddedIntroducers(plan);
  return commitRecords(linked.plan, contactCommands, options, linked.ids);
}

/**
 * Gives every added contact its id up front, so a row introduced by another
 * row of the same file (`introducedByRow`) can point to that row's new contact.
 */
function linkAddedIntroducers(plan: ContactImportPlan): { plan: ContactImportPlan; ids: string[] } {
  const ids = plan.add.map(() => newId());
  const idOfRow = new Map(plan.add.map((row, i) => [row.row, ids[i]]));
  const introducer = (row: number | undefined) => (row === undefined ? undefined : idOfRow.get(row));
  return {
    ids,
    plan: {
      ...plan,
      add: plan.add.map((row) => ({ ...row, fields: { ...row.fields, introducedById: introducer(row.introducedByRow) ?? row.fields.introducedById } })),
      update: plan.update.map((change) => {
        const id = introducer(change.introducedByRow);
        return id === undefined ? change : { ...change, patch: { ...change.patch, introducedById: id } };
      }),
    },
  };
}

async function commitRecords<F extends object, R extends { id: string; createdAt: string; updatedAt: string }>(
  plan: ImportPlan<'contacts' | 'programs', F>,
  commands: RecordCommands<F, R>,
  options: CommitOptions,
  /** Ids for the added records, in plan order; new ones when not given. */
  ids: readonly string[] = [],
): Promise<CommitSummary> {
  const table = db.table<R, string>(plan.target);
  options.signal?.throwIfAborted();
  const now = options.now ?? new Date();
  if (plan.add.length === 0 && plan.update.length === 0) {
    options.onProgress?.(1);
    return { added: 0, updated: 0, skipped: 0, addedIds: [] };
  }
  // Stamp and validate every record before opening the transaction.
  const records = plan.add.map((row, i) => commands.build(row.fields, { id: ids[i], now }));
  await ensureRoomFor(jsonCharacters(records) + jsonCharacters(plan.update.map((u) => u.patch)), 'this import');
  options.signal?.throwIfAborted();
  const chunkSize = Math.max(1, options.chunkSize ?? 1000);
  const total = records.length + plan.update.length;
  const summary = await db.transaction('rw', table, async () => {
    let written = 0;
    for (let start = 0; start < records.length; start += chunkSize) {
      const chunk = records.slice(start, start + chunkSize);
      await table.bulkAdd(chunk);
      written += chunk.length;
      options.onProgress?.(written / total);
      options.signal?.throwIfAborted();
    }
    let updated = 0;
    let skipped = 0;
    for (const change of plan.update) {
      const current = await table.get(change.id);
      if (!current || current.updatedAt !== change.basedOnUpdatedAt) {
        skipped++;
        continue;
      }
      const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...currentFields } = current;
      const next = commands.build({ ...currentFields, ...change.patch } as F, { id: current.id, now });
      await table.put({ ...next, createdAt: current.createdAt });
      updated++;
    }
    options.signal?.throwIfAborted();
    return { added: records.length, updated, skipped, addedIds: records.map((r) => r.id) };
  });
  options.onProgress?.(1);
  return summary;
}
