/** The in-memory table copy kept current from Dexie's change notices, on real Dexie over fake-indexeddb. */
import fc from 'fast-check';
import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { changedKeyRanges, mergeKeyRanges, TableMirror } from '../../src/data/table-mirror';
import type { RapportEvent } from '../../src/domain/entities';

/** The notices Dexie gives for the writes `run` makes. */
async function noticesOf(run: () => Promise<unknown>): Promise<ObservabilitySet[]> {
  const seen: ObservabilitySet[] = [];
  const listen = (parts: ObservabilitySet) => seen.push(parts);
  Dexie.on.storagemutated.subscribe(listen);
  try {
    await run();
  } finally {
    Dexie.on.storagemutated.unsubscribe(listen);
  }
  // Notices from another context arrive as structured clones (no RangeSet prototype); read them that way.
  return seen.map((parts) => structuredClone(parts));
}

// Events carry little and have one index; the mirror does not care what a row holds.
const row = (id: string, name = `Event ${id}`) => ({ id, name, startDate: '2026-10-01' }) as unknown as RapportEvent;

afterEach(async () => {
  await db.events.clear();
});

describe('changedKeyRanges', () => {
  it('names the keys a write touched, nothing for other tables, and everything after a clear', async () => {
    const put = await noticesOf(() => db.events.bulkPut([row('b'), row('d')]));
    expect(mergeKeyRanges(put.map((p) => changedKeyRanges(p, db.name, 'events')))?.sort((x, y) => (x.from < y.from ? -1 : 1))).toEqual([
      { from: 'b', to: 'b' },
      { from: 'd', to: 'd' },
    ]);
    expect(put.map((p) => changedKeyRanges(p, db.name, 'contacts'))).toEqual(put.map(() => []));
    expect(put.map((p) => changedKeyRanges(p, 'another-db', 'events'))).toEqual(put.map(() => []));

    const span = await noticesOf(() => db.events.where(':id').between('a', 'c').delete());
    expect(span.map((p) => changedKeyRanges(p, db.name, 'events'))).toContainEqual([{ from: 'a', to: 'c' }]);

    const cleared = await noticesOf(() => db.events.clear());
    expect(cleared.map((p) => changedKeyRanges(p, db.name, 'events'))).toContain(null);
    // Dexie's "everything may have changed" notice, sent when a page comes back from the back/forward cache.
    expect(changedKeyRanges({ all: { d: 1, from: -Infinity, to: [[]] } } as unknown as ObservabilitySet, db.name, 'events')).toBeNull();
  });
});

type Op =
  | { type: 'put'; ids: string[]; name: string }
  | { type: 'delete'; ids: string[] }
  | { type: 'deleteRange'; from: string; to: string }
  | { type: 'modify'; from: string; to: string; name: string }
  | { type: 'clear' };

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('put' as const), ids: fc.uniqueArray(key, { minLength: 1, maxLength: 3 }), name: fc.string({ maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('delete' as const), ids: fc.uniqueArray(key, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.tuple(key, key).map(([x, y]): Op => ({ type: 'deleteRange', from: x < y ? x : y, to: x < y ? y : x })) },
  { weight: 1, arbitrary: fc.tuple(key, key, fc.string({ maxLength: 4 })).map(([x, y, name]): Op => ({ type: 'modify', from: x < y ? x : y, to: x < y ? y : x, name })) },
  { weight: 1, arbitrary: fc.constant<Op>({ type: 'clear' }) },
);

function apply(o: Op): Promise<unknown> {
  switch (o.type) {
    case 'put':
      return db.events.bulkPut(o.ids.map((id) => row(id, o.name)));
    case 'delete':
      return db.events.bulkDelete(o.ids);
    case 'deleteRange':
      return db.events.where(':id').between(o.from, o.to, true, true).delete();
    case 'modify':
      return db.events.where(':id').between(o.from, o.to, true, true).modify({ name: o.name });
    case 'clear':
      return db.events.clear();
  }
}

describe('TableMirror', () => {
  it('after any writes, synced from their notices alone, holds what a fresh read gives, in key order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(key, { maxLength: 5 }), fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (start, batches) => {
        await db.events.clear();
        await db.events.bulkPut(start.map((id) => row(id)));
        const mirror = new TableMirror(db.events);
        expect(await mirror.sync([])).toBe(true); // the first sync reads the whole table
        for (const batch of batches) {
          // A batch is several writes whose notices are applied together, as when they arrive during a read.
          const notices = await noticesOf(async () => {
            for (const o of batch) await apply(o);
          });
          await mirror.sync(mergeKeyRanges(notices.map((p) => changedKeyRanges(p, db.name, 'events'))));
          expect(mirror.rows()).toEqual(await db.events.orderBy(':id').toArray());
        }
      }),
      { numRuns: 60, seed: 20261128 },
    );
  });

  it('reads nothing when a notice does not touch its table', async () => {
    await db.events.bulkPut([row('a')]);
    const mirror = new TableMirror(db.events);
    await mirror.sync(null);
    expect(await mirror.sync([])).toBe(false);
    expect(mirror.rows().map((e) => e.id)).toEqual(['a']);
  });
});
