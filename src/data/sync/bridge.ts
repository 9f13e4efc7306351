/**
 * The bridge between a device's Dexie database (the source of truth) and its
 * local PouchDB copy of sealed documents, which PouchDB replicates with the
 * server. Nothing here speaks HTTP: replication is PouchDB's (sync-run.ts).
 *
 * Out: after a committed write (Dexie's change notices), the rows whose keys
 * it touched are read, and each one that differs from what was last synced
 * is sealed into its document. A row that is gone becomes a deletion.
 *
 * In: the local copy's changes feed, from a checkpoint. Each changed
 * document's versions are opened; when devices changed a record while apart
 * there are several, and `chooseWinner` picks the same one everywhere. The
 * others are deleted from the copy (so replication converges) and kept as
 * sealed conflict copies that every device stores for the user. The winners
 * of a batch are written to Dexie in one transaction.
 *
 * One operation at a time (a queue), so a send and a receive never race on
 * the same document.
 */
import Dexie, { type ObservabilitySet, type Table } from 'dexie';
import { chooseWinner, type RecordVersion } from '../../domain/sync/winner';
import type { ConflictCopy, RapportDb, SyncStateDb } from '../db';
import { changedKeyRanges, mergeKeyRanges, type KeyRange } from '../table-mirror';
import { seal, unseal, UnsealError, type SealedContent, type SealedDocument, type SyncKeys } from './sealing';

