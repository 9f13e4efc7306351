/**
 * What the message checks share: a finding is a span of the user's text
 * (UTF-16 offsets, `end` exclusive, so `text.slice(start, end) === phrase`)
 * that an editor can underline, plus the rules that turn regexes into findings.
 */

/** A span of the checked text. `text.slice(start, end) === phrase`. */
export interface TextSpan {
  start: number;
  end: number;
  phrase: string;
}

/** One pattern of a checker: every match of `pattern` becomes a finding with `details`. */
export interface TextRule<Details> {
  /** Flags are kept; `g` is added when missing. */
  pattern: RegExp;
  details: Details;
  /** Drops a match the regex alone cannot rule out (e.g. from the words before it). */
  accept?: (match: RegExpExecArray, text: string) => boolean;
}

/** The upper bound on text a checker reads; beyond it a draft is not a message any more. */
export const MAX_CHECKED_LENGTH = 100_000;

/**
 * Runs every rule over the text and keeps non-overlapping findings, earliest
 * first; of two overlapping findings the one that starts earlier wins, then the
 * longer one, then the rule listed first.
 */
export function findAll<Details>(text: string, rules: readonly TextRule<Details>[]): (TextSpan & Details)[] {
  const source = text.length > MAX_CHECKED_LENGTH ? text.slice(0, MAX_CHECKED_LENGTH) : text;
  const found: { span: TextSpan; details: Details; order: number }[] = [];
  rules.forEach((rule, order) => {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      if (rule.accept && !rule.accept(match, source)) continue;
      const start = match.index;
      const end = start + match[0].length;
      found.push({ span: { start, end, phrase: match[0] }, details: rule.details, order });
    }
  });
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);
  const kept: (TextSpan & Details)[] = [];
  let reach = 0;
  for (const { span, details } of found) {
    if (kept.length > 0 && span.start < reach) continue;
    kept.push({ ...details, ...span });
    reach = span.end;
  }
  return kept;
}
