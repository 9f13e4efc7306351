/**
 * The full-text index over every search document, on MiniSearch: prefix and
 * typo tolerant, every query word required, titles weighing most. Documents
 * are put and removed one at a time, so the data layer keeps it current from
 * the keys each write touched instead of building it again.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { dayLabel } from '../../lib/dates';
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

export class SearchIndex {
  private readonly engine = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  private readonly documents = new Map<string, SearchDocument>();

  constructor() {
    this.putAll(commandDocuments());
  }

  /** Documents held, commands included. */
  get size(): number {
    return this.documents.size;
  }

  has(id: string): boolean {
    return this.documents.has(id);
  }

  /** Adds a document, or replaces the one with its id. */
  put(doc: SearchDocument): void {
    if (this.documents.has(doc.id)) this.engine.discard(doc.id);
    this.documents.set(doc.id, doc);
    this.engine.add(doc);
  }

  putAll(docs: readonly SearchDocument[]): void {
    for (const doc of docs) this.put(doc);
  }

  remove(id: string): void {
    if (!this.documents.has(id)) return;
    this.documents.delete(id);
    this.engine.discard(id);
  }

  /** The ids of the documents of `kind` whose record id passes `test` (for removing a range of keys). */
  idsOf(kind: SearchKind, test: (recordId: string) => boolean = () => true): string[] {
    const ids: string[] = [];
    for (const doc of this.documents.values()) if (doc.kind === kind && test(doc.recordId)) ids.push(doc.id);
    return ids;
  }

  /**
   * Everything matching `query`, grouped by kind, best first within a group; at most `perKind`
   * hits per group are prepared for showing (the counts still say how many matched).
   */
  search(query: string, perKind: number): SearchAnswer {
    const results = this.matches(query);
    const byKind = new Map<SearchKind, { hits: SearchHit[]; total: number }>();
    for (const result of results) {
      const doc = this.documents.get(String(result.id));
      if (!doc) continue;
      const group = byKind.get(doc.kind) ?? { hits: [], total: 0 };
      byKind.set(doc.kind, group);
      group.total += 1;
      if (group.hits.length < perKind) group.hits.push(this.hitOf(doc, result));
    }
    const groups = SEARCH_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({ kind, ...byKind.get(kind)! }));
    return { query, groups, total: results.length };
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

  private hitOf(doc: SearchDocument, result: SearchResult): SearchHit {
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
    const people = (doc.contactIds ?? []).map((id) => this.documents.get(`contact:${id}`)?.title).filter((name) => name !== undefined);
    const detail = [doc.day ? dayLabel(doc.day) : '', doc.detail, people.join(', ')].filter(Boolean).join(' · ');
    return { id: doc.id, kind: doc.kind, recordId: doc.recordId, title: { text: doc.title, ranges: titleRanges }, detail, excerpt: found, action: doc.action };
  }
}
