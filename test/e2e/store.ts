/** Reads the app's IndexedDB straight from the page, to check what a journey stored. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DB_NAME } from '../../src/data/db';

/** Every row of one object store. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    async ({ dbName, name }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows: unknown[] = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows;
    },
    { dbName: DB_NAME, name: store },
  ) as Promise<T[]>;
}

/** The id of the one contact with this name (and stage, when given); fails when there is not exactly one. */
export async function contactIdByName(page: Page, name: string, stage?: string): Promise<string> {
  const contacts = await readStore<{ id: string; name: string; stage: string }>(page, 'contacts');
  const matches = contacts.filter((c) => c.name === name && (stage === undefined || c.stage === stage));
  expect(matches).toHaveLength(1);
  return matches[0].id;
}