/** The tables that travel between devices: the records and the trash (so a deletion can be undone on either device). */
export const SYNCED_TABLES = ['contacts', 'programs', 'interactions', 'reminders', 'events', 'trash'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** The pseudo-table of conflict copies inside sealed documents. */
const CONFLICT_TABLE = '@conflict';
const BATCH = 500;

type Row = { id: string; updatedAt?: string; deletedAt?: string } & Record<string, unknown>;
type Stored = SealedDocument & { _rev?: string; _deleted?: boolean };

export interface SyncProblem {
  /** In the user's words. */
  message: string;
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let out = '';
  for (const byte of digest) out += byte.toString(16).padStart(2, '0');
  return out;
}

const hashOf = (record: Record<string, unknown> | null) => (record === null ? Promise.resolve('deleted') : sha256(JSON.stringify(record)));
const isSealed = (doc: unknown): doc is Stored =>
  typeof doc === 'object' && doc !== null && typeof (doc as Stored).ct === 'string' && typeof (doc as Stored).iv === 'string';

export interface SyncBridgeOptions {
  db: RapportDb;
  state: SyncStateDb;
  keys: SyncKeys;
  local: PouchDB.Database;
  now?: () => Date;
  /** A document that could not be opened (tampered with, or from a newer Rapport): skipped and reported. */
  onProblem?: (problem: SyncProblem) => void;
  /** After rows were written from other devices' changes (they keep those devices' `updatedAt`). */
  onApplied?: (table: SyncedTable, ids: string[]) => Promise<void>;
}

export class SyncBridge {
  private readonly db: RapportDb;
  private readonly state: SyncStateDb;
  private readonly keys: SyncKeys;
  private readonly local: PouchDB.Database;
  private readonly now: () => Date;
  private readonly onProblem: (problem: SyncProblem) => void;
  private readonly onApplied: (table: SyncedTable, ids: string[]) => Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  /** Hashes of rows being written from incoming documents: their change notices are not sent back. */
  private readonly applying = new Map<string, string>();

  constructor(options: SyncBridgeOptions) {
    this.db = options.db;
    this.state = options.state;
    this.keys = options.keys;
    this.local = options.local;
    this.now = options.now ?? (() => new Date());
    this.onProblem = options.onProblem ?? (() => {});
    this.onApplied = options.onApplied ?? (() => Promise.resolve());
  }

  private run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => {});
    return next;
  }

  private table(name: SyncedTable): Table<Row, string> {
    return this.db.table(name);
  }

  /** Seals every row that differs from what was last synced, in every table (turning sync on, or after a whole table changed). */
  sendAll(): Promise<number> {
    return this.run(async () => {
      let sent = 0;
      for (const name of SYNCED_TABLES) sent += await this.sendRows(name, null);
      return sent;
    });
  }

  /** Seals the rows a committed write touched (from its change notice). */
  sendChanges(parts: ObservabilitySet): Promise<number> {
    return this.run(async () => {
      let sent = 0;
      for (const name of SYNCED_TABLES) {
        const ranges = mergeKeyRanges([changedKeyRanges(parts, this.db.name, name)]);
        if (ranges !== null && ranges.length === 0) continue;
        sent += await this.sendRows(name, ranges);
      }
      return sent;
    });
  }

  /** Follows this database's committed writes until the returned function is called. */
  watch(): () => void {
    const onChange = (parts: ObservabilitySet) => void this.sendChanges(parts).catch((error: unknown) => this.onProblem({ message: messageOf(error) }));
    Dexie.on.storagemutated.subscribe(onChange);
    return () => Dexie.on.storagemutated.unsubscribe(onChange);
  }

  private async sendRows(name: SyncedTable, ranges: KeyRange[] | null): Promise<number> {
    const table = this.table(name);
    let pairs: [string, Row | undefined][];
    if (ranges === null) {
      const rows = await table.toArray();
      const present = new Set(rows.map((r) => r.id));
      const prefix = `${name}/`;
      const known = (await this.state.records.where('key').startsWith(prefix).primaryKeys()).map((key) => key.slice(prefix.length));
      pairs = [...rows.map((r): [string, Row] => [r.id, r]), ...known.filter((id) => !present.has(id)).map((id): [string, undefined] => [id, undefined])];
    } else {
      const single = ranges.filter((r) => r.from === r.to).map((r) => r.from);
      const spans = ranges.filter((r) => r.from !== r.to);
      const found = await table.bulkGet(single);
      pairs = single.map((id, i) => [id, found[i]]);
      for (const span of spans) {
        const rows = await table.where(':id').between(span.from, span.to, true, true).toArray();
        const present = new Set(rows.map((r) => r.id));
        const known = (await this.state.records.where('key').between(`${name}/${span.from}`, `${name}/${span.to}`, true, true).primaryKeys()).map((key) =>
          key.slice(name.length + 1),
        );
        pairs.push(...rows.map((r): [string, Row] => [r.id, r]), ...known.filter((id) => !present.has(id)).map((id): [string, undefined] => [id, undefined]));
      }
    }
    let sent = 0;
    for (let start = 0; start < pairs.length; start += BATCH) sent += await this.sendBatch(name, pairs.slice(start, start + BATCH));
    return sent;
  }

  private async sendBatch(name: SyncedTable, pairs: [string, Row | undefined][]): Promise<number> {
    const keys = pairs.map(([id]) => `${name}/${id}`);
    const states = await this.state.records.bulkGet(keys);
    const contents: SealedContent[] = [];
    const hashes: string[] = [];
    for (const [i, [id, row]] of pairs.entries()) {
      const before = states[i];
      if (row === undefined && before === undefined) continue;
      const hash = await hashOf(row ?? null);
      if (before?.hash === hash || this.applying.get(keys[i]) === hash) continue;
      contents.push({ table: name, id, record: row ?? null, changedAt: this.changedAt(row, before?.changedAt) });
      hashes.push(hash);
    }
    if (contents.length === 0) return 0;
    const sealed = await Promise.all(contents.map((content) => seal(this.keys, content)));
    const current = await this.local.allDocs({ keys: sealed.map((doc) => doc._id) });
    const revs = new Map(current.rows.flatMap((r) => ('value' in r && r.value && !r.value.deleted ? [[r.id, r.value.rev] as const] : [])));
    const results = await this.local.bulkDocs(sealed.map((doc) => ({ ...doc, ...(revs.has(doc._id) ? { _rev: revs.get(doc._id) } : {}) })));
    const failed = results.find((r) => 'error' in r && r.error);
    if (failed) throw new Error(`The sync copy on this device refused a change (${String((failed as PouchDB.Core.Error).message ?? (failed as PouchDB.Core.Error).name)}).`);
    await this.state.records.bulkPut(contents.map((content, i) => ({ key: `${content.table}/${content.id}`, hash: hashes[i], changedAt: content.changedAt })));
    return contents.length;
  }

  /**
   * When this version was written. A row's `updatedAt` when it is newer than what was synced; the
   * present moment for a deletion, and for a row whose `updatedAt` is not newer (a restore from the
   * trash keeps the record's old time, yet it is a change after the deletion). Always after the last
   * synced time, so the newest change wins even on a clock that runs behind.
   */
  private changedAt(row: Row | undefined, before: string | undefined): string {
    const stamp = row?.updatedAt ?? row?.deletedAt;
    if (row && stamp && (before === undefined || stamp > before)) return stamp;
    const now = this.now().toISOString();
    if (before === undefined || now > before) return now;
    return new Date(Date.parse(before) + 1).toISOString();
  }

  /** Applies what replication brought into the local copy since the last time. Returns how many records changed here. */
  receive(): Promise<number> {
    return this.run(async () => {
      let since = ((await this.state.meta.get('since'))?.value as string | number | undefined) ?? 0;
      let applied = 0;
      for (;;) {
        const feed = await this.local.changes({ since, limit: BATCH, style: 'all_docs' });
        if (feed.results.length === 0) break;
        applied += await this.receiveBatch([...new Set(feed.results.map((r) => r.id))]);
        since = feed.last_seq;
        await this.state.meta.put({ id: 'since', value: since });
      }
      return applied;
    });
  }

  private async receiveBatch(ids: string[]): Promise<number> {
    const winners: SealedContent[] = [];
    const copies: ConflictCopy[] = [];
    const resolutions: { _id: string; _rev: string; _deleted: true }[] = [];
    // The winning revisions in one read; only a document in conflict needs its other leaves read.
    const current = await this.local.allDocs({ keys: ids, include_docs: true, conflicts: true });
    for (const [i, id] of ids.entries()) {
      const row = current.rows[i] as { doc?: Stored & { _conflicts?: string[] } };
      if (!row.doc) continue;
      let docs: Stored[] = [row.doc];
      if (row.doc._conflicts?.length) {
        const leaves = (await this.local.get(id, { open_revs: 'all' })) as unknown as { ok?: Stored }[];
        docs = leaves.flatMap((leaf) => (leaf.ok && !leaf.ok._deleted ? [leaf.ok] : []));
      }
      docs = docs.filter(isSealed);
      if (docs.length === 0) continue;
      const versions: (RecordVersion & { content: SealedContent; rev: string })[] = [];
      for (const doc of docs) {
        try {
          const content = await unseal(this.keys, doc);
          versions.push({ changedAt: content.changedAt, record: content.record, content, rev: doc._rev! });
        } catch (error) {
          if (!(error instanceof UnsealError)) throw error;
          this.onProblem({ message: error.message });
        }
      }
      if (versions.length === 0) continue;
      const { winner, losers } = chooseWinner(versions);
      for (const loser of losers) {
        resolutions.push({ _id: id, _rev: loser.rev, _deleted: true });
        if (loser.record !== null && JSON.stringify(loser.record) !== JSON.stringify(winner.record)) {
          copies.push({
            id: `${loser.content.table}/${loser.content.id}/${loser.rev}`,
            table: loser.content.table,
            recordId: loser.content.id,
            record: loser.record,
            changedAt: loser.changedAt,
            lostTo: winner.changedAt,
          });
        }
      }
      if (winner.content.table === CONFLICT_TABLE) copies.push(winner.content.record as unknown as ConflictCopy);
      else if ((SYNCED_TABLES as readonly string[]).includes(winner.content.table)) winners.push(winner.content);
    }
    // Conflict copies travel as sealed documents of their own, so the device whose change lost keeps them too.
    const sealedCopies = await Promise.all(
      copies.map((copy) => seal(this.keys, { table: CONFLICT_TABLE, id: copy.id, record: copy as unknown as Record<string, unknown>, changedAt: copy.changedAt })),
    );
    const known = await this.local.allDocs({ keys: sealedCopies.map((d) => d._id) });
    const fresh = sealedCopies.filter((_, i) => !('value' in known.rows[i] && known.rows[i].value));
    if (resolutions.length > 0 || fresh.length > 0) await this.local.bulkDocs([...resolutions, ...fresh]);
    if (copies.length > 0) await this.state.conflicts.bulkPut(copies);
    return this.apply(winners);
  }

  /** Writes the winners to Dexie in one transaction, skipping rows that already hold them. */
  private async apply(winners: SealedContent[]): Promise<number> {
    if (winners.length === 0) return 0;
    const hashes = await Promise.all(winners.map((w) => hashOf(w.record)));
    const keys = winners.map((w) => `${w.table}/${w.id}`);
    keys.forEach((key, i) => this.applying.set(key, hashes[i]));
    try {
      const written = new Map<SyncedTable, string[]>();
      const changed = await this.db.transaction('rw', SYNCED_TABLES.map((name) => this.table(name)), async () => {
        let count = 0;
        for (const name of SYNCED_TABLES) {
          const mine = winners.filter((w) => w.table === name);
          if (mine.length === 0) continue;
          const table = this.table(name);
          const current = await table.bulkGet(mine.map((w) => w.id));
          const puts: Row[] = [];
          const deletes: string[] = [];
          for (const [i, w] of mine.entries()) {
            const now = current[i] ?? null;
            if (JSON.stringify(now) === JSON.stringify(w.record)) continue;
            if (w.record === null) deletes.push(w.id);
            else puts.push(w.record as Row);
          }
          if (puts.length > 0) await table.bulkPut(puts);
          if (deletes.length > 0) await table.bulkDelete(deletes);
          written.set(name, [...puts.map((row) => row.id), ...deletes]);
          count += puts.length + deletes.length;
        }
        return count;
      });
      await this.state.records.bulkPut(winners.map((w, i) => ({ key: keys[i], hash: hashes[i], changedAt: w.changedAt })));
      for (const [name, ids] of written) await this.onApplied(name, ids);
      return changed;
    } finally {
      // The change notices of this transaction have been delivered by now (Dexie sends them on commit).
      setTimeout(() => keys.forEach((key, i) => this.applying.get(key) === hashes[i] && this.applying.delete(key)), 1000);
    }
  }

  /** Versions of a record that lost to a change from another device, newest first. */
  async conflictsOf(table: string, recordId: string): Promise<ConflictCopy[]> {
    const copies = await this.state.conflicts.where('[table+recordId]').equals([table, recordId]).toArray();
    return copies.sort((a, b) => (a.changedAt < b.changedAt ? 1 : -1));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
