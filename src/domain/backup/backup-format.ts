/**
 * The JSON backup: one pretty-printed file holding every record table, that a
 * person can open and read.
 *
 * ```json
 * { "format": "rapport-backup", "schemaVersion": 1, "exportedAt": "2026-03-14T09:30:00.000Z",
 *   "tables": { "profile": [], "settings": [], "contacts": [], "programs": [],
 *               "interactions": [], "reminders": [], "events": [] } }
 * ```
 *
 * `schemaVersion` is the database schema version that wrote the file. A file
 * from an older version is carried forward through {@link BACKUP_UPGRADES},
 * one pure function per version step; a file from a newer version is refused.
 */
import '../zod-config';
import { describeFieldProblem, type LabelledTable } from '../field-labels';
import type { z } from 'zod';
import { validateTrash, type BackupTrashEntry } from './backup-trash';
import { upgradeContactRowToV2, upgradeTrashEntries } from './record-upgrades';
import {
  PROFILE_ID,
  contactSchema,
  eventSchema,
  instantSchema,
  interactionSchema,
  profileSchema,
  programSchema,
  reminderSchema,
  type Contact,
  type Interaction,
  type Profile,
  type Program,
  type RapportEvent,
  type Reminder,
} from '../entities';
import { SETTINGS_ID, settingsSchema, type Settings } from '../settings';
import { toLocalDate } from '../../lib/dates';
import { mapInChunks, progressRange, type ProgressOptions } from '../../lib/progress';
import { checkTextSize } from './import-file';
import { emptyFileError, importError, type ImportResult, type RowIssue } from './import-error';

export const BACKUP_FORMAT = 'rapport-backup';

/** The tables a backup holds, in the order they are written. */
export const BACKUP_TABLES = ['profile', 'settings', 'contacts', 'programs', 'interactions', 'reminders', 'events'] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];

