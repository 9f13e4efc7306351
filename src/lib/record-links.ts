/**
 * The address of a record's page. Every link to a record goes through here,
 * so an id is always encoded: an id like `../settings` or `a/b` (a crafted
 * backup) can never send a click to another screen.
 */
export type RecordPageKind = 'contacts' | 'programs' | 'events';

export function recordPath(kind: RecordPageKind, id: string): string {
  return `/${kind}/${encodeURIComponent(id)}`;
}
