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
import type { ObservabilitySet, Table } from 'dexie';
import { beats, chooseWinner, versionText, type RecordVersion } from '../../domain/sync/winner';
import type { ConflictCopy, RapportDb, SyncedRecordState, SyncStateDb } from '../db';
import { changedKeyRanges, mergeKeyRanges, type KeyRange } from '../table-mirror';
import {
  BATCH,
  CONFLICT_TABLE,
  copyOf,
  hashOf,
  isSealed,
  SYNCED_TABLES,
  type Incoming,
  type Row,
  type Stored,
  type SyncedTable,
  type SyncProblem,
  type Version,
} from './bridge-parts';
import { conflictCopiesIn } from './conflicts';
import { seal, unseal, UnsealError, type SealedContent, type SyncKeys } from './sealing';

export { SYNCED_TABLES, type SyncedTable, type SyncProblem } from './bridge-parts';

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

  /** Resolves when the operations asked for so far have ended. */
  idle(): Promise<void> {
    return this.queue.then(() => {});
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

  /**
   * Seals the rows that differ from what was last synced and writes each on top of the revision that
   * held that version. When the copy holds a newer revision (replication brought another device's
   * change that is not applied yet), or the write meets one (409), the document is received first:
   * the two versions meet in `receiveIds`, and the row is sent again only if it still wins.
   */
  private async sendBatch(name: SyncedTable, pairs: [string, Row | undefined][], attempt = 0): Promise<number> {
    const keys = pairs.map(([id]) => `${name}/${id}`);
    const states = await this.state.records.bulkGet(keys);
    const contents: SealedContent[] = [];
    const hashes: string[] = [];
    const bases: (string | undefined)[] = [];
    for (const [i, [id, row]] of pairs.entries()) {
      const before = states[i];
      if (row === undefined && before === undefined) continue;
      const hash = await hashOf(row ?? null);
      if (before?.hash === hash || this.applying.get(keys[i]) === hash) continue;
      contents.push({ table: name, id, record: row ?? null, changedAt: this.changedAt(row, before?.changedAt) });
      hashes.push(hash);
      bases.push(before?.rev);
    }
    if (contents.length === 0) return 0;
    const sealed = await Promise.all(contents.map((content) => seal(this.keys, content)));
    const current = await this.local.allDocs({ keys: sealed.map((doc) => doc._id) });
    const heads = current.rows.map((r) => ('value' in r && r.value && !r.value.deleted ? r.value.rev : undefined));
    const writes: number[] = [];
    const behind: number[] = [];
    sealed.forEach((_, i) => (heads[i] === bases[i] ? writes : behind).push(i));
    const results = writes.length > 0 ? await this.local.bulkDocs(writes.map((i) => ({ ...sealed[i], ...(bases[i] ? { _rev: bases[i] } : {}) }))) : [];
    const done: SyncedRecordState[] = [];
    results.forEach((result, k) => {
      const i = writes[k];
      if ('ok' in result && result.ok) done.push({ key: `${name}/${contents[i].id}`, hash: hashes[i], changedAt: contents[i].changedAt, rev: result.rev });
      else if ((result as PouchDB.Core.Error).status === 409) behind.push(i);
      else throw new Error(`The sync copy on this device refused a change (${String((result as PouchDB.Core.Error).message ?? (result as PouchDB.Core.Error).name)}).`);
    });
    if (done.length > 0) await this.state.records.bulkPut(done);
    if (behind.length === 0) return done.length;
    if (attempt >= 3) throw new Error('Sync could not settle a record that keeps changing on another device; it will try again.');
    // Meet the newer revision first, then send again what still differs.
    await this.receiveIds(behind.map((i) => sealed[i]._id), attempt + 1);
    const again = behind.map((i) => pairs.find(([id]) => id === contents[i].id)!).map(([id]): [string, Row | undefined] => [id, undefined]);
    const rows = await this.table(name).bulkGet(again.map(([id]) => id));
    return done.length + (await this.sendBatch(name, again.map(([id], i) => [id, rows[i]]), attempt + 1));
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
        applied += await this.receiveIds([...new Set(feed.results.map((r) => r.id))]);
        since = feed.last_seq;
        await this.state.meta.put({ id: 'since', value: since });
      }
      return applied;
    });
  }

  /** The versions of these documents in the copy, met with this device's rows. */
  private async receiveIds(ids: string[], attempt = 0): Promise<number> {
    const incoming: Incoming[] = [];
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
      const versions: Version[] = [];
      for (const doc of docs.filter(isSealed)) {
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
        if (loser.record !== null && versionText(loser) !== versionText(winner)) copies.push(copyOf(loser.content, loser.rev, winner.changedAt));
      }
      if (winner.content.table === CONFLICT_TABLE) copies.push(winner.content.record as unknown as ConflictCopy);
      else if ((SYNCED_TABLES as readonly string[]).includes(winner.content.table)) incoming.push({ ...winner, docId: id });
    }
    if (resolutions.length > 0) await this.local.bulkDocs(resolutions);
    const { applied, kept } = await this.meet(incoming, copies);
    // Conflict copies travel as sealed documents of their own, so the device whose change lost keeps them too.
    await this.keepCopies(copies);
    // Rows of this device that won over what came in: sent on top of it.
    for (const name of SYNCED_TABLES) {
      const mine = kept.filter((k) => k.table === name);
      if (mine.length === 0) continue;
      const rows = await this.table(name).bulkGet(mine.map((k) => k.id));
      await this.sendBatch(name, mine.map((k, j) => [k.id, rows[j]]), attempt + 1);
    }
    return applied;
  }

  private async keepCopies(copies: ConflictCopy[]) {
    if (copies.length === 0) return;
    const sealedCopies = await Promise.all(
      copies.map((copy) => seal(this.keys, { table: CONFLICT_TABLE, id: copy.id, record: copy as unknown as Record<string, unknown>, changedAt: copy.changedAt })),
    );
    const known = await this.local.allDocs({ keys: sealedCopies.map((d) => d._id) });
    const fresh = sealedCopies.filter((_, i) => !('value' in known.rows[i] && known.rows[i].value));
    if (fresh.length > 0) await this.local.bulkDocs(fresh);
    await this.state.conflicts.bulkPut(copies);
  }

  /**
   * Meets what came in with this device's rows, in one Dexie transaction. A row changed here and not
   * sent yet is a version too: the newer of the two wins, and the other is kept as a copy. What came
   * in older than what this device already synced (a server replaying an old document) is refused.
   */
  private async meet(incoming: Incoming[], copies: ConflictCopy[]): Promise<{ applied: number; kept: { table: SyncedTable; id: string }[] }> {
    if (incoming.length === 0) return { applied: 0, kept: [] };
    const keys = incoming.map((w) => `${w.content.table}/${w.content.id}`);
    const hashes = await Promise.all(incoming.map((w) => hashOf(w.record)));
    const states = await this.state.records.bulkGet(keys);
    // The rows as they are now, and their hashes, read before the transaction (hashing cannot run inside it).
    const before = new Map<string, { json: string; hash: string; row: Row | undefined }>();
    for (const name of SYNCED_TABLES) {
      const mine = incoming.filter((w) => w.content.table === name);
      if (mine.length === 0) continue;
      const rows = await this.table(name).bulkGet(mine.map((w) => w.content.id));
      for (const [j, w] of mine.entries()) before.set(`${name}/${w.content.id}`, { json: JSON.stringify(rows[j] ?? null), hash: await hashOf(rows[j] ?? null), row: rows[j] });
    }
    const plans = incoming.map((w, i) => {
      const key = keys[i];
      const synced = states[i];
      const now = before.get(key)!;
      const unsent = synced ? now.hash !== synced.hash : now.row !== undefined;
      if (!unsent && now.hash === hashes[i]) return { type: 'same' as const };
      if (synced && !unsent && Date.parse(w.changedAt) < Date.parse(synced.changedAt)) return { type: 'older' as const };
      if (unsent) {
        const local: RecordVersion = { changedAt: this.changedAt(now.row, synced?.changedAt), record: now.row ?? null };
        if (versionText(local) === versionText(w)) return { type: 'same' as const };
        if (beats(local, w)) return { type: 'keep' as const, local, json: now.json };
        return { type: 'apply' as const, local, json: now.json };
      }
      return { type: 'apply' as const, local: null, json: now.json };
    });
    // Written down before the rows change, so a search index that loads meanwhile reads them again.
    const applyIds = new Map<SyncedTable, string[]>();
    plans.forEach((plan, i) => {
      if (plan.type !== 'apply') return;
      const name = incoming[i].content.table as SyncedTable;
      applyIds.set(name, [...(applyIds.get(name) ?? []), incoming[i].content.id]);
    });
    for (const [name, ids] of applyIds) await this.onApplied(name, ids);
    keys.forEach((key, i) => plans[i].type === 'apply' && this.applying.set(key, hashes[i]));
    const skipped = new Set<number>();
    try {
      const applied = await this.db.transaction('rw', SYNCED_TABLES.map((name) => this.table(name)), async () => {
        let count = 0;
        for (const name of SYNCED_TABLES) {
          const indexes = plans.flatMap((plan, i) => (plan.type === 'apply' && incoming[i].content.table === name ? [i] : []));
          if (indexes.length === 0) continue;
          const table = this.table(name);
          const rows = await table.bulkGet(indexes.map((i) => incoming[i].content.id));
          const puts: Row[] = [];
          const deletes: string[] = [];
          indexes.forEach((i, j) => {
            // Changed here since it was read: met again on the next round, not overwritten.
            if (JSON.stringify(rows[j] ?? null) !== (plans[i] as { json: string }).json) return void skipped.add(i);
            if (incoming[i].record === null) deletes.push(incoming[i].content.id);
            else puts.push(incoming[i].record as Row);
          });
          if (puts.length > 0) await table.bulkPut(puts);
          if (deletes.length > 0) await table.bulkDelete(deletes);
          count += puts.length + deletes.length;
        }
        return count;
      });
      const bookkeeping: SyncedRecordState[] = [];
      const kept: { table: SyncedTable; id: string }[] = [];
      plans.forEach((plan, i) => {
        const w = incoming[i];
        if (skipped.has(i)) return;
        if (plan.type === 'same' || plan.type === 'apply') bookkeeping.push({ key: keys[i], hash: hashes[i], changedAt: w.changedAt, rev: w.rev });
        if (plan.type === 'apply' && plan.local && plan.local.record !== null) copies.push(copyOf({ table: w.content.table, id: w.content.id, record: plan.local.record, changedAt: plan.local.changedAt }, `local-${Date.parse(plan.local.changedAt)}`, w.changedAt));
        if (plan.type === 'keep') {
          // This device's version won: it goes up on top of what came in, which is kept as a copy.
          if (w.record !== null) copies.push(copyOf(w.content, w.rev, plan.local.changedAt));
          bookkeeping.push({ key: keys[i], hash: states[i]?.hash ?? 'unsent', changedAt: states[i]?.changedAt ?? w.changedAt, rev: w.rev });
          kept.push({ table: w.content.table as SyncedTable, id: w.content.id });
        }
        if (plan.type === 'older') {
          this.onProblem({ message: 'An older version of a record came back from the server and was refused; this device sends its own again.' });
          bookkeeping.push({ key: keys[i], hash: 'resend', changedAt: states[i]!.changedAt, rev: w.rev });
          kept.push({ table: w.content.table as SyncedTable, id: w.content.id });
        }
      });
      if (bookkeeping.length > 0) await this.state.records.bulkPut(bookkeeping);
      return { applied, kept };
    } finally {
      // The change notices of this transaction have been delivered by now (Dexie sends them on commit).
      setTimeout(() => keys.forEach((key, i) => this.applying.get(key) === hashes[i] && this.applying.delete(key)), 1000);
    }
  }

  /** Versions of a record that lost to a change from another device, newest first. */
  conflictsOf(table: string, recordId: string): Promise<ConflictCopy[]> {
    return conflictCopiesIn(this.state, table, recordId);
  }
}
