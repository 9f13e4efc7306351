/**
 * Which parts of a shown text to mark as matching, as plain offsets: the UI
 * wraps them in <mark> as text nodes, never as HTML.
 */
import { termSpans } from './terms';

/** A half-open range of UTF-16 offsets in a shown text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A shown text and the ranges of it that matched. */
export interface MarkedText {
  text: string;
  ranges: TextRange[];
}

/** The ranges of the words of `text` whose term is one of `terms` (terms as the index holds them). */
export function rangesOfTerms(text: string, terms: ReadonlySet<string>): TextRange[] {
  return termSpans(text)
    .filter((s) => terms.has(s.term))
    .map(({ start, end }) => ({ start, end }));
}

/** The ranges of the words of `text` that start with one of `prefixes` (folded query terms). */
export function rangesOfPrefixes(text: string, prefixes: readonly string[]): TextRange[] {
  if (prefixes.length === 0) return [];
  return termSpans(text)
    .filter((s) => prefixes.some((p) => s.term.startsWith(p)))
    .map(({ start, end }) => ({ start, end }));
}

const BEFORE = 50;
const AFTER = 110;

/**
 * A window of `text` around its first range, with "…" where it was cut and
 * the ranges moved to match.
 */
export function excerpt(text: string, ranges: readonly TextRange[]): MarkedText {
  const first = ranges[0];
  if (!first) return { text: text.length > BEFORE + AFTER ? `${text.slice(0, BEFORE + AFTER).trimEnd()}…` : text, ranges: [] };
  let from = Math.max(0, first.start - BEFORE);
  let to = Math.min(text.length, first.start + AFTER);
  // Cut at a space, so no word is shown in half.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < first.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > first.end) to = space;
  }
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const shift = lead.length - from;
  return {
    text: `${lead}${text.slice(from, to)}${tail}`,
    ranges: ranges.filter((r) => r.start >= from && r.end <= to).map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}
