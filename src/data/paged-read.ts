/**
 * Reads a whole table in pages of a few hundred rows, each page its own
 * transaction. IndexedDB runs a write only after every earlier read that
 * overlaps it has finished: one `toArray()` over 100,000 interactions kept
 * "Log meeting" waiting for seconds. Between pages a pending write goes first.
 *
 * Call outside `db.transaction`: inside one, the pages would share it and the
 * point would be lost. The rows are not one snapshot; callers are live queries,
 * which run again after any write, so a page that missed a write is replaced.
 */
import type { Table } from 'dexie';

export const PAGE_SIZE = 500;

export async function readAllPaged<T extends { id: string }, TInsert>(table: Table<T, string, TInsert>, pageSize = PAGE_SIZE): Promise<T[]> {
  const rows: T[] = [];
  let page = await table.orderBy(':id').limit(pageSize).toArray();
  while (page.length > 0) {
    rows.push(...page);
    if (page.length < pageSize) break;
    page = await table.where(':id').above(page[page.length - 1].id).limit(pageSize).toArray();
  }
  return rows;
}
