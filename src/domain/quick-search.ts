/** Ranking for the search palette: find a contact or program by name in a few keystrokes. */

export interface SearchTarget {
  kind: 'contact' | 'program';
  id: string;
  name: string;
  /** Shown under the name and searched too (institution, place). */
  detail: string;
}

/**
 * How well `target` matches the lowercased `words`: 0 name starts with the
 * query, 1 a name word starts with it, 2 the name contains every word, 3 only
 * name and detail together contain every word; null when it does not match.
 */
export function matchRank(target: SearchTarget, words: readonly string[], phrase: string): number | null {
  const name = target.name.toLowerCase();
  if (name.startsWith(phrase)) return 0;
  if (name.split(/[\s.,'()-]+/).some((w) => w.startsWith(phrase))) return 1;
  if (words.every((w) => name.includes(w))) return 2;
  const all = `${name} ${target.detail.toLowerCase()}`;
  return words.every((w) => all.includes(w)) ? 3 : null;
}

/**
 * The best `limit` targets for a query, best first (ties by name). An empty
 * query matches nothing: the palette shows a hint instead of everyone.
 */
export function rankSearchTargets(targets: readonly SearchTarget[], query: string, limit: number): SearchTarget[] {
  const phrase = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const ranked: { target: SearchTarget; rank: number }[] = [];
  for (const target of targets) {
    const rank = matchRank(target, words, phrase);
    if (rank !== null) ranked.push({ target, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.target.name.localeCompare(b.target.name));
  return ranked.slice(0, limit).map((r) => r.target);
}
