/**
 * The steps of the import wizard as plain async functions: read and check the
 * file, turn it into candidates, and plan the import against Rapport. Each
 * reports progress into one bar and stops when its signal aborts. Nothing here
 * writes; the wizard calls commitImport after the user confirms.
 */
import { previewContactImport, previewProgramImport } from '../../data/backup';
import { columnChoices, type ColumnMapping, type ImportColumn } from '../../domain/backup/csv-columns';
import { applyMapping, type ContactImportDefaults, type ProgramImportDefaults } from '../../domain/backup/csv-mapping';
import { parseLinkedInConnections } from '../../domain/backup/csv-linkedin';
import { parseCsv, parsePastedTable, type CsvTable } from '../../domain/backup/csv-read';
import type { ImportCandidate, ImportTarget } from '../../domain/backup/import-candidate';
import type { ImportError, ImportFileKind } from '../../domain/backup/import-error';
import { readImportFile } from '../../domain/backup/import-file';
import { patientDataInPlan, type PatientDataRow } from '../../domain/backup/import-patient-check';
import type { ContactImportPlan, PlanOptions, ProgramImportPlan } from '../../domain/backup/import-plan';
import { parseVCards } from '../../domain/backup/vcard';
import { progressRange, type ProgressOptions } from '../../lib/progress';
import type { TaskControls } from './hooks/use-cancellable-task';

export type ImportSource = 'linkedin' | 'vcard' | 'contacts-csv' | 'programs-csv';

export interface ImportSourceInfo {
  label: string;
  /** How to get such a file, shown under the file control. */
  hint: string;
  /** The file control's accept list. */
  accept: string;
  fileKind: ImportFileKind;
  target: ImportTarget;
  /** Any CSV goes through the column-matching step; LinkedIn and vCard files are known shapes. */
  needsMapping: boolean;
}

export const IMPORT_SOURCES: Record<ImportSource, ImportSourceInfo> = {
  linkedin: {
    label: 'Contacts from LinkedIn (Connections.csv)',
    hint: 'On LinkedIn, open Settings, then Data privacy, then “Get a copy of your data”, and ask for Connections. The file in the download is called Connections.csv.',
    accept: '.csv,text/csv',
    fileKind: 'csv',
    target: 'contacts',
    needsMapping: false,
  },
  vcard: {
    label: 'Contacts from a vCard file (.vcf)',
    hint: 'Export contacts as vCard from your phone, Apple Contacts, Google Contacts or Outlook. One file may hold many cards (vCard 3 or 4).',
    accept: '.vcf,.vcard,text/vcard,text/x-vcard',
    fileKind: 'vcard',
    target: 'contacts',
    needsMapping: false,
  },
  'contacts-csv': {
    label: 'Contacts from any CSV file',
    hint: 'A spreadsheet saved as CSV, with a header line. Next you match its columns to Rapport’s fields.',
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    fileKind: 'csv',
    target: 'contacts',
    needsMapping: true,
  },
  'programs-csv': {
    label: 'Programs from a CSV file',
    hint: 'A list of programs saved as CSV, with a header line. Next you match its columns to Rapport’s fields.',
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    fileKind: 'csv',
    target: 'programs',
    needsMapping: true,
  },
};

export const IMPORT_SOURCE_ORDER: ImportSource[] = ['linkedin', 'vcard', 'contacts-csv', 'programs-csv'];

export type AnyImportPlan = ContactImportPlan | ProgramImportPlan;

/** A planned import and the rows of it whose text looks like patient data, for the preview. */
export interface ReviewedImport {
  plan: AnyImportPlan;
  patientData: PatientDataRow[];
}

export type ReadOutcome =
  | { ok: false; error: ImportError }
  | { ok: true; kind: 'table'; table: CsvTable }
  | ({ ok: true; kind: 'plan' } & ReviewedImport);

function optionsFrom(controls: TaskControls): ProgressOptions {
  return { signal: controls.signal, onProgress: (fraction) => controls.report(fraction) };
}

