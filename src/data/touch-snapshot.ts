/**
 * The interactions as the activity index reads them (domain/scoring/touches.ts), stored as one
 * snapshot in the derived database, so that opening Priorities in a new page reads one record
 * plus the interactions changed since, instead of 100,000 interactions (about a second of
 * IndexedDB reads on its own). Stored in columns (typed arrays and flat string lists): a
 * structured clone of a few arrays is many times cheaper than one of 100,000 small objects.
 */
import type { InteractionTouch } from '../domain/scoring/touches';
import type { OwedCommitment } from '../domain/scoring/activity';
import { INTERACTION_KINDS } from '../domain/vocabulary';
import { derivedDb } from './db';

export const TOUCH_SNAPSHOT_ID = 'interaction-touches';
const FORMAT = 1;

interface TouchColumns {
  format: number;
  ids: string[];
  atMs: Float64Array;
  kinds: Uint8Array;
  contactCounts: Uint32Array;
  contactIds: string[];
  /** Owed promises with the position of their interaction. */
  owed: { at: number; id: string; text: string; dueDate: string | null }[];
}

/** The columns of `entries` (in primary-key order), or null when a kind is not one this version knows. */
export function touchColumns(entries: readonly (readonly [string, InteractionTouch])[]): TouchColumns | null {
  const n = entries.length;
  const columns: TouchColumns = {
    format: FORMAT,
    ids: new Array<string>(n),
    atMs: new Float64Array(n),
    kinds: new Uint8Array(n),
    contactCounts: new Uint32Array(n),
    contactIds: [],
    owed: [],
  };
  for (let i = 0; i < n; i += 1) {
    const [id, touch] = entries[i];
    const kind = INTERACTION_KINDS.indexOf(touch.kind);
    if (kind < 0) return null;
    columns.ids[i] = id;
    columns.atMs[i] = touch.atMs;
    columns.kinds[i] = kind;
    columns.contactCounts[i] = touch.contactIds.length;
    for (const contactId of touch.contactIds) columns.contactIds.push(contactId);
    for (const owed of touch.owed) columns.owed.push({ at: i, id: owed.id, text: owed.text, dueDate: owed.dueDate });
  }
  return columns;
}

/** By tag, not `instanceof`: a clone may come from another realm (a worker, a test environment). */
const isTypedArray = (x: unknown, tag: string) => Object.prototype.toString.call(x) === `[object ${tag}]`;

function isColumns(data: unknown): data is TouchColumns {
  if (typeof data !== 'object' || data === null) return false;
  const c = data as Partial<TouchColumns>;
  return (
    c.format === FORMAT &&
    Array.isArray(c.ids) &&
    isTypedArray(c.atMs, 'Float64Array') &&
    isTypedArray(c.kinds, 'Uint8Array') &&
    isTypedArray(c.contactCounts, 'Uint32Array') &&
    Array.isArray(c.contactIds) &&
    Array.isArray(c.owed) &&
    c.atMs?.length === c.ids.length &&
    c.kinds?.length === c.ids.length &&
    c.contactCounts?.length === c.ids.length
  );
}

/** The entries of stored columns, or null when they are not columns this version wrote. */
export function touchEntries(data: unknown): [string, InteractionTouch][] | null {
  if (!isColumns(data)) return null;
  const owedBy = new Map<number, OwedCommitment[]>();
  for (const o of data.owed) {
    const list = owedBy.get(o.at) ?? [];
    list.push({ id: o.id, text: o.text, dueDate: o.dueDate, interactionId: data.ids[o.at] });
    owedBy.set(o.at, list);
  }
  const entries = new Array<[string, InteractionTouch]>(data.ids.length);
  let next = 0;
  for (let i = 0; i < data.ids.length; i += 1) {
    const kind = INTERACTION_KINDS[data.kinds[i]];
    if (kind === undefined) return null;
    const count = data.contactCounts[i];
    const id = data.ids[i];
    entries[i] = [id, { id, atMs: data.atMs[i], kind, contactIds: data.contactIds.slice(next, next + count), owed: owedBy.get(i) ?? [] }];
    next += count;
  }
  return next === data.contactIds.length ? entries : null;
}

/** The stored snapshot: its entries and when the records were read; null when there is none (or unreadable). */
export async function loadTouchSnapshot(): Promise<{ entries: [string, InteractionTouch][]; takenAt: string } | null> {
  const stored = await derivedDb.snapshots.get(TOUCH_SNAPSHOT_ID);
  if (stored === undefined) return null;
  const entries = touchEntries(stored.data);
  return entries === null ? null : { entries, takenAt: stored.takenAt };
}

/** Stores the snapshot (replacing the last); does nothing when the entries cannot be stored. */
export async function saveTouchSnapshot(entries: readonly (readonly [string, InteractionTouch])[], takenAt: string): Promise<void> {
  const data = touchColumns(entries);
  if (data === null) {
    await derivedDb.snapshots.delete(TOUCH_SNAPSHOT_ID);
    return;
  }
  await derivedDb.snapshots.put({ id: TOUCH_SNAPSHOT_ID, takenAt, data });
}
