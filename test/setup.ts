import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { db } from '../src/data/db';
import { resetPersistenceRequest } from '../src/data/storage-persistence';

beforeEach(async () => {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  resetPersistenceRequest();
});

afterEach(() => {
  cleanup();
});
