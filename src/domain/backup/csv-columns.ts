/**
 * Which column of a CSV is which field: the column specs for contacts and
 * programs, and {@link suggestMapping} — a guess from the headers (and, for a
 * file without headers, from the cells) that the user then corrects.
 */
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
} from '../vocabulary';
import { matchRole, matchTrack, matchVocabulary, normalizeText, type ImportTarget } from './import-candidate';
import { holdsEmailOrLink, type CsvRow } from './csv-read';
import { CONTACT_LINK_COLUMNS, OWN_FILE_SIGNATURE, PROGRAM_RATING_COLUMNS } from './csv-own-format';
import {
  allHonorifics,
  asBirthday,
  asEmails,
  asList,
  asPhones,
  asSingleText,
  asTags,
  asText,
  asWebLink,
  asWebLinks,
  asWholeNumber,
  asXLink,
  asYesNo,
  type CellReading,
  type ColumnSpec,
} from './csv-values';

function vocabulary<T extends string>(ids: readonly T[], labels: Record<T, string>, noun: string) {
  return (cell: string): CellReading => {
    const id = matchVocabulary(cell, ids, labels);
    return id ? { value: id } : { problem: `“${cell}” is not ${noun} Rapport knows` };
  };
}

export const CONTACT_COLUMNS = {
  name: { label: 'Name', aliases: ['name', 'full name', 'fullname', 'display name', 'contact', 'contact name', 'person'], read: asText, combine: 'space' },
  namePrefix: { label: 'Name prefix (Dr., Ms.)', aliases: ['name prefix', 'prefix', 'honorific', 'salutation'], read: asText, combine: 'space' },
  firstName: { label: 'First name', aliases: ['first name', 'firstname', 'given name', 'first', 'forename'], read: asText, combine: 'space' },
  middleName: { label: 'Middle name', aliases: ['middle name', 'additional name', 'middle'], read: asText, combine: 'space' },
  lastName: { label: 'Last name', aliases: ['last name', 'lastname', 'surname', 'family name', 'last'], read: asText, combine: 'space' },
  nameSuffix: { label: 'Name suffix (MD, Jr.)', aliases: ['name suffix', 'suffix'], read: asText, combine: 'space' },
  role: {
    label: 'Role',
    aliases: ['role', 'contact role', 'contact type', 'type'],
    read: (cell) => {
      const role = matchRole(cell);
      return role ? { value: role } : { problem: `“${cell}” is not a role Rapport knows` };
    },
    combine: 'first',
  },
  // Google's "Outlook CSV" and Outlook itself have "Title" for Dr./Ms. and "Job Title" for the job: the job comes first.
  title: {
    label: 'Title',
    aliases: ['job title', 'organization 1 title', 'organization title', 'position', 'title', 'job', 'occupation'],
    read: asSingleText,
    combine: 'space',
  },
  institution: {
    label: 'Institution',
    aliases: ['institution', 'company', 'organization', 'organisation', 'organization name', 'organization 1 name', 'hospital', 'employer', 'affiliation', 'workplace'],
    read: asSingleText,
    combine: 'space',
  },
  email: {
    label: 'Email',
    aliases: ['email', 'email address', 'e mail', 'e mail address', 'mail', 'email 1 value', 'e mail 1 value', 'primary email', 'work email'],
    read: asEmails,
    combine: 'points',
    many: true,
  },
  phone: {
    label: 'Phone',
    aliases: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'cell', 'cell phone', 'phone 1 value', 'work phone'],
    read: asPhones,
    combine: 'points',
    many: true,
  },
  website: {
    label: 'Web link',
    aliases: ['web link', 'website', 'web site', 'web page', 'homepage', 'website 1 value', 'web page 1'],
    read: asWebLinks,
    combine: 'points',
    many: true,
  },
  linkedinUrl: { label: 'LinkedIn link', aliases: ['linkedin', 'linkedin url', 'linkedin profile', 'linkedin link', 'url', 'profile url'], read: asWebLink, combine: 'first' },
  xUrl: { label: 'X link', aliases: ['x', 'x link', 'x url', 'twitter', 'twitter url', 'x twitter', 'twitter handle', 'x handle'], read: asXLink, combine: 'first' },
  tags: { label: 'Tags', aliases: ['tags', 'tag', 'labels', 'label', 'groups', 'group membership', 'categories'], read: asTags, combine: 'list' },
  interests: { label: 'Interests', aliases: ['interests', 'interest', 'research interests', 'areas of interest'], read: asList, combine: 'list' },
  // Address parts: columns with the same prefix ("Business …", "Address 1 - …") make one address.
  addressStreet: { label: 'Address: street', aliases: ['street', 'street address', 'address', 'address line 1', 'address line 2'], read: asText, combine: 'address', many: true },
  addressCity: { label: 'Address: city', aliases: ['city', 'town'], read: asText, combine: 'address', many: true },
  addressRegion: { label: 'Address: state or region', aliases: ['state', 'region', 'province', 'county'], read: asText, combine: 'address', many: true },
  addressPostcode: { label: 'Address: postcode', aliases: ['zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code'], read: asText, combine: 'address', many: true },
  addressCountry: { label: 'Address: country', aliases: ['country', 'country region'], read: asText, combine: 'address', many: true },
  birthday: { label: 'Birthday', aliases: ['birthday', 'birth date', 'date of birth', 'birthdate', 'dob'], read: asBirthday, combine: 'first' },
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
  ...CONTACT_LINK_COLUMNS,
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
  ...PROGRAM_RATING_COLUMNS,
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

