/**
 * The full-text search index, built once from the database and then kept
 * current from Dexie's change notices: after a write only the rows whose keys
 * it touched are read again and their documents replaced (as the blueprint's
 * table mirrors do, table-mirror.ts). Runs in the search worker; where there
 * is no Worker (tests under jsdom) in the page.
 *
 * The first build reads each table a page at a time and indexes each page as
 * it arrives, yielding every few milliseconds, so a search asked meanwhile is
 * answered at once from what is indexed so far. The index is then saved
 * (search-snapshot.ts); the next visit reads it back and catches up on what
 * changed since, instead of building it again.
 *
 * Meetings and reminders are only indexed: the documents a search shows are
 * read again from the database when it answers (a handful per search), which
 * keeps the index's memory and the saved copy to little more than the terms.
 */
import Dexie, { type ObservabilitySet, type Table } from 'dexie';
import {
  contactDocument,
  documentId,
  eventDocument,
  interactionDocument,
  programDocument,
  reminderDocument,
  templateDocument,
  type SearchDocument,
  type SearchKind,
  type SearchTable,
} from '../domain/search/documents';
import { kindOfDocument, recordIdOfDocument, SearchIndex, type SearchAnswer } from '../domain/search/search-index';
import { db } from './db';
import { forgetSearchSnapshot, loadSearchSnapshot, saveSearchSnapshot } from './search-snapshot';
import { getSettings } from './profile-settings';
import { changedKeyRanges, mergeKeyRanges, type KeyRange } from './table-mirror';
import { templatesWithEdits } from './templates';

/** Where the index stands; `version` grows with every change, so a shown answer knows it is stale. */
export interface SearchIndexStatus {
  ready: boolean;
  documents: number;
  /** How long the first build took, once it is done. */
  buildMs: number | null;
  /** Where the first build came from: every record, or the index saved on an earlier visit and brought up to date. */
  builtFrom: 'records' | 'saved' | null;
  version: number;
}

/** One table's reads, and how its rows become documents. */
interface Source {
  table: SearchTable;
  kind: SearchKind;
  /** Up to `limit` rows after `after` (from the first with null), in key order, as documents with their keys. */
  page: (after: string | null, limit: number) => Promise<{ id: string; doc: SearchDocument }[]>;
  /** The documents of these keys; undefined where the row is gone. */
  get: (ids: string[]) => Promise<(SearchDocument | undefined)[]>;
  between: (from: string, to: string) => Promise<SearchDocument[]>;
  /** Every key of the table. */
  keys: () => Promise<string[]>;
  /** The documents of rows edited at or after `time` (an ISO timestamp). */
  editedSince: (time: string) => Promise<SearchDocument[]>;
}

function source<T extends { id: string }, TInsert>(
  table: SearchTable,
  kind: SearchKind,
  rows: () => Table<T, string, TInsert>,
  toDocument: (row: T) => SearchDocument,
): Source {
  return {
    table,
    kind,
    page: async (after, limit) => {
      const found = await (after === null ? rows().orderBy(':id') : rows().where(':id').above(after)).limit(limit).toArray();
      return found.map((row) => ({ id: row.id, doc: toDocument(row) }));
    },
    get: async (ids) => (await rows().bulkGet(ids)).map((row) => (row ? toDocument(row) : undefined)),
    between: async (from, to) => (await rows().where(':id').between(from, to, true, true).toArray()).map(toDocument),
    keys: async () => (await rows().toCollection().primaryKeys()).map(String),
    editedSince: async (time) => (await rows().where('updatedAt').aboveOrEqual(time).toArray()).map(toDocument),
  };
}

// Contacts first: their names are what people look for most, and interactions' detail lines use them.
const SOURCES = [
  source('contacts', 'contact', () => db.contacts, contactDocument),
  source('programs', 'program', () => db.programs, programDocument),
  source('events', 'event', () => db.events, eventDocument),
  source('reminders', 'reminder', () => db.reminders, reminderDocument),
  source('interactions', 'interaction', () => db.interactions, interactionDocument),
];

const sourceOf = (kind: SearchKind) => SOURCES.find((s) => s.kind === kind);

/** Rows read per page of the first build: large enough to be quick, small enough that a save never waits long. */
const PAGE = 10_000;
/** The longest stretch of indexing between two chances for a search to be answered (ms). */
const SLICE_MS = 12;
/** After catching up on this many changed documents, the index is saved again. */
const SAVE_AFTER_CHANGES = 500;
/** With fewer changes than that, it is saved once nothing has changed for this long (ms). */
const SAVE_WHEN_IDLE_MS = 30_000;

/** The next task, without setTimeout's 4 ms floor for nested timers (a MessageChannel round trip). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** Documents read to show hits, kept until anything changes: typing a query out reads the same people again and again. */
const SHOWN_CACHE = 5000;

interface ShownCache {
  docs: Map<string, SearchDocument>;
  /** Grows with every change, so a read that overlapped one is not kept. */
  generation: number;
}

