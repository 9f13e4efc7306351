/**
 * Which column of a CSV is which field: the column specs for contacts and
 * programs, {@link suggestMapping} (a guess from the headers the user then
 * corrects) and {@link applyMapping}, which turns rows into import candidates.
 */
import type { FieldIssue } from '../validation';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  HOW_MET,
  HOW_MET_LABELS,
  LETTER_STATUSES,
  LETTER_STATUS_LABELS,
  REGIONS,
  REGION_LABELS,
  RELATIONSHIP_STAGES,
  RELATIONSHIP_STAGE_LABELS,
  type ApplicationStatus,
  type ContactRole,
  type HowMet,
  type Region,
  type RelationshipStage,
  type Track,
} from '../vocabulary';
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
import type { CsvRow } from './csv-read';

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