async function planCandidates(
  target: ImportTarget,
  candidates: readonly ImportCandidate[],
  planOptions: PlanOptions,
): Promise<AnyImportPlan> {
  return target === 'contacts' ? previewContactImport(candidates, planOptions) : previewProgramImport(candidates, planOptions);
}

/**
 * Reads the picked file for a source: a LinkedIn or vCard file straight to
 * the plan; any other CSV to its table, for the column-matching step.
 */
export async function readImport(
  source: ImportSource,
  file: File,
  onExisting: PlanOptions['onExisting'],
  controls: TaskControls,
): Promise<ReadOutcome> {
  const info = IMPORT_SOURCES[source];
  const options = optionsFrom(controls);
  const read = await readImportFile(file, info.fileKind, progressRange(options, 0, 0.3));
  if (!read.ok) return read;
  controls.report(0.3, 'Reading rows…');
  const parseRange = progressRange(options, 0.3, info.needsMapping ? 1 : 0.6);
  let candidates: ImportCandidate[];
  if (source === 'linkedin') {
    const parsed = await parseLinkedInConnections(read.text, parseRange);
    if (!parsed.ok) return parsed;
    candidates = parsed.candidates;
  } else if (source === 'vcard') {
    const parsed = await parseVCards(read.bytes, parseRange);
    if (!parsed.ok) return parsed;
    candidates = parsed.candidates;
  } else {
    const parsed = await parseCsv(read.text, parseRange);
    if (!parsed.ok) return parsed;
    return { ok: true, kind: 'table', table: parsed.table };
  }
  controls.report(0.6, 'Checking rows against Rapport…');
  const plan = await planCandidates(info.target, candidates, { ...progressRange(options, 0.6, 0.9), onExisting });
  controls.report(0.9, 'Looking for patient data…');
  const patientData = await patientDataInPlan(plan, progressRange(options, 0.9, 1));
  return { ok: true, kind: 'plan', plan, patientData };
}

/** Reads a pasted table (tab-separated text from a web page or spreadsheet) for the column-matching step. */
export async function readPastedImport(text: string, controls: TaskControls): Promise<ReadOutcome> {
  const parsed = await parsePastedTable(text, optionsFrom(controls));
  if (!parsed.ok) return parsed;
  return { ok: true, kind: 'table', table: parsed.table };
}

/** A mapping as chosen in the menus, keeping only fields the target has. */
export function typedMapping<T extends ImportTarget>(target: T, mapping: readonly (string | null)[]): ColumnMapping<T> {
  const allowed = new Set<string>(columnChoices(target).map((c) => c.field));
  const isColumn = (field: string | null): field is ImportColumn<T> => field !== null && allowed.has(field);
  return mapping.map((field) => (isColumn(field) ? field : null));
}

/** Applies the chosen column mapping, plans the import and looks for patient data in what it would write. */
export async function planMappedImport(
  target: ImportTarget,
  table: CsvTable,
  mapping: readonly (string | null)[],
  defaults: { role?: ContactImportDefaults['role']; track?: ProgramImportDefaults['track'] },
  onExisting: PlanOptions['onExisting'],
  controls: TaskControls,
): Promise<ReviewedImport> {
  const options = optionsFrom(controls);
  controls.signal.throwIfAborted();
  const planOptions = { ...progressRange(options, 0, 0.9), onExisting };
  const plan =
    target === 'contacts'
      ? await previewContactImport(
          applyMapping(table.rows, typedMapping('contacts', mapping), 'contacts', {
            defaults: defaults.role ? { role: defaults.role } : {},
            headers: table.headers,
            delimiter: table.delimiter,
          }),
          planOptions,
        )
      : await previewProgramImport(
          applyMapping(table.rows, typedMapping('programs', mapping), 'programs', {
            defaults: defaults.track ? { track: defaults.track } : {},
            headers: table.headers,
            delimiter: table.delimiter,
          }),
          planOptions,
        );
  controls.report(0.9, 'Looking for patient data…');
  const patientData = await patientDataInPlan(plan, progressRange(options, 0.9, 1));
  return { plan, patientData };
}
