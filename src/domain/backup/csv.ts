/**
 * CSV in and out, with papaparse.
 *
 * In: {@link parseCsv} reads any CSV into a header and rows (in chunks, with
 * progress and cancel); {@link suggestMapping} guesses which column is which
 * field and the user corrects it; {@link applyMapping} turns rows into import
 * candidates. {@link parseLinkedInConnections} does all three for LinkedIn's
 * Connections.csv, whose header sits below a few lines of notes.
 *
 * Out: {@link contactsToCsv} and {@link programsToCsv} write a file that
 * spreadsheets open safely: every cell quoted where needed, and any cell that
 * starts like a formula (= + - @) prefixed with an apostrophe.
 */
import Papa from 'papaparse';
import type { Contact, Program } from '../entities';
import type { FieldIssue } from '../validation';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  CONTACT_ROLE_LABELS,
  HOW_MET,
  HOW_MET_LABELS,
  LETTER_STATUSES,
  LETTER_STATUS_LABELS,
  REGIONS,
  REGION_LABELS,
  RELATIONSHIP_STAGES,
  RELATIONSHIP_STAGE_LABELS,
  TRACK_LABELS,
  type ApplicationStatus,
  type ContactRole,
  type HowMet,
  type Region,
  type RelationshipStage,
  type Track,
} from '../vocabulary';
import { yieldToEventLoop, type ProgressOptions } from '../../lib/progress';
import { checkTextSize } from './import-file';
import { emptyFileError, importError, type ImportResult } from './import-error';
import {
  cellText,
  guessRoleFromTitle,
  matchRole,
  matchTrack,
  matchVocabulary,
  normalizeText,
  splitList,
  type ImportCandidate,
  type ImportTarget,
} from './import-candidate';

// ------------------------------------------------------------------ reading

/** One record of a CSV file. */
export interface CsvRow {
  /** 1-based record number in the file, counting notes, header and blank lines (a spreadsheet's row number). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  /** The record number of the header line. */
  headerLine: number;
  /** Data rows below the header; blank lines are left out. */
  rows: CsvRow[];
  /** The delimiter found: `,`, `;`, tab or `|`. */
  delimiter: string;
}

/** Text per papaparse call; between calls the browser gets a turn. */
const SEGMENT_CHARS = 256 * 1024;

/**
 * Cuts text into segments of whole records, so each can be parsed alone: a
 * newline ends a record only outside quotes (RFC 4180), which an even count of
 * quote marks since the segment start tells.
 */
function* recordSegments(text: string, size: number): Generator<{ segment: string; end: number }> {
  let start = 0;
  let inQuotes = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) inQuotes = !inQuotes;
    else if (c === 0x0a && !inQuotes && i + 1 - start >= size) {
      yield { segment: text.slice(start, i + 1), end: i + 1 };
      start = i + 1;
    }
    i++;
  }
  if (start < text.length) yield { segment: text.slice(start), end: text.length };
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter is read from the first line that has one (outside quotes),
 * not guessed from the data: a notes column full of `|` or `;` must not
 * outvote the header's commas. The most frequent wins; ties go to the comma.
 */
