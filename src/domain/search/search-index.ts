/**
 * The full-text index over every search document, on MiniSearch: prefix and
 * typo tolerant, every query word required, titles weighing most. Documents
 * are put and removed one at a time, so the data layer keeps it current from
 * the keys each write touched instead of building it again.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { dayLabel } from '../../lib/date-format';
import { commandDocuments } from './commands';
import { SEARCH_KINDS, type SearchAction, type SearchDocument, type SearchKind } from './documents';
import { excerpt, rangesOfTerms, type MarkedText } from './highlight';
import { searchTerms } from './terms';

/** One result as shown: the title with its matching words marked, a detail line and an excerpt of the text that matched. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  recordId: string;
  title: MarkedText;
  detail: string;
  /** Where the words were found, when not (only) in the title: "Next step: …". */
  excerpt: (MarkedText & { label: string }) | null;
  action: SearchAction;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** How many documents of this kind matched (more than `hits` when cut). */
  total: number;
}

export interface SearchAnswer {
  query: string;
  /** Only kinds with a match, in {@link SEARCH_KINDS} order. */
  groups: SearchGroup[];
  total: number;
}

const keepTerm = (term: string) => term || null;

/**
 * The MiniSearch options. Prefix from two letters ("em" → embolization); one typo forgiven from five
 * letters ("radiolgy", "embolizaton"; two edits cost four times as much at 100,000 meetings and found
 * mostly noise), and only when the words as typed find little (see `matches`); every word must match
 * (AND), as in the contact list's own search; a title match weighs four times a note's.
 */
export const SEARCH_OPTIONS = {
  fields: ['title', 'keywords', 'detail', 'text'],
  idField: 'id',
  extractField: (doc: SearchDocument, field: string): string => {
    if (field === 'text') return doc.sections.map((s) => s.text).join('\n');
    if (field === 'id' || field === 'title' || field === 'keywords' || field === 'detail') return doc[field];
    return '';
  },
  tokenize: searchTerms,
  processTerm: keepTerm,
  searchOptions: {
    tokenize: searchTerms,
    processTerm: keepTerm,
    prefix: (term: string) => term.length >= 2,
    fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
    combineWith: 'AND',
    boost: { title: 4, keywords: 2, detail: 1.5, text: 1 },
    weights: { fuzzy: 0.3, prefix: 0.6 },
  },
} satisfies Options<SearchDocument>;

/** Fewer matches than this, and a search tries again forgiving typos. */
const FEW = 3;

/** The part of a search that needs no document text: which documents matched, grouped, best first. */
export interface SearchPlan {
  query: string;
  groups: { kind: SearchKind; results: SearchResult[]; total: number }[];
  total: number;
  /** Documents the answer shows that the index does not hold: the hits, and the people of those hits. */
  needs: string[];
}

/** The index as saved between visits: MiniSearch's own JSON and the ids of the documents it holds. */
export interface SavedSearchIndex {
  engine: string;
  ids: string[];
  /** The documents the index holds in memory (see `holds`), commands and templates aside. */
  held?: SearchDocument[];
}

export interface SearchIndexOptions {
  /**
   * Which kinds of document the index holds in memory, to show as hits. The others are only
   * indexed, and their documents are read again when shown (a plan's `needs`): at 100,000
   * meetings the texts would double the worker's memory and the saved index. All, by default.
   */
  holds?: (kind: SearchKind) => boolean;
  saved?: SavedSearchIndex;
}

export const kindOfDocument = (id: string) => id.slice(0, id.indexOf(':')) as SearchKind;
export const recordIdOfDocument = (id: string) => id.slice(id.indexOf(':') + 1);

export class SearchIndex {
  private readonly engine: MiniSearch<SearchDocument>;
  /** The record ids of the documents held, by kind. */
  private readonly records = new Map<SearchKind, Set<string>>(SEARCH_KINDS.map((kind) => [kind, new Set<string>()]));
  private readonly held = new Map<string, SearchDocument>();
  private readonly holds: (kind: SearchKind) => boolean;

  constructor(options: SearchIndexOptions = {}) {
    this.holds = options.holds ?? (() => true);
    this.engine = options.saved ? MiniSearch.loadJSON(options.saved.engine, SEARCH_OPTIONS) : new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
    for (const id of options.saved?.ids ?? []) this.records.get(kindOfDocument(id))?.add(recordIdOfDocument(id));
    for (const doc of options.saved?.held ?? []) if (this.holds(doc.kind)) this.held.set(doc.id, doc);
    this.putAll(commandDocuments());
  }

  /** Documents indexed, commands included. */
  get size(): number {
    let size = 0;
    for (const ids of this.records.values()) size += ids.size;
    return size;
  }

  has(id: string): boolean {
    return this.records.get(kindOfDocument(id))?.has(recordIdOfDocument(id)) ?? false;
  }

