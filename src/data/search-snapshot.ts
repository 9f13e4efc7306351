/**
 * The search index saved between visits, so a returning user's index is
 * ready in about the time it takes to read it back, instead of reading and
 * indexing every record again (seconds at 100,000 meetings).
 *
 * A saved index can be behind the records: writes made while no search
 * index was running (another tab that never opened search, a closed page).
 * `search-source.ts` catches up on load: every table's keys say what was
 * added or removed, and its `updatedAt` index what was edited since the
 * save. The writes that keep an old `updatedAt` are handled here: a schema
 * upgrade (the snapshot remembers the schema version), a restore from a
 * backup (it forgets the snapshot, `forgetSearchSnapshot`), and changes sync
 * brings from another device (noted one by one, `noteStaleForSearch`, and
 * read again on load).
 */
import { INDEX_FORMAT } from '../domain/search/index-format';
import type { SavedSearchIndex } from '../domain/search/search-index';
import { db, searchCacheDb, type SearchSnapshotRow } from './db';

/**
 * How far before the save the catch-up looks for edits: a write whose change notice was still on
 * its way when the index was saved is read again on the next load.
 */
const NOTICE_MARGIN_MS = 5_000;

export interface LoadedSnapshot {
  saved: SavedSearchIndex;
  /** Rows edited at or after this time are read again. */
  editedSince: string;
  /** And these rows, by table, whatever their `updatedAt`. */
  stale: Map<string, string[]>;
}

/** The saved index, or null when there is none or it no longer fits (an older format or schema). */
export async function loadSearchSnapshot(): Promise<LoadedSnapshot | null> {
  const row = await searchCacheDb().snapshots.get('index');
  if (!row || row.format !== INDEX_FORMAT || row.schemaVersion !== db.verno) return null;
  const editedSince = new Date(Date.parse(row.savedAt) - NOTICE_MARGIN_MS).toISOString();
  const stale = new Map<string, string[]>();
  for (const { table, id } of await searchCacheDb().stale.toArray()) stale.set(table, [...(stale.get(table) ?? []), id]);
  return { saved: { engine: row.engine, ids: row.ids, held: row.held as SavedSearchIndex['held'] }, editedSince, stale };
}

export async function saveSearchSnapshot(saved: SavedSearchIndex, savedAt: Date): Promise<void> {
  const row: SearchSnapshotRow = { id: 'index', format: INDEX_FORMAT, schemaVersion: db.verno, savedAt: savedAt.toISOString(), ...saved };
  const cache = searchCacheDb();
  await cache.snapshots.put(row);
  // Rows noted before the index was taken are in it now.
  await cache.stale.where('notedAt').below(new Date(savedAt.getTime() - NOTICE_MARGIN_MS).toISOString()).delete();
}

/**
 * Rows just written that may carry an `updatedAt` older than the saved index (another device's
 * changes, applied by sync): the next load reads them again. Nothing to do without a saved index.
 */
export async function noteStaleForSearch(table: string, ids: readonly string[], now = new Date()): Promise<void> {
  if (ids.length === 0) return;
  const cache = searchCacheDb();
  if ((await cache.snapshots.count()) === 0) return;
  const notedAt = now.toISOString();
  await cache.stale.bulkPut(ids.map((id) => ({ key: `${table}/${id}`, table, id, notedAt })));
}

/** After a write that keeps old `updatedAt` values (a restore): the next visit builds the index again. */
export async function forgetSearchSnapshot(): Promise<void> {
  const cache = searchCacheDb();
  await cache.transaction('rw', cache.snapshots, cache.stale, async () => {
    await cache.snapshots.delete('index');
    await cache.stale.clear();
  });
}