export function guessDelimiter(text: string): string {
  let inQuotes = false;
  const counts = new Map<string, number>();
  const limit = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < limit; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (counts.size > 0) break;
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

function refuseOtherFormats(text: string) {
  const start = text.trimStart();
  if (/^BEGIN:VCARD/i.test(start)) {
    return importError('not-csv', 'This is a vCard file, not a CSV. Choose "Import from vCard" instead.');
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    return importError('not-csv', 'This looks like a JSON file (perhaps a Rapport backup), not a CSV. Use "Restore a backup" for backups.');
  }
  if (start.startsWith('<')) {
    return importError('not-csv', 'This looks like a web page or XML file, not a CSV. Export your data as CSV and choose that file.');
  }
  return null;
}

/**
 * Reads CSV text into records (every line, blank ones too), in segments with
 * progress and cancel. Refuses files over the size limit before parsing.
 */
export async function readCsvRecords(
  text: string,
  options: ProgressOptions = {},
): Promise<ImportResult<{ records: CsvRow[]; delimiter: string }>> {
  options.signal?.throwIfAborted();
  const tooLarge = checkTextSize(text, 'csv');
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: emptyFileError() };
  const other = refuseOtherFormats(body);
  if (other) return { ok: false, error: other };

  const records: CsvRow[] = [];
  const delimiter = guessDelimiter(body);
  for (const { segment, end } of recordSegments(body, SEGMENT_CHARS)) {
    const result = Papa.parse<string[]>(segment, { delimiter, skipEmptyLines: false });
    const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
    if (unclosed) {
      const line = records.length + (unclosed.row ?? 0) + 1;
      return {
        ok: false,
        error: importError(
          'not-csv',
          `Row ${line} opens a quoted value that is never closed, so the rest of the file cannot be read reliably. Fix that row in a spreadsheet or text editor and try again.`,
        ),
      };
    }
    const rows = result.data;
    // A segment ending in a newline makes papaparse report one extra empty record.
    if (/\n$/.test(segment) && rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
    for (const cells of rows) records.push({ line: records.length + 1, cells });
    options.onProgress?.(end / body.length);
    if (end < body.length) {
      await yieldToEventLoop();
      options.signal?.throwIfAborted();
    }
  }
  options.onProgress?.(1);
  return { ok: true, records, delimiter };
}

function isBlank(row: CsvRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}

function tableFrom(records: CsvRow[], headerIndex: number, delimiter: string): ImportResult<{ table: CsvTable }> {
  const header = records[headerIndex];
  const rows = records.slice(headerIndex + 1).filter((r) => !isBlank(r));
  if (rows.length === 0) {
    return { ok: false, error: importError('no-rows', 'The file has a header line but no rows below it, so there is nothing to import.') };
  }
  return { ok: true, table: { headers: header.cells.map((h) => h.trim()), headerLine: header.line, rows, delimiter } };
}

/**
 * Reads any CSV: the first non-blank line is the header. Never throws except
 * on cancel (AbortError).
 */
export async function parseCsv(text: string, options: ProgressOptions = {}): Promise<ImportResult<{ table: CsvTable }>> {
  const read = await readCsvRecords(text, options);
  if (!read.ok) return read;
  const headerIndex = read.records.findIndex((r) => !isBlank(r));
  if (headerIndex === -1) return { ok: false, error: emptyFileError() };
  return tableFrom(read.records, headerIndex, read.delimiter);
}

// ------------------------------------------------------------------ mapping

interface ColumnSpec {
  /** What the user sees in the mapping step. */
  label: string;
  /** Header names that mean this field, compared after normalizeText. */
  aliases: readonly string[];
  read: (cell: string) => { value: unknown } | { problem: string };
  /** How several columns mapped to this field combine: text joins, lists concatenate. */
  combine: 'space' | 'line' | 'list' | 'first';
}

const asText = (cell: string) => ({ value: cell });
const asList = (cell: string) => ({ value: splitList(cell) });
function asWholeNumber(cell: string) {
  const digits = cell.replace(/[\s,]/g, '');
  return /^\d{1,9}$/.test(digits) ? { value: Number(digits) } : { problem: `“${cell}” is not a whole number` };
}
function asYesNo(cell: string) {
  const key = normalizeText(cell);
  if (['yes', 'y', 'true', '1', 'x', 'done'].includes(key)) return { value: true };
  if (['no', 'n', 'false', '0', 'not yet'].includes(key)) return { value: false };
  return { problem: `“${cell}” is not yes or no` };
}
/** A web address typed without its scheme ("www.example.edu/ir") gets https://. */
function asWebLink(cell: string) {
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(cell) && !/^[a-z]+:/i.test(cell)) return { value: `https://${cell}` };
  return { value: cell };
}
/** An X handle ("@ir_doc") becomes its profile link. */
function asXLink(cell: string) {
  const handle = /^@?([A-Za-z0-9_]{1,15})$/.exec(cell);
  return handle ? { value: `https://x.com/${handle[1]}` } : asWebLink(cell);
}
function vocabulary<T extends string>(ids: readonly T[], labels: Record<T, string>, noun: string) {
  return (cell: string) => {
    const id = matchVocabulary(cell, ids, labels);
    return id ? { value: id } : { problem: `“${cell}” is not ${noun} Rapport knows` };
  };
}

