/**
 * What the palette shows: the name matches it finds at once (quick-search.ts,
 * no index needed) first among contacts and programs, then everything the
 * full-text index found, each group cut to a few rows.
 */
import type { SearchTarget } from '../quick-search';
import { recordPath } from '../../lib/record-links';
import { documentId, SEARCH_KINDS, type SearchKind } from './documents';
import { rangesOfPrefixes } from './highlight';
import type { SearchAnswer, SearchGroup, SearchHit } from './search-index';
import { searchTerms } from './terms';

/** Rows per group in the palette; the results page shows more. */
export const PALETTE_LIMITS: Record<SearchKind, number> = {
  contact: 5,
  program: 3,
  interaction: 3,
  event: 2,
  reminder: 2,
  template: 2,
  command: 3,
};

/** A name match as a hit, its matching words marked. */
export function hitOfTarget(target: SearchTarget, query: string): SearchHit {
  const kind = target.kind;
  return {
    id: documentId(kind, target.id),
    kind,
    recordId: target.id,
    title: { text: target.name, ranges: rangesOfPrefixes(target.name, searchTerms(query)) },
    detail: target.detail,
    excerpt: null,
    action: { type: 'go', to: recordPath(kind === 'contact' ? 'contacts' : 'programs', target.id) },
  };
}

/**
 * The groups to show, in {@link SEARCH_KINDS} order: name matches lead their group, index hits
 * follow without repeating them. `answer` may be missing (the index not yet asked) or for the
 * query of a keystroke ago (shown until the new one lands, so groups do not flicker).
 */
export function paletteGroups(
  nameMatches: readonly SearchTarget[],
  answer: SearchAnswer | undefined,
  query: string,
  limits: Record<SearchKind, number> = PALETTE_LIMITS,
): SearchGroup[] {
  const fromIndex = answer?.groups ?? [];
  return SEARCH_KINDS.flatMap((kind): SearchGroup[] => {
    const names = nameMatches.filter((t) => t.kind === kind).map((t) => hitOfTarget(t, query));
    const indexed = fromIndex.find((g) => g.kind === kind);
    const seen = new Set(names.map((h) => h.id));
    const hits = [...names, ...(indexed?.hits ?? []).filter((h) => !seen.has(h.id))].slice(0, limits[kind]);
    const total = Math.max(indexed?.total ?? 0, hits.length);
    return hits.length > 0 ? [{ kind, hits, total }] : [];
  });
}
