/**
 * How search text becomes terms, the same way for what is indexed and what is
 * typed: diacritics and case folded ("Muñoz" → "munoz", "São" → "sao"), words
 * split on anything that is not a letter or digit, and the few forms people
 * write several ways joined into one term: "Y-90", "Y 90" and "y90" → "y90",
 * "O'Brien" → "obrien".
 */

/** A term and where it sits in the original text (UTF-16 offsets, end excluded). */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

const MARKS = /\p{M}/gu;
const RUN = /[\p{L}\p{N}]+/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const DIGITS_ONLY = /^\p{N}+$/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/** Lowercase with diacritics removed. Lengths may differ from the input; see {@link termSpans} for positions. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * Whether two neighbouring runs are one term: a letter–digit boundary across a hyphen ("Y-90",
 * "COVID-19"), a single letter and a number across a space ("Y 90"), or an apostrophe inside a word.
 */
function joins(previous: string, gap: string, next: string): boolean {
  const last = previous[previous.length - 1];
  const first = next[0];
  if (gap === '-') return (LETTER.test(last) && DIGIT.test(first)) || (DIGIT.test(last) && LETTER.test(first));
  if (gap === ' ') return previous.length === 1 && LETTERS_ONLY.test(previous) && DIGITS_ONLY.test(next);
  if (gap === "'" || gap === '’') return LETTER.test(last) && LETTER.test(first);
  return false;
}

/** Terms of already folded text, with their offsets in it. */
function spansOfFolded(folded: string): TermSpan[] {
  const spans: TermSpan[] = [];
  for (const match of folded.matchAll(RUN)) {
    const start = match.index;
    const run = match[0];
    const previous = spans[spans.length - 1];
    if (previous && joins(previous.term, folded.slice(previous.end, start), run)) {
      previous.term += run;
      previous.end = start + run.length;
    } else {
      spans.push({ term: run, start, end: start + run.length });
    }
  }
  return spans;
}

/** The terms of `text`, for the index and for a query (the fast path: no positions). */
export function searchTerms(text: string): string[] {
  return spansOfFolded(foldText(text)).map((s) => s.term);
}

/** The terms of `text` with their positions in `text` itself, for highlighting. */
export function termSpans(text: string): TermSpan[] {
  // Fold one character at a time, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldText(char);
    for (let k = 0; k < piece.length; k++) origin.push(index);
    folded += piece;
    index += char.length;
  }
  origin.push(text.length);
  return spansOfFolded(folded).map((s) => {
    const endOrigin = origin[s.end - 1];
    const endChar = text.codePointAt(endOrigin) ?? 0;
    return { term: s.term, start: origin[s.start], end: endOrigin + (endChar > 0xffff ? 2 : 1) };
  });
}