export const CONTACT_COLUMNS = {
  name: { label: 'Name', aliases: ['name', 'full name', 'fullname', 'contact', 'contact name', 'display name', 'person'], read: asText, combine: 'space' },
  firstName: { label: 'First name', aliases: ['first name', 'firstname', 'given name', 'first', 'forename'], read: asText, combine: 'space' },
  lastName: { label: 'Last name', aliases: ['last name', 'lastname', 'surname', 'family name', 'last'], read: asText, combine: 'space' },
  role: {
    label: 'Role',
    aliases: ['role', 'contact role', 'contact type', 'type'],
    read: (cell) => {
      const role = matchRole(cell);
      return role ? { value: role } : { problem: `“${cell}” is not a role Rapport knows` };
    },
    combine: 'first',
  },
  title: { label: 'Title', aliases: ['title', 'job title', 'position', 'job', 'occupation', 'organization title', 'organization 1 title'], read: asText, combine: 'space' },
  institution: {
    label: 'Institution',
    aliases: ['institution', 'company', 'organization', 'organisation', 'organization name', 'organization 1 name', 'hospital', 'employer', 'affiliation', 'workplace'],
    read: asText,
    combine: 'space',
  },
  email: {
    label: 'Email',
    aliases: ['email', 'email address', 'e mail', 'e mail address', 'mail', 'email 1 value', 'e mail 1 value', 'primary email', 'work email'],
    read: asText,
    combine: 'first',
  },
  phone: {
    label: 'Phone',
    aliases: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'cell', 'cell phone', 'phone 1 value', 'work phone'],
    read: asText,
    combine: 'first',
  },
  linkedinUrl: { label: 'LinkedIn link', aliases: ['linkedin', 'linkedin url', 'linkedin profile', 'linkedin link', 'url', 'profile url'], read: asWebLink, combine: 'first' },
  xUrl: { label: 'X link', aliases: ['x', 'x link', 'x url', 'twitter', 'twitter url', 'x twitter', 'twitter handle', 'x handle'], read: asXLink, combine: 'first' },
  tags: { label: 'Tags', aliases: ['tags', 'tag', 'labels', 'label', 'groups', 'group membership', 'categories'], read: asList, combine: 'list' },
  interests: { label: 'Interests', aliases: ['interests', 'interest', 'research interests', 'areas of interest'], read: asList, combine: 'list' },
  stage: {
    label: 'Relationship stage',
    aliases: ['stage', 'relationship stage', 'relationship'],
    read: vocabulary(RELATIONSHIP_STAGES, RELATIONSHIP_STAGE_LABELS, 'a relationship stage'),
    combine: 'first',
  },
  howMet: { label: 'How you met', aliases: ['how met', 'how we met', 'how i met', 'how you met', 'met at', 'met through'], read: vocabulary(HOW_MET, HOW_MET_LABELS, 'a way of meeting'), combine: 'first' },
  letterStatus: {
    label: 'Letter status',
    aliases: ['letter', 'letter status', 'lor', 'lor status', 'letter of recommendation'],
    read: vocabulary(LETTER_STATUSES, LETTER_STATUS_LABELS, 'a letter status'),
    combine: 'first',
  },
  cadenceDays: {
    label: 'Keep-in-touch cadence (days)',
    aliases: ['cadence', 'cadence days', 'keep in touch', 'keep in touch days', 'keep in touch cadence', 'keep in touch cadence days'],
    read: asWholeNumber,
    combine: 'first',
  },
  notes: { label: 'Notes', aliases: ['notes', 'note', 'comments', 'comment', 'description', 'memo'], read: asText, combine: 'line' },
} satisfies Record<string, ColumnSpec>;

