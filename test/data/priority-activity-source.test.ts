/**
 * The Priorities activity index kept in memory from change notices, and restarted from its
 * snapshot, against a fresh read of the tables after any mix of writes (on real Dexie over
 * fake-indexeddb).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db, derivedDb } from '../../src/data/db';
import { watchPriorityActivity, type PriorityActivityInput } from '../../src/data/priority-activity-source';
import { TOUCH_SNAPSHOT_ID, touchColumns, touchEntries } from '../../src/data/touch-snapshot';
import { interactionSchema, reminderSchema, type Interaction } from '../../src/domain/entities';
import { touchOf } from '../../src/domain/scoring/touches';
import { INTERACTION_KINDS } from '../../src/domain/vocabulary';

const OLD = '2026-01-01T00:00:00.000Z';

function interactionRow(n: number, version: number, updatedAt: string): Interaction {
  return interactionSchema.parse({
    id: `i-${String(n).padStart(3, '0')}`,
    createdAt: OLD,
    updatedAt,
    occurredAt: new Date(Date.parse('2026-03-01T10:00:00.000Z') - (n * 7 + version) * 3_600_000).toISOString(),
    kind: INTERACTION_KINDS[(n + version) % INTERACTION_KINDS.length],
    contactIds: [`c-${n % 5}`, ...(version % 2 === 1 ? [`c-${(n + 1) % 5}`] : [])],
    summary: `Version ${version}`,
    commitments:
      version % 3 === 0
        ? [{ id: `k-${n}-${version}`, direction: 'promised', text: 'send the abstract', dueDate: null, done: false }]
        : [],
  });
}

function reminderRow(n: number, version: number) {
  return reminderSchema.parse({
    id: `r-${String(n).padStart(3, '0')}`,
    createdAt: OLD,
    updatedAt: new Date().toISOString(),
    dueDate: '2026-03-13',
    latestDate: '2026-03-17',
    title: `Send thank-you ${version}`,
    kind: 'thank-you',
    contactId: `c-${n % 5}`,
    status: (['open', 'done', 'snoozed', 'dismissed'] as const)[version % 4],
    snoozedUntil: version % 4 === 2 ? '2026-03-15' : null,
  });
}

/** What a fresh read of the tables gives: every interaction, and the reminders that can be live (open or snoozed). */
async function fresh(): Promise<PriorityActivityInput> {
  const reminders = (await db.reminders.toArray()).filter((r) => r.status === 'open' || r.status === 'snoozed');
  return { touches: (await db.interactions.toArray()).map(touchOf), reminders };
}

function watch() {
  let last: PriorityActivityInput | null = null;
  const errors: unknown[] = [];
  const stop = watchPriorityActivity(
    (input) => (last = input),
    (error) => errors.push(error),
    { snapshotDelayMs: 0 },
  );
  return { stop, errors, last: () => last };
}

async function expectCaughtUp(w: ReturnType<typeof watch>) {
  const expected = await fresh();
  await expect.poll(() => w.last(), { timeout: 5000 }).toEqual(expected);
}

/** Waits until the snapshot holds what the tables hold. */
async function expectSnapshotCurrent() {
  const expected = (await fresh()).touches;
  await expect
    .poll(async () => touchEntries((await derivedDb.snapshots.get(TOUCH_SNAPSHOT_ID))?.data)?.map(([, touch]) => touch), { timeout: 5000 })
    .toEqual(expected);
}

type Op =
  | { kind: 'put'; n: number; version: number }
  | { kind: 'delete'; n: number }
  /** Put back as it was when deleted, `updatedAt` and all, as a restore from the trash does. */
  | { kind: 'restore'; n: number }
  | { kind: 'reminder'; n: number; version: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), n: fc.integer({ min: 0, max: 12 }), version: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), n: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('restore' as const), n: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('reminder' as const), n: fc.integer({ min: 0, max: 6 }), version: fc.integer({ min: 0, max: 3 }) }),
);

/** Rows as they were when deleted: the trash. Every other write stamps `updatedAt`, as the app's commands do. */
const trash = new Map<string, Interaction>();

async function apply(op: Op) {
  const id = interactionRow(op.n, 0, OLD).id;
  if (op.kind === 'put') await db.interactions.put(interactionRow(op.n, op.version, new Date().toISOString()));
  else if (op.kind === 'delete') {
    const row = await db.interactions.get(id);
    if (row !== undefined) trash.set(id, row);
    await db.interactions.delete(id);
  } else if (op.kind === 'restore') {
    const row = trash.get(id);
    if (row !== undefined && (await db.interactions.get(id)) === undefined) await db.interactions.put(row);
    trash.delete(id);
  } else await db.reminders.put(reminderRow(op.n, op.version));
}

async function seed() {
  await db.interactions.bulkPut(Array.from({ length: 8 }, (_, n) => interactionRow(n, 0, OLD)));
  await db.reminders.bulkPut(Array.from({ length: 4 }, (_, n) => reminderRow(n, 0)));
}

describe('watchPriorityActivity', () => {
  it('equals a fresh read after any writes, while watching and when a new page starts from the snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 8 }), fc.array(opArb, { maxLength: 8 }), async (whileWatching, whileAway) => {
        await db.interactions.clear();
        await db.reminders.clear();
        await derivedDb.snapshots.clear();
        trash.clear();
        await seed();

        const first = watch();
        await expectCaughtUp(first);
        for (const op of whileWatching) await apply(op);
        await expectCaughtUp(first);
        await expectSnapshotCurrent();
        first.stop();

        // The page is closed; writes happen elsewhere; a new page starts from the snapshot.
        for (const op of whileAway) await apply(op);
        const second = watch();
        await expectCaughtUp(second);
        await apply({ kind: 'put', n: 3, version: 5 });
        await expectCaughtUp(second);
        // Its snapshot written before it stops, so no save of this run lands in the next one.
        await expectSnapshotCurrent();
        second.stop();
        expect([...first.errors, ...second.errors]).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('reads everything again when the snapshot is not one it can read', async () => {
    await seed();
    await derivedDb.snapshots.put({ id: TOUCH_SNAPSHOT_ID, takenAt: new Date().toISOString(), data: { format: 0 } });
    const w = watch();
    await expectCaughtUp(w);
    w.stop();
  });
});

describe('touch snapshot columns', () => {
  it('give back the entries they were made from', () => {
    const entries = Array.from({ length: 7 }, (_, n) => {
      const touch = touchOf(interactionRow(n, n, OLD));
      return [touch.id, touch] as const;
    });
    const columns = touchColumns(entries);
    expect(touchEntries(structuredClone(columns))).toEqual(entries.map(([id, touch]) => [id, touch]));
    expect(touchEntries({ ...columns, contactIds: [] })).toBeNull();
  });
});
