/** The app shell hears of a newer schema opened elsewhere without loading Dexie itself (schema-change-events.ts). */
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { onSchemaChangedElsewhere } from '../../src/data/schema-change-events';
import { LATEST_SCHEMA_VERSION } from '../../src/data/schema';

it('tells the listeners when another connection opens a newer version, and closes this one', async () => {
  await db.open();
  let heard = 0;
  const stop = onSchemaChangedElsewhere(() => (heard += 1));
  const newer = new Dexie(db.name);
  newer.version(LATEST_SCHEMA_VERSION + 1).stores({});
  await newer.open();
  expect(heard).toBe(1);
  expect(db.isOpen()).toBe(false);
  stop();
  newer.close();
});
