/**
 * Why a file was refused, as a code the UI can branch on and a sentence the
 * user can act on. Every refusal happens before anything is written.
 */

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'wrong-type'
  | 'not-json'
  | 'truncated'
  | 'not-rapport-backup'
  | 'newer-version'
  | 'invalid-rows'
  | 'not-csv'
  | 'missing-columns'
  | 'no-rows'
  | 'not-vcard'
  | 'unsupported-vcard';

/** A row (or card) that failed, with the field named in words. */
export interface RowIssue {
  /** Backups: the table, e.g. `contacts`. CSV and vCard: omitted. */
  table?: string;
  /** 1-based: the row of the table (backups), of the file (CSV) or the card (vCard). */
  row: number;
  /** The field's dotted path, e.g. `email` or `commitments.0.text`; empty for the whole row. */
  field: string;
  message: string;
}

export interface ImportError {
  code: ImportErrorCode;
  /** One or two sentences for the user: what is wrong and what to do. */
  message: string;
  /** For `invalid-rows`: the first issues found (at most {@link MAX_REPORTED_ISSUES}). */
  issues?: RowIssue[];
  /** For `invalid-rows`: how many issues there were in all. */
  issueCount?: number;
}

export type ImportResult<T> = ({ ok: true } & T) | { ok: false; error: ImportError };

/** How many row issues an error carries; the rest are counted, not listed. */
export const MAX_REPORTED_ISSUES = 50;

const MIB = 1024 * 1024;
/** Largest CSV or vCard file Rapport reads (checked before reading it). */
export const MAX_IMPORT_BYTES = 20 * MIB;
/**
 * Largest backup Rapport reads. Higher than for imports because refusing a
 * backup Rapport itself wrote would lose data; a real backup is far smaller.
 */
export const MAX_BACKUP_BYTES = 100 * MIB;

export function importError(code: ImportErrorCode, message: string, issues?: RowIssue[]): ImportError {
  if (!issues) return { code, message };
  return { code, message, issues: issues.slice(0, MAX_REPORTED_ISSUES), issueCount: issues.length };
}

/** "20 MB" style size for messages. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / MIB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** The kinds of file Rapport reads. */
export type ImportFileKind = 'backup' | 'csv' | 'vcard';

export const FILE_KIND_LABELS: Record<ImportFileKind, string> = {
  backup: 'Rapport backup (.json)',
  csv: 'CSV',
  vcard: 'vCard (.vcf)',
};

/** The size limit for a kind of file. */
export function maxBytesFor(kind: ImportFileKind): number {
  return kind === 'backup' ? MAX_BACKUP_BYTES : MAX_IMPORT_BYTES;
}

export function tooLargeError(bytes: number, kind: ImportFileKind): ImportError {
  const max = maxBytesFor(kind);
  let size = formatMegabytes(bytes);
  let limit = formatMegabytes(max);
  // Just over the limit both round to the same figure ("100 MB … up to 100 MB"):
  // then the exact byte counts show the difference.
  if (size === limit) {
    size = `${size} (${bytes.toLocaleString('en-US')} bytes)`;
    limit = `${limit} (${max.toLocaleString('en-US')} bytes)`;
  }
  const advice =
    kind === 'backup'
      ? 'Check that this is a Rapport backup and not another file.'
      : 'Split it into smaller files and import each one.';
  return importError('too-large', `This file is ${size}; Rapport reads ${FILE_KIND_LABELS[kind]} files up to ${limit}. ${advice}`);
}

export function emptyFileError(): ImportError {
  return importError('empty', 'This file is empty. Choose the file again, or export it again from where it came from.');
}
