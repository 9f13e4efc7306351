/**
 * What the Priorities ranking reads of interactions and reminders, kept in memory and brought up
 * to date after each write from the keys it touched (table-mirror.ts), instead of read whole
 * again: at 100,000 interactions a whole read takes seconds, and scoring waited for it.
 *
 * A new page starts from the snapshot of the last one (touch-snapshot.ts) plus the interactions
 * written since (by `updatedAt`), then checks the keys for rows deleted or restored meanwhile
 * and corrects itself if there were any. This relies on what every command does: a write to an
 * existing interaction stamps `updatedAt` with the clock; only a row put back from the trash keeps
 * an older one, and it shows as a key the snapshot lacks. Runs in the priorities worker; also in
 * the page where there is no Worker.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { touchOf, type InteractionTouch } from '../domain/scoring/touches';
import type { Interaction, Reminder } from '../domain/entities';
import { db } from './db';
import { changedKeyRanges, mergeKeyRanges, MappedTableMirror, TableMirror } from './table-mirror';
import { loadTouchSnapshot, saveTouchSnapshot } from './touch-snapshot';

export interface PriorityActivityInput {
  /** Every interaction as the activity index reads it, in primary-key order. */
  touches: InteractionTouch[];
  /** Every open or snoozed reminder (the others are never live), in primary-key order. */
  reminders: Reminder[];
}

/**
 * Writes made up to this long before a snapshot was taken are read again when a page starts from it:
 * a write stamped before the snapshot's clock reading may have committed after it. Short, so a page
 * opened soon after a big import does not read it all again; a clock that went back since the
 * snapshot makes the page read everything (see `start`), and a backup restore removes the snapshot.
 */
const SNAPSHOT_OVERLAP_MS = 60_000;
/** A snapshot is written this long after the last change, so a burst of saves writes it once. */
const SNAPSHOT_DELAY_MS = 2000;

const minus = (iso: string, ms: number) => new Date(Date.parse(iso) - ms).toISOString();

/**
 * Calls `onInput` with the interactions and reminders once they are read, and again after every
 * write that changed one of them. Returns a function that stops watching.
 */
export function watchPriorityActivity(
  onInput: (input: PriorityActivityInput) => void,
  onError: (error: unknown) => void,
  options: { snapshotDelayMs?: number } = {},
): () => void {
  // Bigger pages than the default: this runs in a worker, where fewer transactions matter more than
  // a save waiting a few tens of milliseconds behind one page.
  const touches = new MappedTableMirror(db.interactions, (row: Interaction): InteractionTouch => touchOf(row), { pageSize: 2000 });
  // Only open and snoozed reminders can be live (activity.ts, isLiveReminder): done and dismissed ones,
  // most of a long history, are not read at all.
  const reminders = new TableMirror(db.reminders, {
    keep: (row) => row.status === 'open' || row.status === 'snoozed',
    readAll: () => db.reminders.where('status').anyOf('open', 'snoozed').toArray(),
  });
  const pending: ObservabilitySet[] = [];
  let first = true;
  let running = false;
  let stopped = false;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;

  const emit = () => {
    if (!stopped) onInput({ touches: touches.rows(), reminders: reminders.rows() });
  };

  /** Writes the snapshot after `delayMs` (a burst of saves writes it once); a failed write only costs the next page a full read. */
  const scheduleSave = (takenAt: string, delayMs = options.snapshotDelayMs ?? SNAPSHOT_DELAY_MS) => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      if (!stopped) saveTouchSnapshot(touches.entries(), takenAt).catch(() => {});
    }, delayMs);
  };

  /** First read: from the snapshot when there is one (shown at once, then checked), else whole. */
  async function start() {
    const readAt = new Date().toISOString();
    const stored = await loadTouchSnapshot().catch(() => null);
    // Stamps written after a clock went back would look older than the snapshot: trust it only forward.
    const snapshot = stored !== null && stored.takenAt <= readAt ? stored : null;
    if (snapshot === null) {
      await touches.sync(null);
      await reminders.sync(null);
      // Written before the first answer, not after: a page left as soon as the ranking shows would end
      // the worker mid-write, and the next page would read everything again (and so on).
      await saveTouchSnapshot(touches.entries(), readAt).catch(() => {});
      emit();
      return;
    }
    touches.seed(snapshot.entries);
    const since = minus(snapshot.takenAt, SNAPSHOT_OVERLAP_MS);
    const [written] = await Promise.all([db.interactions.where('updatedAt').aboveOrEqual(since).toArray(), reminders.sync(null)]);
    touches.putRows(written);
    emit();
    // Rows deleted since, or put back from the trash with their old `updatedAt`, show only in the keys.
    const keys = await db.interactions.toCollection().primaryKeys();
    const dropped = touches.keepOnly(new Set(keys));
    const missing = keys.filter((id) => !touches.has(id));
    if (missing.length > 0) touches.putRows((await db.interactions.bulkGet(missing)).filter((row) => row !== undefined));
    if (dropped || missing.length > 0) emit();
    scheduleSave(readAt);
  }

  async function catchUp() {
    if (running || stopped) return;
    running = true;
    try {
      if (first) {
        first = false;
        await start();
      }
      while (!stopped && pending.length > 0) {
        const notices = pending.splice(0);
        const startedAt = new Date().toISOString();
        const ranges = (table: string) => mergeKeyRanges(notices.map((parts) => changedKeyRanges(parts, db.name, table)));
        const touched = await touches.sync(ranges('interactions'));
        const reminded = await reminders.sync(ranges('reminders'));
        if (touched || reminded) emit();
        if (touched) scheduleSave(startedAt);
      }
    } catch (error) {
      if (!stopped) onError(error);
    } finally {
      running = false;
    }
  }

  const onChange = (parts: ObservabilitySet) => {
    pending.push(parts);
    void catchUp();
  };
  Dexie.on.storagemutated.subscribe(onChange);
  void catchUp();
  return () => {
    stopped = true;
    if (saveTimer !== null) clearTimeout(saveTimer);
    Dexie.on.storagemutated.unsubscribe(onChange);
  };
}
