import type { MarkedText as Marked } from '../../../domain/search/highlight';

/** A text with its matching words in <mark>, built as text nodes: nothing in it is ever read as HTML. */
export function MarkedText({ text, ranges }: Marked) {
  const parts: (string | React.JSX.Element)[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