export const PROGRAM_COLUMNS = {
  name: { label: 'Program name', aliases: ['name', 'program', 'program name', 'programme', 'residency', 'residency program'], read: asText, combine: 'space' },
  institution: {
    label: 'Institution',
    aliases: ['institution', 'hospital', 'university', 'medical center', 'sponsor', 'sponsoring institution', 'organization', 'organisation'],
    read: asText,
    combine: 'space',
  },
  city: { label: 'City', aliases: ['city', 'town'], read: asText, combine: 'space' },
  state: { label: 'State', aliases: ['state', 'province', 'st'], read: asText, combine: 'first' },
  region: { label: 'Region', aliases: ['region'], read: vocabulary(REGIONS, REGION_LABELS, 'a region'), combine: 'first' },
  track: {
    label: 'Track',
    aliases: ['track', 'program type', 'type', 'specialty'],
    read: (cell) => {
      const track = matchTrack(cell);
      return track ? { value: track } : { problem: `“${cell}” is not a track Rapport knows` };
    },
    combine: 'first',
  },
  website: { label: 'Website', aliases: ['website', 'web site', 'url', 'link', 'homepage', 'web'], read: asWebLink, combine: 'first' },
  status: {
    label: 'Application status',
    aliases: ['status', 'application status', 'stage'],
    read: vocabulary(APPLICATION_STATUSES, APPLICATION_STATUS_LABELS, 'an application status'),
    combine: 'first',
  },
  interest: { label: 'Interest (1–5)', aliases: ['interest', 'interest level', 'priority'], read: asWholeNumber, combine: 'first' },
  medianStep2ck: {
    label: 'Median Step 2 CK',
    aliases: ['median step 2 ck', 'median step 2', 'median step2ck', 'step 2 ck median', 'median step 2 ck score'],
    read: asWholeNumber,
    combine: 'first',
  },
  positions: { label: 'Positions', aliases: ['positions', 'spots', 'number of positions', 'slots', 'seats'], read: asWholeNumber, combine: 'first' },
  openHousesAttended: { label: 'Open houses attended', aliases: ['open houses', 'open houses attended', 'open house'], read: asWholeNumber, combine: 'first' },
  awayRotationDone: { label: 'Away rotation done', aliases: ['away rotation', 'away rotation done', 'away'], read: asYesNo, combine: 'first' },
  caseMixNotes: { label: 'Case mix notes', aliases: ['case mix', 'case mix notes'], read: asText, combine: 'line' },
  cultureNotes: { label: 'Culture notes', aliases: ['culture', 'culture notes'], read: asText, combine: 'line' },
  researchNotes: { label: 'Research notes', aliases: ['research', 'research notes'], read: asText, combine: 'line' },
  callNotes: { label: 'Call notes', aliases: ['call', 'call schedule', 'call notes'], read: asText, combine: 'line' },
  notes: { label: 'Notes', aliases: ['notes', 'note', 'comments', 'comment', 'description'], read: asText, combine: 'line' },
} satisfies Record<string, ColumnSpec>;

/** A field a contact CSV column can fill (`firstName` and `lastName` combine into the name). */
export type ContactColumn = keyof typeof CONTACT_COLUMNS;
/** A field a program CSV column can fill. */
export type ProgramColumn = keyof typeof PROGRAM_COLUMNS;
export type ImportColumn<T extends ImportTarget> = T extends 'contacts' ? ContactColumn : ProgramColumn;

/**
 * Which field each column fills, by column position (same order as
 * `CsvTable.headers`); null leaves the column out.
 */
export type ColumnMapping<T extends ImportTarget> = (ImportColumn<T> | null)[];

const COLUMNS: Record<ImportTarget, Record<string, ColumnSpec>> = { contacts: CONTACT_COLUMNS, programs: PROGRAM_COLUMNS };

/** The fields a column can be mapped to, with their labels, for the mapping step's menus. */
export function columnChoices<T extends ImportTarget>(target: T): { field: ImportColumn<T>; label: string }[] {
  return Object.entries(COLUMNS[target]).map(([field, spec]) => ({ field: field as ImportColumn<T>, label: spec.label }));
}

// When no header matches an alias exactly, a header containing one of these words still tells.
const LOOSE_MATCHES: Record<ImportTarget, [RegExp, string][]> = {
  contacts: [
    [/\bfirst\b.*\bname\b|\bgiven\b/, 'firstName'],
    [/\blast\b.*\bname\b|\bsurname\b|\bfamily\b/, 'lastName'],
    [/\be ?mail\b/, 'email'],
    [/\bphone\b|\bmobile\b|\btel\b/, 'phone'],
    [/\blinkedin\b/, 'linkedinUrl'],
    [/\btwitter\b/, 'xUrl'],
    [/\bcompany\b|\borgani[sz]ation\b|\binstitution\b|\bhospital\b/, 'institution'],
    [/\btitle\b|\bposition\b/, 'title'],
    [/\bnotes?\b/, 'notes'],
    [/\btags?\b|\blabels?\b/, 'tags'],
  ],
  programs: [
    [/\bprogram\b.*\bname\b|\bprogram\b/, 'name'],
    [/\bwebsite\b|\burl\b/, 'website'],
    [/\binstitution\b|\bhospital\b|\buniversity\b/, 'institution'],
    [/\bstep 2\b/, 'medianStep2ck'],
    [/\bnotes?\b/, 'notes'],
  ],
};

