/** The trash: removed records kept until the user restores or purges them. */
import { db, type TrashEntry } from './db';
import { RECORD_TABLES } from './schema';
import { tableOf } from './record-commands';
import { recomputeLastTouch } from './last-touch';

export function listTrash(): Promise<TrashEntry[]> {
  return db.trash.orderBy('deletedAt').reverse().toArray();
}

/** Puts every record of a trash entry back, in one transaction, and drops the entry. */
export async function restoreFromTrash(trashId: string): Promise<TrashEntry> {
  return db.transaction('rw', [db.trash, ...RECORD_TABLES.map(tableOf)], async () => {
    const entry = await db.trash.get(trashId);
    if (!entry) throw new Error('That item is no longer in the trash.');
    for (const item of entry.items) await tableOf(item.table).put(item.record as never);
    const touched = entry.items.flatMap((item) => {
      if (item.table === 'contacts') return [item.record.id];
      if (item.table === 'interactions' && 'contactIds' in item.record && Array.isArray(item.record.contactIds)) {
        return item.record.contactIds.filter((id): id is string => typeof id === 'string');
      }
      return [];
    });
    await recomputeLastTouch(touched);
    await db.trash.delete(trashId);
    return entry;
  });
}

/** Deletes a trash entry for good. */
export function purgeFromTrash(trashId: string): Promise<void> {
  return db.trash.delete(trashId);
}

export function emptyTrash(): Promise<void> {
  return db.trash.clear();
}
