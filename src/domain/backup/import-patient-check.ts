/**
 * The patient-data check over what an import or a restore would write: every
 * free-text field of every record (notes, titles, institutions, meeting
 * summaries and next steps, reminders, event notes and sessions, templates,
 * and the records in the trash) goes through the same check as the forms.
 * The preview lists each record and field that looks like it holds patient
 * identifiers; the user still decides whether to go ahead.
 *
 * Left out on purpose: people's own names (a contact called "Mr. J. Smith"
 * is not a patient), emails, phone numbers, links and dates, which are not
 * free text and hold numbers by design.
 */
import { checkPatientData } from '../playbook/patient-data-check';
import { fieldWords, recordWords, type LabelledTable } from '../field-labels';
import { toLocalDate } from '../../lib/dates';
import { mapInChunks, type ProgressOptions } from '../../lib/progress';
import { BACKUP_TABLES, type Backup, type BackupTableName } from './backup-format';
import type { ImportTarget } from './import-candidate';

/** A record's field whose text looks like it holds patient identifiers. */
export interface PatientDataRow {
  table: LabelledTable;
  /** 1-based: the row of the file for an import, the record's place in its table (or in the trash) for a restore. */
  row: number;
  /** Which record, in words: "Row 12" for an import, "Contact 12", "Logged meeting 3", "Trash entry 2" for a restore. */
  record: string;
  /** The record as the user knows it: "Dr. Ana Reyes", "Coffee at SIR". */
  label: string;
  /** The field in words: "Notes", "Commitment 2, text", "Template “Thank you”, message". */
  field: string;
  /** The phrases that look like patient data, in text order. */
  phrases: string[];
}

/**
 * Free-text fields by table, as paths: `tags[]` checks each string of a list
 * (reported as one field), `commitments[].text` each item's text (reported
 * per item).
 */
export const FREE_TEXT_FIELDS: Readonly<Record<BackupTableName, readonly string[]>> = {
  profile: ['school', 'interests[]'],
  settings: ['templates[].name', 'templates[].purpose', 'templates[].subject', 'templates[].body'],
  contacts: ['title', 'institution', 'notes', 'tags[]', 'interests[]', 'addresses[].street'],
  programs: ['name', 'institution', 'caseMixNotes', 'cultureNotes', 'researchNotes', 'callNotes', 'notes'],
  interactions: ['summary', 'notes', 'learned', 'nextStep', 'commitments[].text'],
  reminders: ['title', 'reason'],
  events: ['name', 'place', 'sessions[]', 'notes'],
};

const TEMPLATE_PARTS: Record<string, string> = { name: 'name', purpose: 'purpose', subject: 'subject', body: 'message' };

type AnyRecord = Readonly<Record<string, unknown>>;

interface FieldText {
  field: string;
  texts: string[];
}

const isRecord = (value: unknown): value is AnyRecord => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === 'string' ? value : '');

function words(table: BackupTableName, record: AnyRecord, path: string): string {
  const template = /^templates\.(\d+)\.(\w+)$/.exec(path);
  if (table === 'settings' && template) {
    const item = Array.isArray(record.templates) ? record.templates[Number(template[1])] : undefined;
    const name = isRecord(item) ? str(item.name).trim() : '';
    return `Template ${name ? `“${name}”` : Number(template[1]) + 1}, ${TEMPLATE_PARTS[template[2]] ?? template[2]}`;
  }
  return fieldWords(table, path);
}

/** The texts at a path of FREE_TEXT_FIELDS, each list item of objects on its own. */
function textsAt(table: BackupTableName, record: AnyRecord, path: string): FieldText[] {
  const [head, ...rest] = path.split('.');
  const key = head.replace(/\[\]$/, '');
  const value = record[key];
  if (!head.endsWith('[]')) return typeof value === 'string' ? [{ field: words(table, record, key), texts: [value] }] : [];
  if (!Array.isArray(value)) return [];
  if (rest.length === 0) {
    const texts = value.filter((v): v is string => typeof v === 'string');
    return texts.length > 0 ? [{ field: words(table, record, key), texts }] : [];
  }
  const sub = rest.join('.');
  // One item of a list reads without its number ("Address, street"); several are told apart ("Commitment 2, text").
  return value.flatMap((item, index) => {
    if (!isRecord(item) || typeof item[sub] !== 'string') return [];
    const shown = value.length === 1 && table !== 'settings' ? `${key}.${sub}` : `${key}.${index}.${sub}`;
    return [{ field: words(table, record, shown), texts: [item[sub]] }];
  });
}