/**
 * Guesses which field each column holds, from its header: exact names first
 * ("Email Address", "Company", Rapport's own export headers), then headers
 * that contain a telling word ("Work e-mail"). Each field is suggested once;
 * the user confirms or changes the mapping before anything is imported.
 */
export function suggestMapping<T extends ImportTarget>(headers: readonly string[], target: T): ColumnMapping<T> {
  const specs = COLUMNS[target];
  const mapping: (string | null)[] = headers.map(() => null);
  const used = new Set<string>();
  const keys = headers.map(normalizeText);
  keys.forEach((key, i) => {
    const field = Object.keys(specs).find(
      (f) => !used.has(f) && (specs[f].aliases.includes(key) || normalizeText(specs[f].label) === key || normalizeText(f) === key),
    );
    if (field) {
      mapping[i] = field;
      used.add(field);
    }
  });
  keys.forEach((key, i) => {
    if (mapping[i] !== null || key === '') return;
    const loose = LOOSE_MATCHES[target].find(([pattern, field]) => !used.has(field) && pattern.test(key));
    if (loose) {
      mapping[i] = loose[1];
      used.add(loose[1]);
    }
  });
  return mapping as ColumnMapping<T>;
}

/**
 * What is missing from a mapping before it can be applied, in words; empty
 * when it is ready. Contacts need a name column (or first and last name);
 * programs need a name column.
 */
export function mappingProblems<T extends ImportTarget>(mapping: ColumnMapping<T>, target: T): string[] {
  const fields = new Set<string>(mapping.filter((f): f is ImportColumn<T> => f !== null));
  if (target === 'contacts' && !fields.has('name') && !fields.has('firstName') && !fields.has('lastName')) {
    return ['Choose the column that holds each person’s name (or first and last name).'];
  }
  if (target === 'programs' && !fields.has('name')) return ['Choose the column that holds the program name.'];
  return [];
}

/** Values for contact fields a row leaves empty; `tags` are added to every row (e.g. "SIR 2026"). */
export interface ContactImportDefaults {
  role?: ContactRole;
  stage?: RelationshipStage;
  howMet?: HowMet;
  tags?: string[];
}

/** Values for program fields a row leaves empty, e.g. `{ track: 'integrated-ir' }` for a list of IR programs. */
export interface ProgramImportDefaults {
  track?: Track;
  status?: ApplicationStatus;
  region?: Region;
}

export interface ApplyMappingOptions<T extends ImportTarget> {
  defaults?: T extends 'contacts' ? ContactImportDefaults : ProgramImportDefaults;
}

/**
 * Turns CSV rows into import candidates using the mapping. Unreadable values
 * (an unknown role, "abc" for a number) become problems on the candidate; the
 * import plan reports them. A contact with no role column gets one guessed
 * from its title, else "Other"; a program with no track column gets the
 * default, else one guessed from its name.
 */
export function applyMapping<T extends ImportTarget>(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<T>,
  target: T,
  options: ApplyMappingOptions<T> = {},
): ImportCandidate[] {
  const specs = COLUMNS[target];
  const defaults: Record<string, unknown> = { ...(options.defaults ?? {}) };
  return rows.map((row) => {
    const collected = new Map<string, unknown[]>();
    const problems: FieldIssue[] = [];
    mapping.forEach((field, column) => {
      if (field === null) return;
      const cell = cellText(row.cells[column]);
      if (cell === '') return;
      const result = specs[field].read(cell);
      if ('problem' in result) problems.push({ field: schemaPath(field), message: result.problem });
      else collected.set(field, [...(collected.get(field) ?? []), result.value]);
    });
    const fields: Record<string, unknown> = {};
    for (const [field, values] of collected) fields[field] = combine(specs[field].combine, values);
    return { row: row.line, fields: target === 'contacts' ? contactShape(fields, defaults) : programShape(fields, defaults), problems };
  });
}

function combine(how: ColumnSpec['combine'], values: unknown[]): unknown {
  switch (how) {
    case 'space':
      return values.join(' ');
    case 'line':
      return values.join('\n');
    case 'list':
      return values.flat();
    case 'first':
      return values[0];
  }
}

function schemaPath(field: string): string {
  if (field === 'firstName' || field === 'lastName') return 'name';
  if (field === 'medianStep2ck' || field === 'positions') return `figures.${field}`;
  return field;
}