  /** Adds a document, or replaces the one with its id. */
  put(doc: SearchDocument): void {
    const ids = this.records.get(doc.kind)!;
    if (ids.has(doc.recordId)) this.engine.discard(doc.id);
    ids.add(doc.recordId);
    if (this.holds(doc.kind)) this.held.set(doc.id, doc);
    this.engine.add(doc);
  }

  putAll(docs: readonly SearchDocument[]): void {
    for (const doc of docs) this.put(doc);
  }

  remove(id: string): void {
    const ids = this.records.get(kindOfDocument(id));
    const recordId = recordIdOfDocument(id);
    if (!ids?.has(recordId)) return;
    ids.delete(recordId);
    this.held.delete(id);
    this.engine.discard(id);
  }

  /** The record ids of the documents of `kind`. */
  recordIdsOf(kind: SearchKind): ReadonlySet<string> {
    return this.records.get(kind)!;
  }

  /** The ids of the documents of `kind` whose record id passes `test` (for removing a range of keys). */
  idsOf(kind: SearchKind, test: (recordId: string) => boolean = () => true): string[] {
    const found: string[] = [];
    for (const recordId of this.records.get(kind)!) if (test(recordId)) found.push(`${kind}:${recordId}`);
    return found;
  }

  /** The index to save; {@link SearchIndexOptions.saved} brings it back. Only the kinds held must be put again. */
  save(): SavedSearchIndex {
    return {
      engine: JSON.stringify(this.engine),
      ids: [...this.records].flatMap(([kind, ids]) => [...ids].map((id) => `${kind}:${id}`)),
      held: [...this.held.values()].filter((doc) => doc.kind !== 'command' && doc.kind !== 'template'),
    };
  }

  /**
   * Everything matching `query`, grouped by kind, best first within a group; at most `perKind`
   * hits per group are prepared for showing (the counts still say how many matched).
   */
  search(query: string, perKind: number): SearchAnswer {
    return this.answer(this.plan(query, perKind), new Map());
  }

  /** The first half of {@link search}: what matched, and which documents showing it needs. */
  plan(query: string, perKind: number): SearchPlan {
    const results = this.matches(query);
    const byKind = new Map<SearchKind, { results: SearchResult[]; total: number }>();
    const needs: string[] = [];
    for (const result of results) {
      const id = String(result.id);
      const kind = kindOfDocument(id);
      const group = byKind.get(kind) ?? { results: [], total: 0 };
      byKind.set(kind, group);
      group.total += 1;
      if (group.results.length >= perKind) continue;
      group.results.push(result);
      const doc = this.held.get(id);
      if (!doc) needs.push(id);
      else for (const contactId of doc.contactIds ?? []) if (!this.held.has(`contact:${contactId}`)) needs.push(`contact:${contactId}`);
    }
    const groups = SEARCH_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({ kind, ...byKind.get(kind)! }));
    return { query, groups, total: results.length, needs };
  }

  /**
   * The second half: the hits, from the documents held and those read for the plan (with the people
   * they name). A document gone meanwhile is left out.
   */
  answer(plan: SearchPlan, documents: ReadonlyMap<string, SearchDocument>): SearchAnswer {
    const docOf = (id: string) => this.held.get(id) ?? documents.get(id);
    const groups = plan.groups.map(({ kind, results, total }) => ({
      kind,
      total,
      hits: results.flatMap((result) => {
        const doc = docOf(String(result.id));
        return doc ? [this.hitOf(doc, result, docOf)] : [];
      }),
    }));
    return { query: plan.query, groups, total: plan.total };
  }

  /**
   * Words as typed (with prefixes) first; typos are forgiven only when that finds little. Forgiving
   * them always let "casey" match "case" in every meeting's summary: ten times the work, and noise.
   */
  private matches(query: string): SearchResult[] {
    if (searchTerms(query).length === 0) return [];
    const exact = this.engine.search(query, { fuzzy: false });
    if (exact.length >= FEW) return exact;
    const forgiving = this.engine.search(query);
    return forgiving.length > exact.length ? forgiving : exact;
  }

  private hitOf(doc: SearchDocument, result: SearchResult, docOf: (id: string) => SearchDocument | undefined): SearchHit {
    const terms = new Set(result.terms);
    const titleRanges = rangesOfTerms(doc.title, terms);
    let found: SearchHit['excerpt'] = null;
    for (const section of doc.sections) {
      // A section that repeats the detail line (a contact's institution) adds nothing when the title matched.
      if (titleRanges.length > 0 && doc.detail.includes(section.text)) continue;
      const ranges = rangesOfTerms(section.text, terms);
      if (ranges.length > 0) {
        found = { label: section.label, ...excerpt(section.text, ranges) };
        break;
      }
    }
    const people = (doc.contactIds ?? []).map((id) => docOf(`contact:${id}`)?.title).filter((name) => name !== undefined);
    const detail = [doc.day ? dayLabel(doc.day) : '', doc.detail, people.join(', ')].filter(Boolean).join(' · ');
    return { id: doc.id, kind: doc.kind, recordId: doc.recordId, title: { text: doc.title, ranges: titleRanges }, detail, excerpt: found, action: doc.action };
  }
}
