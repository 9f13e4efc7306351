import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { db, derivedDb, searchCacheDb } from '../src/data/db';
import { resetPersistenceRequest } from '../src/data/storage-persistence';

// Dates are written in the user's locale (lib/date-format.ts); the tests read them as a British English browser writes them.
Object.defineProperty(window.navigator, 'languages', { value: ['en-GB'], configurable: true });
Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true });

// findBy/waitFor wait up to 5 s: a shared 2-core machine can be slow to settle a live query.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await searchCacheDb().snapshots.clear();
  await derivedDb.snapshots.clear();
  resetPersistenceRequest();
});

afterEach(() => {
  cleanup();
});
