/**
 * What a lost version says differently from the record as it is now, field
 * by field, in the user's words: "Notes: Phone: talked about Y-90." The
 * record's bookkeeping (ids, times, derived fields) is left out.
 */
import { fieldWords, type LabelledTable } from '../field-labels';

export interface VersionDifference {
  field: string;
  label: string;
  /** The lost version's value, as text. */
  value: string;
}

const SKIPPED = new Set(['id', 'createdAt', 'updatedAt', 'lastTouchAt', 'sample']);

function asText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => (typeof v === 'object' ? Object.values(v as object).filter(Boolean).join(' ') : String(v))).join(', ');
  if (typeof value === 'object') return Object.values(value as object).filter(Boolean).join(' ') || '(empty)';
  return String(value);
}

export function versionDifferences(table: LabelledTable, lost: Record<string, unknown>, current: Record<string, unknown> | null): VersionDifference[] {
  const fields = new Set([...Object.keys(lost), ...Object.keys(current ?? {})]);
  const out: VersionDifference[] = [];
  for (const field of fields) {
    if (SKIPPED.has(field)) continue;
    if (JSON.stringify(lost[field]) === JSON.stringify(current?.[field])) continue;
    out.push({ field, label: fieldWords(table, field), value: asText(lost[field]) });
  }
  return out;
}
