/**
 * An in-memory copy of a table, kept current from Dexie's change notices
 * instead of by reading the table again. Dexie reports, after each committed
 * write (in this context or, through a BroadcastChannel, in another), the
 * primary keys or key ranges it touched; a mirror re-reads just those.
 *
 * Why: the blueprint needs every interaction and reminder. Reading 100,000
 * interactions again after each save kept the database busy for about eight
 * seconds, and any save made meanwhile waited behind those reads.
 */
import type { ObservabilitySet, Table } from 'dexie';
import { PAGE_SIZE, readAllPaged } from './paged-read';

/** A range of primary keys, both ends included. */
export interface KeyRange {
  from: string;
  to: string;
}

/** A node of Dexie's RangeSet tree. Notices from another context arrive as plain clones, so only the fields are read. */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/**
 * The primary-key ranges of `table` that a change notice names: `[]` when it
 * does not touch the table, `null` when it may have touched any row (a clear,
 * an open range, or a notice this code does not understand): read it all again.
 */
export function changedKeyRanges(parts: ObservabilitySet, dbName: string, table: string): KeyRange[] | null {
  const prefix = `idb://${dbName}/`;
  for (const key of Object.keys(parts)) {
    // Anything not addressed to a table of some database (e.g. Dexie's "all" after a page comes back from the cache).
    if (!key.startsWith('idb://')) return null;
  }
  const node = (parts as Record<string, RangeNode | undefined>)[`${prefix}${table}/`];
  if (node === undefined) return [];
  const ranges: KeyRange[] = [];
  const walk = (n: RangeNode | null | undefined): boolean => {
    // An empty set has no `from`; a node without a left or right child may hold null there.
    if (n === null || n === undefined || !('from' in n)) return true;
    // Our keys are strings; anything else (Dexie's MIN_KEY/MAX_KEY of a clear or an open range) means "everything".
    if (typeof n.from !== 'string' || typeof n.to !== 'string') return false;
    ranges.push({ from: n.from, to: n.to });
    return walk(n.l) && walk(n.r);
  };
  return walk(node) ? ranges : null;
}

/** The union of what several notices name (`null` wins). */
export function mergeKeyRanges(lists: readonly (KeyRange[] | null)[]): KeyRange[] | null {
  const merged: KeyRange[] = [];
  for (const list of lists) {
    if (list === null) return null;
    merged.push(...list);
  }
  return merged;
}

export interface MirrorOptions<T> {
  /** Rows per read when reading the whole table (paged-read.ts). */
  pageSize?: number;
  /** Only rows this accepts are kept (a changed row it refuses leaves the mirror). */
  keep?: (row: T) => boolean;
  /** Reads every row `keep` may accept (e.g. by an index), instead of the whole table in pages. */
  readAll?: () => Promise<T[]>;
}

/**
 * A copy of one table in memory, each row kept as `toValue` makes it (e.g. only the fields a
 * computation reads); `sync` brings it up to date, `rows` reads it in primary-key order.
 */
export class MappedTableMirror<T extends { id: string }, V, TInsert = T> {
  private byId = new Map<string, V>();
  private loaded = false;
  /** False once a row was added out of key order; `rows` sorts again then. */
  private ordered = true;

  constructor(
    private readonly table: Table<T, string, TInsert>,
    private readonly toValue: (row: T) => V,
    private readonly options: MirrorOptions<T> = {},
  ) {}

  /** Whether the mirror holds the table (read whole, or seeded). */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Whether the mirror holds a row with this id. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Starts from values kept elsewhere (a snapshot), in primary-key order; `sync` then applies what changed since. */
  seed(entries: Iterable<readonly [string, V]>): void {
    this.byId = new Map(entries);
    this.loaded = true;
    this.ordered = true;
  }

  /**
   * Applies changed ranges (see {@link changedKeyRanges}): re-reads those rows, or the whole table for
   * `null` or on the first call. Returns whether anything was read.
   */
  async sync(ranges: readonly KeyRange[] | null): Promise<boolean> {
    if (ranges === null || !this.loaded) {
      const { keep, readAll } = this.options;
      const all = readAll ? await readAll() : await readAllPaged(this.table, this.options.pageSize ?? PAGE_SIZE);
      this.byId = new Map((keep ? all.filter(keep) : all).map((row) => [row.id, this.toValue(row)]));
      this.loaded = true;
      // A read by another index comes in that index's order.
      this.ordered = readAll === undefined;
      return true;
    }
    if (ranges.length === 0) return false;
    const single = ranges.filter((r) => r.from === r.to).map((r) => r.from);
    const spans = ranges.filter((r) => r.from !== r.to);
    const [found, ...spanRows] = await Promise.all([
      this.table.bulkGet(single),
      ...spans.map((r) => this.table.where(':id').between(r.from, r.to, true, true).toArray()),
    ]);
    single.forEach((id, i) => this.put(id, found[i]));
    spans.forEach((span, i) => {
      for (const id of [...this.byId.keys()]) if (id >= span.from && id <= span.to) this.byId.delete(id);
      for (const row of spanRows[i]) this.put(row.id, row);
    });
    return true;
  }

  /** Puts rows read elsewhere (e.g. those changed since a snapshot) into the mirror. */
  putRows(rows: readonly T[]): void {
    for (const row of rows) this.put(row.id, row);
  }

  /** Drops every row whose id is not in `ids` (e.g. rows deleted since a snapshot). Returns whether any went. */
  keepOnly(ids: ReadonlySet<string>): boolean {
    let dropped = false;
    for (const id of [...this.byId.keys()]) {
      if (ids.has(id)) continue;
      this.byId.delete(id);
      dropped = true;
    }
    return dropped;
  }

  /** Every row, in primary-key order (the order a read of the table gives). */
  rows(): V[] {
    this.sortIfNeeded();
    return [...this.byId.values()];
  }

  /** Every row with its id, in primary-key order. */
  entries(): [string, V][] {
    this.sortIfNeeded();
    return [...this.byId];
  }

  private sortIfNeeded(): void {
    if (this.ordered) return;
    this.byId = new Map([...this.byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    this.ordered = true;
  }

  private put(id: string, row: T | undefined): void {
    if (row === undefined || (this.options.keep !== undefined && !this.options.keep(row))) {
      this.byId.delete(id);
      return;
    }
    if (!this.byId.has(id)) this.ordered = false;
    this.byId.set(id, this.toValue(row));
  }
}

/** A copy of one table in memory, rows as they are stored. */
export class TableMirror<T extends { id: string }, TInsert = T> extends MappedTableMirror<T, T, TInsert> {
  constructor(table: Table<T, string, TInsert>, options: MirrorOptions<T> = {}) {
    super(table, (row) => row, options);
  }
}