export interface BackupTables {
  profile: Profile[];
  settings: Settings[];
  contacts: Contact[];
  programs: Program[];
  interactions: Interaction[];
  reminders: Reminder[];
  events: RapportEvent[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** The database schema version whose record shapes the tables follow. */
  schemaVersion: number;
  /** When the backup was made (ISO instant). */
  exportedAt: string;
  tables: BackupTables;
  /** The trash: removed records the user could still restore. Older backups have none. */
  trash?: BackupTrashEntry[];
}

/** What the user sees for each table in messages and summaries. */
export const BACKUP_TABLE_LABELS: Record<BackupTableName, string> = {
  profile: 'profile',
  settings: 'settings',
  contacts: 'contacts',
  programs: 'programs',
  interactions: 'logged interactions',
  reminders: 'reminders',
  events: 'events',
};

/** The ids the two single-row tables must use. */
const FIXED_IDS: Partial<Record<BackupTableName, string>> = { profile: PROFILE_ID, settings: SETTINGS_ID };

/** Tables as read from a file, before validation: each an array of unknown rows. */
export type RawTables = Record<string, unknown[]>;

/** Turns the tables of one schema version into those of the next. Pure; may throw on rows it cannot reshape. */
export type BackupUpgrade = (tables: RawTables) => RawTables;

/**
 * `BACKUP_UPGRADES[n]` carries version n's tables to version n + 1. A version
 * step that changed no record shape (e.g. only added an index) needs no entry.
 * Each step reshapes rows with the same functions as the database upgrade.
 */
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = {
  // Version 2: contacts gain lists of emails, phones, links and addresses.
  1: (tables) => ({
    ...tables,
    contacts: Array.isArray(tables.contacts)
      ? tables.contacts.map((row) => (typeof row === 'object' && row !== null && !Array.isArray(row) ? upgradeContactRowToV2({ ...row }) : row))
      : tables.contacts,
  }),
};

/** Assembles a backup from the records of every table. */
export function buildBackup(tables: BackupTables, schemaVersion: number, exportedAt: Date, trash: BackupTrashEntry[] = []): Backup {
  return { format: BACKUP_FORMAT, schemaVersion, exportedAt: exportedAt.toISOString(), tables, trash };
}

/** The backup as the text of a file: two-space indented JSON, one field per line. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** File name for a backup made at `now`, e.g. `rapport-backup-2026-03-14.json` (local day). */
export function backupFileName(now: Date): string {
  return `rapport-backup-${toLocalDate(now)}.json`;
}

/** How many records of each table a backup holds, for the restore preview. */
export function countBackupRecords({ tables }: Backup): Record<BackupTableName, number> {
  return {
    profile: tables.profile.length,
    settings: tables.settings.length,
    contacts: tables.contacts.length,
    programs: tables.programs.length,
    interactions: tables.interactions.length,
    reminders: tables.reminders.length,
    events: tables.events.length,
  };
}

/**
 * Runs the upgrade chain from `from` up to `to` over raw tables.
 * @throws whatever an upgrade function throws on rows it cannot reshape
 */
export function upgradeBackupTables(
  tables: RawTables,
  from: number,
  to: number,
  upgrades: Readonly<Record<number, BackupUpgrade>> = BACKUP_UPGRADES,
): RawTables {
  let current = tables;
  for (let version = from; version < to; version++) {
    const step = upgrades[version];
    if (step) current = step(current);
  }
  return current;
}

export interface ParsedBackup {
  backup: Backup;
  /** The file's schema version when it was upgraded on the way in; null when it was already current. */
  upgradedFrom: number | null;
}

export interface ParseBackupOptions extends ProgressOptions {
  /** The upgrade chain; tests pass their own to exercise a future version step. */
  upgrades?: Readonly<Record<number, BackupUpgrade>>;
}

/**
 * Reads a backup file's text: checks it is complete JSON in the Rapport
 * format, refuses a file from a newer app version, upgrades an older one, and
 * validates every row with its table's schema. Never throws except on cancel
 * (AbortError); every refusal comes back as `{ ok: false, error }`.
 *
 * @param latestVersion the schema version this app runs (LATEST_SCHEMA_VERSION)
 */
export async function parseBackup(
  text: string,
  latestVersion: number,
  options: ParseBackupOptions = {},
): Promise<ImportResult<ParsedBackup>> {
  options.signal?.throwIfAborted();
  const tooLarge = checkTextSize(text, 'backup');
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: emptyFileError() };

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: describeUnparsable(body) };
  }
  options.onProgress?.(0.1);

  const header = readHeader(json, latestVersion);
  if (!header.ok) return header;
  const { version, rawTables, rawTrash, exportedAt } = header;

  let upgraded: RawTables;
  try {
    upgraded = upgradeBackupTables(rawTables, version, latestVersion, options.upgrades);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: importError('invalid-rows', `This backup is from an older version of Rapport and could not be brought up to date: ${reason}`),
    };
  }

  const lost = BACKUP_TABLES.find((t) => !Array.isArray(upgraded[t]));
  if (lost) {
    return {
      ok: false,
      error: importError('invalid-rows', `This backup is from an older version of Rapport and could not be brought up to date: its ${BACKUP_TABLE_LABELS[lost]} went missing.`),
    };
  }

  const issues: RowIssue[] = [];
  const total = BACKUP_TABLES.reduce((n, t) => n + upgraded[t].length, 0) || 1;
  let done = 0;
  const validate = async <T extends { id: string }>(name: BackupTableName, schema: z.ZodType<T>): Promise<T[]> => {
    const rows = upgraded[name];
    const range = progressRange(options, 0.1 + (0.9 * done) / total, 0.1 + (0.9 * (done + rows.length)) / total);
    done += rows.length;
    return validateTable(name, schema, rows, issues, range);
  };
  const tables: BackupTables = {
    profile: await validate('profile', profileSchema),
    settings: await validate('settings', settingsSchema),
    contacts: await validate('contacts', contactSchema),
    programs: await validate('programs', programSchema),
    interactions: await validate('interactions', interactionSchema),
    reminders: await validate('reminders', reminderSchema),
    events: await validate('events', eventSchema),
  };
  let trash: BackupTrashEntry[];
  try {
    trash = await validateTrash(upgradeTrashEntries(rawTrash as Record<string, unknown>[], version, latestVersion), issues);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: importError('invalid-rows', `This backup's trash could not be read: ${reason}`) };
  }
  if (issues.length > 0) {
    const first = issues[0];
    const badRows = new Set(issues.map((i) => `${i.table}#${i.row}`)).size;
    return {
      ok: false,
      error: importError(
        'invalid-rows',
        `Nothing was restored: ${badRows === 1 ? 'one row does' : `${badRows} rows do`} not pass Rapport's checks. First problem: ${describeFieldProblem(first.table as LabelledTable, first.row, first.field, first.message)}.`,
        issues,
      ),
    };
  }
  options.onProgress?.(1);
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, schemaVersion: latestVersion, exportedAt, tables, trash },
    upgradedFrom: version < latestVersion ? version : null,
  };
}

