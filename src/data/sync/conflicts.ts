/**
 * The versions of a record that lost to another device's change made at the
 * same time (kept by sync's bridge), for the record's page: list them,
 * restore one (it becomes the newest change, and syncs as such), or dismiss
 * it. Reads only the sync bookkeeping database: no PouchDB.
 */
import Dexie from 'dexie';
import { db, openSyncState, type ConflictCopy, type SyncStateDb } from '../db';

let state: SyncStateDb | null = null;
const bookkeeping = () => (state ??= openSyncState(db));

/** Tables whose pages offer the lost versions. */
export type ConflictTable = 'contacts' | 'programs' | 'events' | 'interactions' | 'reminders';

/** The lost versions of a record kept in `state`, newest first. */
export async function conflictCopiesIn(state: SyncStateDb, table: string, recordId: string): Promise<ConflictCopy[]> {
  const copies = await state.conflicts.where('[table+recordId]').equals([table, recordId]).toArray();
  return copies.sort((a, b) => (a.changedAt < b.changedAt ? 1 : -1));
}

export async function conflictCopiesOf(table: ConflictTable, recordId: string): Promise<ConflictCopy[]> {
  // Sync never turned on: there is no bookkeeping, and nothing to show.
  if (!(await Dexie.exists(bookkeeping().name))) return [];
  return conflictCopiesIn(bookkeeping(), table, recordId);
}

/** Puts a lost version back as the record, stamped now so it wins on every device; the copy goes. */
export async function restoreConflictCopy(copy: ConflictCopy, now = new Date()): Promise<void> {
  const table = db.table(copy.table);
  const current = (await table.get(copy.recordId)) as { createdAt?: string } | undefined;
  await table.put({ ...copy.record, ...(current?.createdAt ? { createdAt: current.createdAt } : {}), updatedAt: now.toISOString() });
  await bookkeeping().conflicts.delete(copy.id);
}

export async function dismissConflictCopy(copy: ConflictCopy): Promise<void> {
  await bookkeeping().conflicts.delete(copy.id);
}
