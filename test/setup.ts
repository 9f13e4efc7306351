import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { db, derivedDb } from '../src/data/db';
import { resetPersistenceRequest } from '../src/data/storage-persistence';

// findBy/waitFor wait up to 5 s: a shared 2-core machine can be slow to settle a live query.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await derivedDb.snapshots.clear();
  resetPersistenceRequest();
});

afterEach(() => {
  cleanup();
});