const forget = (shown: ShownCache) => {
  shown.docs.clear();
  shown.generation += 1;
};

/**
 * Meetings and reminders (nine in ten documents at 100,000 meetings) are only indexed, and read
 * again when shown. Contacts, programs and events are held: they are few, most searches show them,
 * and a meeting's detail line names its people. Commands and templates have no table to read from.
 */
const holds = (kind: SearchKind) => kind !== 'interaction' && kind !== 'reminder';

export interface LiveSearchIndex {
  /** Everything matching `query`, with the documents shown read from the database. */
  search: (query: string, perKind: number) => Promise<SearchAnswer>;
  status: () => SearchIndexStatus;
  stop: () => void;
}

/** The documents of these ids, with the people they name (for the detail line of a meeting or reminder). */
async function readDocuments(ids: readonly string[], shown: ShownCache): Promise<Map<string, SearchDocument>> {
  const found = new Map<string, SearchDocument>();
  const generation = shown.generation;
  for (const id of ids) {
    const doc = shown.docs.get(id);
    if (doc) found.set(id, doc);
  }
  const read = async (wanted: readonly string[]) => {
    const byKind = new Map<SearchKind, string[]>();
    for (const id of wanted) {
      if (found.has(id)) continue;
      const kind = kindOfDocument(id);
      byKind.set(kind, [...(byKind.get(kind) ?? []), recordIdOfDocument(id)]);
    }
    await Promise.all(
      [...byKind].map(async ([kind, recordIds]) => {
        const s = sourceOf(kind);
        if (!s) return;
        for (const doc of await s.get(recordIds)) if (doc) found.set(doc.id, doc);
      }),
    );
  };
  await read(ids);
  await read([...found.values()].flatMap((doc) => (doc.contactIds ?? []).map((id) => documentId('contact', id))));
  // Kept only when nothing changed while they were read.
  if (shown.generation !== generation) return found;
  if (shown.docs.size > SHOWN_CACHE) shown.docs.clear();
  for (const [id, doc] of found) shown.docs.set(id, doc);
  return found;
}

/**
 * Builds the index and keeps it current. `onStatus` hears of every change (the first build's
 * progress included); `onError` of a read that failed. `stop` stops watching.
 */