type Header = ImportResult<{ version: number; rawTables: RawTables; rawTrash: unknown[]; exportedAt: string }>;

function readHeader(json: unknown, latestVersion: number): Header {
  const notOurs = (detail: string): Header => ({
    ok: false,
    error: importError('not-rapport-backup', `This is not a Rapport backup: ${detail} Choose a file made with "Export everything".`),
  });
  if (!isPlainObject(json)) return notOurs('it holds JSON, but not a backup object.');
  if (json.format !== BACKUP_FORMAT) return notOurs('it has no "format": "rapport-backup" marker.');
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return notOurs('its version number is missing or not a whole number.');
  }
  if (version > latestVersion) {
    return {
      ok: false,
      error: importError(
        'newer-version',
        `This backup was made by a newer version of Rapport (data version ${version}; this app reads up to version ${latestVersion}). Reload Rapport while online to update it, then restore again. Nothing was changed.`,
      ),
    };
  }
  const exportedAt = instantSchema.safeParse(json.exportedAt);
  if (!exportedAt.success) return notOurs('its export date is missing or not a date and time.');
  const tables = json.tables;
  if (!isPlainObject(tables)) return notOurs('it has no "tables" section.');
  const rawTables: RawTables = {};
  for (const name of BACKUP_TABLES) {
    const rows = tables[name];
    if (!Array.isArray(rows)) return notOurs(`it has no list of ${BACKUP_TABLE_LABELS[name]} (it may be cut short or edited by hand).`);
    rawTables[name] = rows;
  }
  // The trash came into backups later: a file without one has an empty trash.
  const rawTrash = json.trash ?? [];
  if (!Array.isArray(rawTrash)) return notOurs('its "trash" section is not a list.');
  for (const entry of rawTrash) if (!isPlainObject(entry)) return notOurs('its "trash" section holds something other than trash entries.');
  return { ok: true, version, rawTables, rawTrash, exportedAt: exportedAt.data };
}

async function validateTable<T extends { id: string }>(
  name: BackupTableName,
  schema: z.ZodType<T>,
  rows: unknown[],
  issues: RowIssue[],
  options: ProgressOptions,
): Promise<T[]> {
  const fixedId = FIXED_IDS[name];
  const seen = new Set<string>();
  const valid: T[] = [];
  await mapInChunks(
    rows,
    (row, index) => {
      const result = schema.safeParse(row);
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({ table: name, row: index + 1, field: issue.path.map(String).join('.'), message: issue.message });
        }
        return;
      }
      const { id } = result.data;
      if (fixedId && id !== fixedId) {
        issues.push({ table: name, row: index + 1, field: 'id', message: `The ${name} row must have the id "${fixedId}"` });
      } else if (seen.has(id)) {
        issues.push({ table: name, row: index + 1, field: 'id', message: `The id ${id} appears twice in ${BACKUP_TABLE_LABELS[name]}` });
      }
      seen.add(id);
      valid.push(result.data);
    },
    { ...options, chunkSize: 1000 },
  );
  return valid;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Explains why text is not JSON: cut short, another kind of file, or just not JSON. */
function describeUnparsable(text: string) {
  const start = text.trimStart();
  if (/^BEGIN:VCARD/i.test(start)) {
    return importError('not-json', 'This is a vCard file, not a Rapport backup. Use "Import contacts" to bring in vCards.');
  }
  if ((start.startsWith('{') || start.startsWith('[')) && isCutShort(text)) {
    return importError(
      'truncated',
      'This backup is incomplete: the file ends in the middle of the data. It may not have finished downloading or copying. Export it again, or use another copy. Nothing was changed.',
    );
  }
  const firstLine = start.slice(0, start.indexOf('\n') === -1 ? undefined : start.indexOf('\n'));
  if (!start.startsWith('{') && firstLine.includes(',')) {
    return importError('not-json', 'This looks like a CSV file, not a Rapport backup. Use "Import contacts" or "Import programs" for CSV files.');
  }
  return importError('not-json', 'This is not a Rapport backup: the file is not valid JSON. Choose a file made with "Export everything".');
}

/** True when the JSON text ends with brackets or a string still open. */
function isCutShort(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return inString || depth > 0;
}