/** What the preview calls a record of a table. */
export function recordLabel(table: BackupTableName, record: AnyRecord): string {
  const name = str(record.name).trim();
  switch (table) {
    case 'profile':
      return name || 'Your profile';
    case 'settings':
      return 'Your message templates';
    case 'contacts':
      return name || '(no name)';
    case 'programs': {
      const institution = str(record.institution).trim();
      return `${name || '(no name)'}${institution ? ` (${institution})` : ''}`;
    }
    case 'interactions': {
      const day = typeof record.occurredAt === 'string' && record.occurredAt !== '' ? toLocalDate(record.occurredAt) : '';
      const summary = str(record.summary).trim();
      return [day ? `Meeting on ${day}` : 'Meeting', summary].filter(Boolean).join(': ');
    }
    case 'reminders':
      return str(record.title).trim() || 'Reminder';
    case 'events':
      return name || 'Event';
  }
}

/**
 * Every free-text field of one record that looks like it holds patient data.
 *
 * @param table the record's table
 * @param record the record's fields (a whole record, or only the fields an update would write)
 * @param where which row to report and how: `{ row, record: "Row 12", label }`
 */
export function patientDataInRecord(
  table: BackupTableName,
  record: AnyRecord,
  where: { row: number; record: string; label: string; table?: LabelledTable },
): PatientDataRow[] {
  const found: PatientDataRow[] = [];
  for (const path of FREE_TEXT_FIELDS[table]) {
    for (const { field, texts } of textsAt(table, record, path)) {
      const phrases = texts.flatMap((text) => checkPatientData(text).map((f) => f.phrase));
      if (phrases.length > 0) found.push({ table: where.table ?? table, row: where.row, record: where.record, label: where.label, field, phrases });
    }
  }
  return found;
}

/** The parts of an import plan this check reads: what will be added, and what an update writes. */
export interface PlannedRows {
  target: ImportTarget;
  add: readonly { row: number; label: string; fields: object }[];
  update: readonly { row: number; label: string; patch: object }[];
}

/**
 * The rows of an import plan that would write text looking like patient data:
 * every added row's free-text fields, and of an update only the fields it
 * fills in. Duplicates and invalid rows are not written, so not checked.
 * Rows come back in file order. Runs in chunks; rejects with AbortError when cancelled.
 */
export async function patientDataInPlan(plan: PlannedRows, options: ProgressOptions = {}): Promise<PatientDataRow[]> {
  const rows = [
    ...plan.add.map((r) => ({ row: r.row, label: r.label, fields: r.fields })),
    ...plan.update.map((r) => ({ row: r.row, label: r.label, fields: r.patch })),
  ].sort((a, b) => a.row - b.row);
  const found = await mapInChunks(
    rows,
    (r) => patientDataInRecord(plan.target, { ...r.fields }, { row: r.row, record: `Row ${r.row}`, label: r.label }),
    { ...options, chunkSize: 500 },
  );
  return found.flat();
}

/**
 * The records of a backup that would restore text looking like patient data,
 * table by table in the backup's order, then the records in its trash.
 * Runs in chunks; rejects with AbortError when cancelled.
 */
export async function patientDataInBackup(backup: Pick<Backup, 'tables' | 'trash'>, options: ProgressOptions = {}): Promise<PatientDataRow[]> {
  const items: { table: BackupTableName; record: AnyRecord; row: number; inTrash?: string }[] = [];
  for (const table of BACKUP_TABLES) {
    const records: readonly object[] = backup.tables[table];
    records.forEach((record, index) => items.push({ table, record: { ...record }, row: index + 1 }));
  }
  (backup.trash ?? []).forEach((entry, index) => {
    for (const item of entry.items) items.push({ table: item.table, record: { ...item.record }, row: index + 1, inTrash: entry.label });
  });
  const found = await mapInChunks(
    items,
    ({ table, record, row, inTrash }) =>
      patientDataInRecord(
        table,
        record,
        inTrash === undefined
          ? { row, record: recordWords(table, row), label: recordLabel(table, record) }
          : { row, table: 'trash', record: recordWords('trash', row), label: `${recordLabel(table, record)} (in the trash)` },
      ),
    { ...options, chunkSize: 500 },
  );
  return found.flat();
}