function contactShape(collected: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const { firstName, lastName, ...fields } = collected;
  if (fields.name === undefined) {
    const joined = [firstName, lastName].filter((p) => typeof p === 'string' && p !== '').join(' ');
    if (joined !== '') fields.name = joined;
  }
  if (fields.role === undefined) {
    fields.role = (typeof fields.title === 'string' && guessRoleFromTitle(fields.title)) || defaults.role || 'other';
  }
  for (const key of ['stage', 'howMet'] as const) if (fields[key] === undefined && defaults[key] !== undefined) fields[key] = defaults[key];
  if (Array.isArray(defaults.tags)) fields.tags = [...new Set([...(Array.isArray(fields.tags) ? fields.tags : []), ...defaults.tags])];
  return fields;
}

function programShape(collected: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const { medianStep2ck, positions, ...fields } = collected;
  if (medianStep2ck !== undefined || positions !== undefined) {
    fields.figures = { medianStep2ck: medianStep2ck ?? null, positions: positions ?? null };
  }
  if (fields.track === undefined) fields.track = defaults.track ?? (typeof fields.name === 'string' ? matchTrack(fields.name) : null) ?? undefined;
  for (const key of ['status', 'region'] as const) if (fields[key] === undefined && defaults[key] !== undefined) fields[key] = defaults[key];
  return fields;
}

// ------------------------------------------------------------------ LinkedIn

/** The header line of LinkedIn's Connections.csv, in order. */
export const LINKEDIN_HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'] as const;

const LINKEDIN_FIELDS: Record<(typeof LINKEDIN_HEADER)[number], ContactColumn | null> = {
  'First Name': 'firstName',
  'Last Name': 'lastName',
  URL: 'linkedinUrl',
  'Email Address': 'email',
  Company: 'institution',
  Position: 'title',
  'Connected On': null,
};

/** How many lines of notes may come before LinkedIn's header. */
const LINKEDIN_MAX_PREAMBLE = 30;

/**
 * Reads LinkedIn's Connections.csv: finds the header line below LinkedIn's
 * notes, maps its columns to contact fields (Position also suggests the role)
 * and adds the connection date to the notes. Refuses a CSV without that header.
 */
export async function parseLinkedInConnections(
  text: string,
  options: ProgressOptions = {},
): Promise<ImportResult<{ candidates: ImportCandidate[]; table: CsvTable }>> {
  const read = await readCsvRecords(text, options);
  if (!read.ok) return read;
  const wanted = LINKEDIN_HEADER.map(normalizeText);
  const headerIndex = read.records
    .slice(0, LINKEDIN_MAX_PREAMBLE)
    .findIndex((r) => {
      const cells = r.cells.map(normalizeText);
      return cells.includes(wanted[0]) && cells.includes(wanted[1]);
    });
  if (headerIndex === -1) {
    return {
      ok: false,
      error: importError(
        'missing-columns',
        `This is not LinkedIn's Connections.csv: no line near the top has the columns ${LINKEDIN_HEADER.join(', ')}. For another CSV, use "Import from any CSV" and match its columns.`,
      ),
    };
  }
  const made = tableFrom(read.records, headerIndex, read.delimiter);
  if (!made.ok) return made;
  const { table } = made;
  const mapping = table.headers.map((h) => {
    const known = LINKEDIN_HEADER.find((name) => normalizeText(name) === normalizeText(h));
    return known ? LINKEDIN_FIELDS[known] : null;
  });
  const connectedOn = table.headers.findIndex((h) => normalizeText(h) === normalizeText('Connected On'));
  const candidates = applyMapping(table.rows, mapping, 'contacts').map((candidate, i) => {
    const date = connectedOn === -1 ? '' : cellText(table.rows[i].cells[connectedOn]);
    if (date === '') return candidate;
    const line = `Connected on LinkedIn: ${date}`;
    const notes = typeof candidate.fields.notes === 'string' && candidate.fields.notes !== '' ? `${candidate.fields.notes}\n${line}` : line;
    return { ...candidate, fields: { ...candidate.fields, notes } };
  });
  return { ok: true, candidates, table };
}

// ------------------------------------------------------------------ writing

/**
 * Makes a cell safe to open in a spreadsheet: one that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return would run as a formula (CSV injection), so
 * it gets a leading apostrophe. Importers take the apostrophe off again
 * ({@link cellText}), so export then import gives back the original text.
 */
