/**
 * The full-text search index, built once from the database and then kept
 * current from Dexie's change notices: after a write only the rows whose keys
 * it touched are read again and their documents replaced (as the blueprint's
 * table mirrors do, table-mirror.ts). Runs in the search worker; where there
 * is no Worker (tests under jsdom) in the page.
 *
 * The first build reads each table a page at a time and indexes each page as
 * it arrives, yielding between pages, so a search asked meanwhile is answered
 * at once from what is indexed so far.
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
import { SearchIndex } from '../domain/search/search-index';
import { db } from './db';
import { getSettings } from './profile-settings';
import { changedKeyRanges, mergeKeyRanges, type KeyRange } from './table-mirror';
import { templatesWithEdits } from './templates';

/** Where the index stands; `version` grows with every change, so a shown answer knows it is stale. */
export interface SearchIndexStatus {
  ready: boolean;
  documents: number;
  /** How long the first build took, once it is done. */
  buildMs: number | null;
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

/** Rows read per page of the first build: large enough to be quick, small enough that a save never waits long. */
const PAGE = 10_000;
const SLICE = 1000;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface LiveSearchIndex {
  index: SearchIndex;
  status: () => SearchIndexStatus;
  stop: () => void;
}

/**
 * Builds the index and keeps it current. `onStatus` hears of every change (the first build's
 * progress included); `onError` of a read that failed. `stop` stops watching.
 */
export function watchSearchIndex(onStatus: (status: SearchIndexStatus) => void, onError: (error: unknown) => void): LiveSearchIndex {
  const index = new SearchIndex();
  const pending: ObservabilitySet[] = [];
  const started = performance.now();
  let state: SearchIndexStatus = { ready: false, documents: index.size, buildMs: null, version: 0 };
  let running = false;
  let stopped = false;

  const report = (patch: Partial<SearchIndexStatus> = {}) => {
    state = { ...state, ...patch, documents: index.size, version: state.version + 1 };
    if (!stopped) onStatus(state);
  };

  async function buildTable(s: Source) {
    let page = await s.page(null, PAGE);
    while (page.length > 0 && !stopped) {
      // The next page is read while this one is indexed: one read in flight at a time, never idle.
      const next = page.length < PAGE ? null : s.page(page[page.length - 1].id, PAGE);
      // Indexed in slices with a pause between, so a search asked meanwhile waits for one slice at most.
      for (let i = 0; i < page.length && !stopped; i += SLICE) {
        for (const { doc } of page.slice(i, i + SLICE)) index.put(doc);
        await nextTask();
      }
      report();
      if (next === null) break;
      // Stopped meanwhile: the read still ends, and a failure of it (a closed database) is no one's concern.
      if (stopped) return void next.catch(() => {});
      page = await next;
    }
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
  }

  async function syncTemplates() {
    const entries = templatesWithEdits((await getSettings()).templates);
    const keep = new Set(entries.map((e) => documentId('template', e.template.id)));
    for (const id of index.idsOf('template')) if (!keep.has(id)) index.remove(id);
    for (const entry of entries) index.put(templateDocument(entry.template));
  }

  async function catchUp() {
    if (running || stopped) return;
    running = true;
    try {
      if (!state.ready) {
        await syncTemplates();
        for (const s of SOURCES) {
          if (stopped) return;
          await buildTable(s);
        }
        // Writes made during the build are applied next, from their notices, like any other.
        report({ ready: true, buildMs: performance.now() - started });
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
    }
  }

  const onChange = (parts: ObservabilitySet) => {
    pending.push(parts);
    void catchUp();
  };
  Dexie.on.storagemutated.subscribe(onChange);
  void catchUp();
  return {
    index,
    status: () => state,
    stop: () => {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(onChange);
    },
  };
}