/** A field a contact CSV column can fill (first, middle and last name combine into the name). */
export type ContactColumn = keyof typeof CONTACT_COLUMNS;
/** A field a program CSV column can fill. */
export type ProgramColumn = keyof typeof PROGRAM_COLUMNS;
export type ImportColumn<T extends ImportTarget> = T extends 'contacts' ? ContactColumn : ProgramColumn;

/**
 * Which field each column fills, by column position (same order as
 * `CsvTable.headers`); null leaves the column out.
 */
export type ColumnMapping<T extends ImportTarget> = (ImportColumn<T> | null)[];

export const COLUMNS: Record<ImportTarget, Record<string, ColumnSpec>> = { contacts: CONTACT_COLUMNS, programs: PROGRAM_COLUMNS };

/** The fields a column can be mapped to, with their labels, for the mapping step's menus. */
export function columnChoices<T extends ImportTarget>(target: T): { field: ImportColumn<T>; label: string }[] {
  return Object.entries(COLUMNS[target]).map(([field, spec]) => ({ field: field as ImportColumn<T>, label: spec.label }));
}

// When no header matches an alias exactly, a header containing one of these words still tells.
const LOOSE_MATCHES: Record<ImportTarget, [RegExp, string][]> = {
  contacts: [
    [/\bfirst\b.*\bname\b|\bgiven\b/, 'firstName'],
    [/\bmiddle\b/, 'middleName'],
    [/\blast\b.*\bname\b|\bsurname\b|\bfamily\b/, 'lastName'],
    [/\be ?mail\b/, 'email'],
    [/\bphone\b|\bmobile\b|\btel\b|\bcell\b/, 'phone'],
    [/\blinkedin\b/, 'linkedinUrl'],
    [/\btwitter\b/, 'xUrl'],
    [/\bcountry\b/, 'addressCountry'],
    [/\b(postal|zip ?code|zip|postcode)\b/, 'addressPostcode'],
    [/\bcity\b/, 'addressCity'],
    [/\b(state|region|province)\b/, 'addressRegion'],
    [/\b(street|address|po box)\b/, 'addressStreet'],
    [/\bweb ?(site|page|link)\b|\bhomepage\b|\burl\b/, 'website'],
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

// Headers naming someone else's phone, a fax or a pager, or describing another column: never a contact point.
const NOT_A_CONTACT_POINT = /\b(type|label|display|kind|assistant|assistants|manager|pager|fax|callback|radio|telex|tty|tdd|isdn)\b/;
// Google's one-line "Address 1 - Formatted" repeats the parts beside it; an email or IM address is not a postal one.
const NOT_AN_ADDRESS_PART = /\b(formatted|label|type|e ?mail|im|ip|web)\b/;

function excluded(spec: ColumnSpec, key: string): boolean {
  if (spec.combine === 'points') return NOT_A_CONTACT_POINT.test(key);
  if (spec.combine === 'address') return NOT_AN_ADDRESS_PART.test(key);
  return false;
}

/**
 * Columns that hold the label of another column's values, by that column:
 * Google's "E-mail 1 - Label" (or "- Type") for "E-mail 1 - Value", its
 * "Address 1 - Label" for each "Address 1 - …" part, and Rapport's own
 * "Email 2 label" for "Email 2".
 */
export function labelColumns(headers: readonly string[]): Map<number, number> {
  const keys = headers.map(normalizeText);
  const labels = new Map<number, number>();
  keys.forEach((key, i) => {
    const base = /^(.+) (label|type)$/.exec(key)?.[1];
    if (!base) return;
    const valueColumn = keys.findIndex((other, j) => j !== i && (other === base || other === `${base} value`));
    if (valueColumn !== -1) {
      if (!labels.has(valueColumn)) labels.set(valueColumn, i);
      return;
    }
    // Google's "Address 1 - Label" labels every "Address 1 - …" part.
    keys.forEach((other, j) => {
      if (j !== i && other.startsWith(`${base} `) && !labels.has(j)) labels.set(j, i);
    });
  });
  return labels;
}

/** How well a header names a field: its place among the aliases (best first), then the field's own label or name; Infinity when it does not. */
function aliasRank(spec: ColumnSpec, field: string, key: string): number {
  const index = spec.aliases.indexOf(key);
  if (index !== -1) return index;
  return normalizeText(spec.label) === key || normalizeText(field) === key ? spec.aliases.length : Infinity;
}

/**
 * Guesses which field each column holds, from its header: exact names first
 * (the best-ranked alias wins, so "Job Title" beats Outlook's honorific
 * "Title"), then headers that contain a telling word ("Work e-mail",
 * "Business Phone 2"). Emails, phones and web links may come from any number
 * of columns; every other field is suggested once. Given the rows, a "Title"
 * column holding only "Dr."/"Ms." becomes the name prefix, and a column with
 * no header (or a generated "Column 3") is guessed from its cells. The user
 * confirms or changes the mapping before anything is imported.
 */
export function suggestMapping<T extends ImportTarget>(headers: readonly string[], target: T, rows: readonly CsvRow[] = []): ColumnMapping<T> {
  const specs = COLUMNS[target];
  const mapping: (string | null)[] = headers.map(() => null);
  const used = new Set<string>();
  const keys = headers.map(normalizeText);
  const skip = new Set(target === 'contacts' ? labelColumns(headers).values() : []);
  const free = (i: number) => mapping[i] === null && keys[i] !== '' && !skip.has(i);

  for (const [field, spec] of Object.entries(specs)) {
    const ranked = keys
      .map((key, i) => ({ i, rank: free(i) ? aliasRank(spec, field, key) : Infinity }))
      .filter((c) => c.rank !== Infinity && !excluded(spec, keys[c.i]));
    if (ranked.length === 0) continue;
    const chosen = spec.many ? ranked : [ranked.reduce((best, c) => (c.rank < best.rank ? c : best))];
    for (const { i } of chosen) mapping[i] = field;
    used.add(field);
  }
  keys.forEach((key, i) => {
    if (!free(i)) return;
    const loose = LOOSE_MATCHES[target].find(
      ([pattern, field]) => (!used.has(field) || specs[field].many) && pattern.test(key) && !excluded(specs[field], key),
    );
    if (loose) {
      mapping[i] = loose[1];
      used.add(loose[1]);
    }
  });
  // Rapport's own file says what each column is; its cells are not guessed from.
  if (target === 'contacts' && rows.length > 0 && !isRapportCsv(headers, target)) guessFromCells(headers, rows, mapping, used);
  return mapping as ColumnMapping<T>;
}

const EMAIL_LIKE = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const URL_LIKE = /^(https?:\/\/|www\.)\S+$/i;
const PHONE_LIKE = /^\+?[\d\s().-]{7,}$/;

function guessFromCells(headers: readonly string[], rows: readonly CsvRow[], mapping: (string | null)[], used: Set<string>) {
  const sample = rows.slice(0, 50);
  const valuesOf = (i: number) => sample.map((r) => (r.cells[i] ?? '').trim()).filter((v) => v !== '');
  const title = mapping.indexOf('title');
  if (title !== -1 && allHonorifics(valuesOf(title))) {
    mapping[title] = used.has('namePrefix') ? null : 'namePrefix';
    used.add('namePrefix');
    used.delete('title');
  }
  // Outlook's "Title" column beside its "Job Title": Dr., Ms. — the name prefix.
  headers.forEach((header, i) => {
    if (mapping[i] === null && normalizeText(header) === 'title' && !used.has('namePrefix') && allHonorifics(valuesOf(i))) {
      mapping[i] = 'namePrefix';
      used.add('namePrefix');
    }
  });
  headers.forEach((header, i) => {
    if (mapping[i] !== null || !(header.trim() === '' || /^column \d+$/i.test(header.trim()))) return;
    const values = valuesOf(i);
    const most = (pattern: RegExp) => values.length > 0 && values.filter((v) => pattern.test(v)).length >= values.length * 0.8;
    let field: string | null = null;
    if (most(EMAIL_LIKE)) field = 'email';
    else if (most(/linkedin\.com\//i) && !used.has('linkedinUrl')) field = 'linkedinUrl';
    else if (most(URL_LIKE)) field = 'website';
    else if (most(PHONE_LIKE)) field = 'phone';
    if (field) {
      mapping[i] = field;
      used.add(field);
    }
  });
}

/**
 * True when a "header" reads like a row of data — it holds an email address
 * or a web link, and none of its cells is a column name Rapport knows — so
 * the file probably has no header line.
 */
export function headerLooksLikeData(headers: readonly string[]): boolean {
  const cells = headers.map((h) => h.trim());
  if (!holdsEmailOrLink(cells)) return false;
  const known = new Set<string>();
  for (const specs of Object.values(COLUMNS)) {
    for (const [field, spec] of Object.entries(specs)) {
      for (const alias of spec.aliases) known.add(alias);
      known.add(normalizeText(spec.label));
      known.add(normalizeText(field));
    }
  }
  return !cells.some((c) => known.has(normalizeText(c)));
}

/**
 * True when the headers are those of a CSV Rapport itself exported (every
 * column such a file always has, under its label): its cells then read back
 * exactly as written ({@link OWN_FILE_SIGNATURE}).
 */
export function isRapportCsv(headers: readonly string[], target: ImportTarget): boolean {
  const present = new Set(headers.map((h) => h.trim()));
  const specs: Record<string, ColumnSpec> = COLUMNS[target];
  return OWN_FILE_SIGNATURE[target].every((field) => present.has(specs[field].label));
}

/**
 * What is missing from a mapping before it can be applied, in words; empty
 * when it is ready. Contacts need a name column (or first and last name);
 * programs need a name column.
 */
export function mappingProblems<T extends ImportTarget>(mapping: ColumnMapping<T>, target: T): string[] {
  const fields = new Set<string>(mapping.filter((f): f is ImportColumn<T> => f !== null));
  if (target === 'contacts' && !['name', 'firstName', 'middleName', 'lastName'].some((f) => fields.has(f))) {
    return ['Choose the column that holds each person’s name (or first and last name).'];
  }
  if (target === 'programs' && !fields.has('name')) return ['Choose the column that holds the program name.'];
  return [];
}