export function neutralizeFormula(cell: string): string {
  // A cell that already starts with apostrophes before a formula character gets one more,
  // so taking one off on import gives back exactly the original.
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * A CSV file (with a BOM so spreadsheets read it as UTF-8, CRLF line ends):
 * cells quoted where they hold a comma, quote or line break, quotes doubled,
 * formula-like cells neutralised.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => neutralizeFormula(cell === null ? '' : String(cell))));
  return `\uFEFF${Papa.unparse({ fields: [...headers], data: cells }, { newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

const CONTACT_CSV: [string, (c: Contact) => string | number | null][] = [
  [CONTACT_COLUMNS.name.label, (c) => c.name],
  [CONTACT_COLUMNS.role.label, (c) => CONTACT_ROLE_LABELS[c.role]],
  [CONTACT_COLUMNS.title.label, (c) => c.title],
  [CONTACT_COLUMNS.institution.label, (c) => c.institution],
  [CONTACT_COLUMNS.email.label, (c) => c.email],
  [CONTACT_COLUMNS.phone.label, (c) => c.phone],
  [CONTACT_COLUMNS.linkedinUrl.label, (c) => c.linkedinUrl],
  [CONTACT_COLUMNS.xUrl.label, (c) => c.xUrl],
  [CONTACT_COLUMNS.tags.label, (c) => c.tags.join('; ')],
  [CONTACT_COLUMNS.interests.label, (c) => c.interests.join('; ')],
  [CONTACT_COLUMNS.stage.label, (c) => RELATIONSHIP_STAGE_LABELS[c.stage]],
  [CONTACT_COLUMNS.howMet.label, (c) => (c.howMet ? HOW_MET_LABELS[c.howMet] : '')],
  [CONTACT_COLUMNS.letterStatus.label, (c) => LETTER_STATUS_LABELS[c.letterStatus]],
  [CONTACT_COLUMNS.cadenceDays.label, (c) => c.cadenceDays],
  [CONTACT_COLUMNS.notes.label, (c) => c.notes],
];

/** Contacts as CSV, one row each, with headers Rapport's own import recognises. */
export function contactsToCsv(contacts: readonly Contact[]): string {
  return toCsv(
    CONTACT_CSV.map(([header]) => header),
    contacts.map((c) => CONTACT_CSV.map(([, value]) => value(c))),
  );
}

const PROGRAM_CSV: [string, (p: Program) => string | number | null][] = [
  [PROGRAM_COLUMNS.name.label, (p) => p.name],
  [PROGRAM_COLUMNS.institution.label, (p) => p.institution],
  [PROGRAM_COLUMNS.city.label, (p) => p.city],
  [PROGRAM_COLUMNS.state.label, (p) => p.state],
  [PROGRAM_COLUMNS.region.label, (p) => (p.region ? REGION_LABELS[p.region] : '')],
  [PROGRAM_COLUMNS.track.label, (p) => TRACK_LABELS[p.track]],
  [PROGRAM_COLUMNS.website.label, (p) => p.website],
  [PROGRAM_COLUMNS.status.label, (p) => APPLICATION_STATUS_LABELS[p.status]],
  [PROGRAM_COLUMNS.interest.label, (p) => p.interest],
  [PROGRAM_COLUMNS.medianStep2ck.label, (p) => p.figures.medianStep2ck],
  [PROGRAM_COLUMNS.positions.label, (p) => p.figures.positions],
  [PROGRAM_COLUMNS.openHousesAttended.label, (p) => p.openHousesAttended],
  [PROGRAM_COLUMNS.awayRotationDone.label, (p) => (p.awayRotationDone ? 'Yes' : 'No')],
  [PROGRAM_COLUMNS.caseMixNotes.label, (p) => p.caseMixNotes],
  [PROGRAM_COLUMNS.cultureNotes.label, (p) => p.cultureNotes],
  [PROGRAM_COLUMNS.researchNotes.label, (p) => p.researchNotes],
  [PROGRAM_COLUMNS.callNotes.label, (p) => p.callNotes],
  [PROGRAM_COLUMNS.notes.label, (p) => p.notes],
];

/** Programs as CSV, one row each, with headers Rapport's own import recognises. */
export function programsToCsv(programs: readonly Program[]): string {
  return toCsv(
    PROGRAM_CSV.map(([header]) => header),
    programs.map((p) => PROGRAM_CSV.map(([, value]) => value(p))),
  );
}