export function watchSearchIndex(onStatus: (status: SearchIndexStatus) => void, onError: (error: unknown) => void): LiveSearchIndex {
  let index = new SearchIndex({ holds });
  const pending: ObservabilitySet[] = [];
  const started = performance.now();
  let state: SearchIndexStatus = { ready: false, documents: index.size, buildMs: null, builtFrom: null, version: 0 };
  let running = false;
  let stopped = false;
  /** Documents changed since the index was last saved, and the timer that saves it when things are quiet. */
  let unsaved = 0;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;

  const shown: ShownCache = { docs: new Map(), generation: 0 };
  const report = (patch: Partial<SearchIndexStatus> = {}) => {
    forget(shown);
    state = { ...state, ...patch, documents: index.size, version: state.version + 1 };
    if (!stopped) onStatus(state);
  };

  /** Indexes the documents a few milliseconds at a time, so a search asked meanwhile waits for one slice at most. */
  async function putSliced(docs: readonly SearchDocument[]) {
    let sliceStart = performance.now();
    for (const doc of docs) {
      if (stopped) return;
      index.put(doc);
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
    unsaved += docs.length;
  }

  async function buildTable(s: Source) {
    let page = await s.page(null, PAGE);
    while (page.length > 0 && !stopped) {
      // The next page is read while this one is indexed: one read in flight at a time, never idle.
      const next = page.length < PAGE ? null : s.page(page[page.length - 1].id, PAGE);
      await putSliced(page.map((p) => p.doc));
      report();
      if (next === null) break;
      // Stopped meanwhile: the read still ends, and a failure of it (a closed database) is no one's concern.
      if (stopped) return void next.catch(() => {});
      page = await next;
    }
  }

  /** Brings a saved index up to date with one table: rows added or removed (by their keys) and rows edited since. */
  async function catchUpTable(s: Source, reads: Promise<[string[], SearchDocument[], (SearchDocument | undefined)[]]>) {
    const [keys, edited, staleDocs] = await reads;
    const present = new Set(keys);
    const gone = index.idsOf(s.kind, (recordId) => !present.has(recordId));
    for (const id of gone) index.remove(id);
    const indexed = index.recordIdsOf(s.kind);
    const added = keys.filter((key) => !indexed.has(key));
    const addedDocs = (await s.get(added)).filter((doc) => doc !== undefined);
    await putSliced([...edited, ...addedDocs, ...staleDocs.filter((doc) => doc !== undefined)]);
    unsaved += gone.length;
  }

  async function syncTable(s: Source, ranges: KeyRange[] | null) {
    if (ranges === null) {
      for (const id of index.idsOf(s.kind)) index.remove(id);
      await buildTable(s);
      return;
    }
    const single = ranges.filter((r) => r.from === r.to).map((r) => r.from);
    const spans = ranges.filter((r) => r.from !== r.to);
    const [found, ...spanDocs] = await Promise.all([s.get(single), ...spans.map((r) => s.between(r.from, r.to))]);
    single.forEach((id, i) => {
      const doc = found[i];
      if (doc) index.put(doc);
      else index.remove(documentId(s.kind, id));
    });
    spans.forEach((span, i) => {
      for (const id of index.idsOf(s.kind, (recordId) => recordId >= span.from && recordId <= span.to)) index.remove(id);
      for (const doc of spanDocs[i]) index.put(doc);
    });
    unsaved += single.length + spanDocs.reduce((n, docs) => n + docs.length, 0);
  }

  async function syncTemplates() {
    const entries = templatesWithEdits((await getSettings()).templates);
    const keep = new Set(entries.map((e) => documentId('template', e.template.id)));
    for (const id of index.idsOf('template')) if (!keep.has(id)) index.remove(id);
    for (const entry of entries) index.put(templateDocument(entry.template));
  }

  /** The first build: from the saved index when there is one that fits, from every record otherwise. */
  async function firstBuild(): Promise<'records' | 'saved'> {
    const snapshot = await loadSearchSnapshot().catch(() => null);
    if (snapshot !== null) {
      // What the catch-up reads is asked for first, so the database reads it while MiniSearch loads.
      const reads = SOURCES.map((s) => Promise.all([s.keys(), s.editedSince(snapshot.editedSince), s.get(snapshot.stale.get(s.table) ?? [])]));
      // A read left unawaited (stopped meanwhile) fails no one; an awaited one still throws to the catch-up.
      for (const read of reads) read.catch(() => {});
      try {
        index = new SearchIndex({ holds, saved: snapshot.saved });
      } catch {
        // A saved index MiniSearch cannot read is built again.
        await forgetSearchSnapshot().catch(() => {});
        return firstBuild();
      }
      await syncTemplates();
      for (const [i, s] of SOURCES.entries()) if (!stopped) await catchUpTable(s, reads[i]);
      return 'saved';
    }
    await syncTemplates();
    for (const s of SOURCES) if (!stopped) await buildTable(s);
    // Everything is unsaved: the index is saved as soon as the build is done.
    unsaved = Math.max(unsaved, SAVE_AFTER_CHANGES);
    return 'records';
  }

  async function save() {
    if (stopped || running || pending.length > 0) return;
    const count = unsaved;
    // Taken before the index is written out: an edit after this moment is caught up on next time.
    const savedAt = new Date();
    await saveSearchSnapshot(index.save(), savedAt);
    unsaved = Math.max(0, unsaved - count);
  }

  function planSave() {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    if (stopped || unsaved === 0) return;
    const run = () => void save().catch(() => {});
    // Saving blocks this thread for about a second at 100,000 meetings: after many changes at once, or when quiet.
    if (unsaved >= SAVE_AFTER_CHANGES) void nextTask().then(run);
    else saveTimer = setTimeout(run, SAVE_WHEN_IDLE_MS);
  }

  async function catchUp() {
    if (running || stopped) return;
    running = true;
    try {
      if (!state.ready) {
        const builtFrom = await firstBuild();
        if (stopped) return;
        // Writes made during the build are applied next, from their notices, like any other.
        report({ ready: true, buildMs: performance.now() - started, builtFrom });
      }
      while (!stopped && pending.length > 0) {
        const notices = pending.splice(0);
        let changed = false;
        for (const s of SOURCES) {
          const ranges = mergeKeyRanges(notices.map((parts) => changedKeyRanges(parts, db.name, s.table)));
          if (ranges !== null && ranges.length === 0) continue;
          await syncTable(s, ranges);
          changed = true;
        }
        if (notices.some((parts) => changedKeyRanges(parts, db.name, 'settings')?.length !== 0)) {
          await syncTemplates();
          changed = true;
        }
        if (changed) report();
      }
    } catch (error) {
      if (!stopped) onError(error);
    } finally {
      running = false;
      // A notice that came while the last step was being reported.
      if (!stopped && pending.length > 0) void catchUp();
      else if (state.ready) planSave();
    }
  }

  const onChange = (parts: ObservabilitySet) => {
    // A record shown may have changed: read again next time.
    forget(shown);
    pending.push(parts);
    void catchUp();
  };
  Dexie.on.storagemutated.subscribe(onChange);
  void catchUp();
  return {
    search: async (query, perKind) => {
      const searched = index;
      const plan = searched.plan(query, perKind);
      const documents = plan.needs.length > 0 ? await readDocuments(plan.needs, shown) : new Map<string, SearchDocument>();
      return searched.answer(plan, documents);
    },
    status: () => state,
    stop: () => {
      stopped = true;
      if (saveTimer !== null) clearTimeout(saveTimer);
      Dexie.on.storagemutated.unsubscribe(onChange);
    },
  };
}
