/**
 * {@link applyMapping}: CSV rows become import candidates once the user has
 * said which column is which field. Several email, phone and web-link columns
 * gather into the contact's lists, each value with its label; a value that is
 * not understood is left out with a note for the preview, never costing the row.
 */
import type { FieldIssue } from '../validation';
import type { ApplicationStatus, ContactRole, HowMet, Region, RelationshipStage, Track } from '../vocabulary';
import { cellText, guessRoleFromTitle, matchTrack, normalizeText, type ImportCandidate, type ImportTarget } from './import-candidate';
import type { CsvRow } from './csv-read';
import { COLUMNS, isRapportCsv, labelColumns, type ColumnMapping } from './csv-columns';
import { MENTOR_SIGNAL_FIELDS, OWN_FILE_READERS, ratingCriterionOf } from './csv-own-format';
import { labelFromCell, labelFromHeader, type ColumnSpec, type ContactPoint } from './csv-values';

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
  /** The file's headers: they name columns in notes, give emails and phones their labels ("Business Phone" is work) and find label columns. */
  headers?: readonly string[];
  /** The file's delimiter, to recognise a row that sits whole in one quoted cell. */
  delimiter?: string;
}

const EMAIL_OR_LINK = /[^\s@]+@[^\s@]+\.[a-z]{2,}|https?:\/\/|www\./i;

/**
 * A row whose only filled cell holds several of the file's delimiters and
 * looks like a whole record ("Ana Reyes,ana@x.org,Mercy" quoted as one cell,
 * as some exports and hand edits do) cannot be told apart into fields. A lone
 * "Reyes, Ana" is a name with a comma, so it takes three parts, or two with
 * an email or link among them, to call it that.
 */
function wholeRowInOneCell(row: CsvRow, columns: number, delimiter: string): string | null {
  if (columns < 2) return null;
  const filled = row.cells.filter((c) => c.trim() !== '');
  if (filled.length !== 1) return null;
  const parts = filled[0].split(delimiter).filter((p) => p.trim() !== '');
  return parts.length >= 3 || (parts.length === 2 && parts.some((p) => EMAIL_OR_LINK.test(p))) ? filled[0] : null;
}

/** "Email not understood, left out: “x” is not an email address, from column “E-mail 2 - Value”". */
function describeNote(headers: readonly string[] | undefined, column: number, spec: ColumnSpec, note: string): string {
  const header = headers?.[column]?.trim();
  return `${spec.label.replace(/ \(.*\)$/, '')} ${note}${header ? `, from column “${header}”` : ''}`;
}

/**
 * Turns CSV rows into import candidates using the mapping. Unreadable values
 * of single fields (an unknown role, "abc" for a number) become problems on
 * the candidate; the import plan reports them. An email, phone, link or
 * birthday that is not understood is left out and noted instead. A contact
 * with no role column gets one guessed from its title, else "Other"; a
 * program with no track column gets the default, else one guessed from its name.
 */
export function applyMapping<T extends ImportTarget>(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<T>,
  target: T,
  options: ApplyMappingOptions<T> = {},
): ImportCandidate[] {
  const specs = COLUMNS[target];
  const defaults: Record<string, unknown> = { ...(options.defaults ?? {}) };
  const { headers } = options;
  const labelColumnOf = target === 'contacts' && headers ? labelColumns(headers) : new Map<number, number>();
  // Rapport's own file reads back exactly as it was written: labels as typed, one value a cell.
  const own = headers !== undefined && isRapportCsv(headers, target);
  const labelOf = (cell: string | undefined) => (own ? cellText(cell) : labelFromCell(cellText(cell)));
  return rows.map((row) => {
    const collected = new Map<string, unknown[]>();
    const problems: FieldIssue[] = [];
    const notes: string[] = [];
    const addressParts: AddressPart[] = [];
    const whole = wholeRowInOneCell(row, mapping.length, options.delimiter ?? ',');
    if (whole !== null) {
      const shown = whole.length > 80 ? `${whole.slice(0, 77)}…` : whole;
      problems.push({
        field: '',
        message: `the whole row sits in one quoted cell (“${shown}”), so Rapport cannot tell its columns apart. Remove the quotes around that line in a text editor, or split it into columns in a spreadsheet, and import it again`,
      });
      return { row: row.line, fields: {}, problems, notes };
    }
    mapping.forEach((field, column) => {
      if (field === null) return;
      const spec = specs[field];
      const cell = cellText(row.cells[column]);
      if (cell === '') return;
      const result = ((own && OWN_FILE_READERS[target][field]) || spec.read)(cell);
      if ('problem' in result) {
        problems.push({ field: schemaPath(field), message: result.problem });
        return;
      }
      for (const note of result.notes ?? []) notes.push(describeNote(headers, column, spec, note));
      let value = result.value;
      if (spec.combine === 'address') {
        const labelColumn = labelColumnOf.get(column);
        addressParts.push({
          group: addressGroup(headers?.[column] ?? ''),
          part: ADDRESS_PARTS[field],
          value: String(value),
          label: labelColumn === undefined ? null : labelOf(row.cells[labelColumn]),
        });
        return;
      }
      if (spec.combine === 'points' && Array.isArray(value)) {
        const labelColumn = labelColumnOf.get(column);
        const label = labelColumn === undefined ? labelFromHeader(headers?.[column] ?? '') : labelOf(row.cells[labelColumn]);
        value = value.map((v: unknown): ContactPoint => ({ value: String(v), label }));
      }
      collected.set(field, [...(collected.get(field) ?? []), value]);
    });
    const fields: Record<string, unknown> = {};
    for (const [field, values] of collected) fields[field] = combine(specs[field].combine, values);
    if (addressParts.length > 0) fields.addresses = addressesFrom(addressParts);
    return { row: row.line, fields: target === 'contacts' ? contactShape(fields, defaults, own) : programShape(fields, defaults), problems, notes };
  });
}

function combine(how: ColumnSpec['combine'], values: unknown[]): unknown {
  switch (how) {
    case 'space':
      return values.filter((v) => v !== '').join(' ');
    case 'line':
      return values.join('\n');
    case 'list':
    case 'points':
    case 'address':
      return values.flat();
    case 'first':
      return values[0];
  }
}

type AddressKey = 'street' | 'city' | 'region' | 'postcode' | 'country';
const ADDRESS_PARTS: Record<string, AddressKey> = {
  addressStreet: 'street',
  addressCity: 'city',
  addressRegion: 'region',
  addressPostcode: 'postcode',
  addressCountry: 'country',
};

interface AddressPart {
  /** Which address of the row the column belongs to: "address 1", "business", "home", or "" when the header says none. */
  group: string;
  part: AddressKey;
  value: string;
  /** The label a label column gave, or null to take it from the group's words. */
  label: string | null;
}

/** "Business Street 2" and "Business City" are the business address; "Address 1 - City" is address 1. */
function addressGroup(header: string): string {
  const key = normalizeText(header);
  const google = /^(address \d+) /.exec(key);
  if (google) return google[1];
  return key
    .replace(/\b(street|address|city|state|region|province|county|postal|code|zip ?code|zip|postcode|post|country|po box|extended|line)\b( \d+)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One address per group, in the order the file has them; street lines join with a line break. */
function addressesFrom(parts: readonly AddressPart[]): Record<AddressKey | 'label', string>[] {
  const groups = new Map<string, Record<AddressKey | 'label', string>>();
  for (const { group, part, value, label } of parts) {
    const address = groups.get(group) ?? { street: '', city: '', region: '', postcode: '', country: '', label: labelFromHeader(group) };
    if (label !== null && label !== '') address.label = label;
    address[part] = part === 'street' && address.street !== '' ? `${address.street}\n${value}` : address[part] === '' ? value : `${address[part]} ${value}`;
    groups.set(group, address);
  }
  return [...groups.values()];
}

function schemaPath(field: string): string {
  if (['firstName', 'middleName', 'lastName', 'namePrefix', 'nameSuffix'].includes(field)) return 'name';
  if (field === 'medianStep2ck' || field === 'positions') return `figures.${field}`;
  if (field === 'programs') return 'programIds';
  if (field === 'introducedBy') return 'introducedById';
  if ((MENTOR_SIGNAL_FIELDS as readonly string[]).includes(field)) return `mentorSignals.${field}`;
  const criterion = ratingCriterionOf(field);
  if (criterion) return `ratings.${criterion}`;
  return field;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Points with the same value (any case) appear once, keeping the first label that says something. */
function uniquePoints(points: readonly ContactPoint[]): ContactPoint[] {
  const out: ContactPoint[] = [];
  for (const point of points) {
    const same = out.find((p) => p.value.toLowerCase() === point.value.toLowerCase());
    if (!same) out.push({ ...point });
    else if (same.label === '') same.label = point.label;
  }
  return out;
}

function pointsOf(value: unknown): ContactPoint[] {
  return Array.isArray(value) ? uniquePoints(value.filter((p): p is ContactPoint => typeof p === 'object' && p !== null && 'value' in p)) : [];
}

/**
 * The contact's fields from the columns' values. `programs` and
 * `introducedBy` stay references by name (see record-references): the
 * import plan finds the records they name.
 */
function contactShape(collected: Record<string, unknown>, defaults: Record<string, unknown>, own: boolean): Record<string, unknown> {
  const { firstName, middleName, lastName, namePrefix, nameSuffix, email, phone, website, suggestsOpportunities, offersIntroductions, givesCriticalFeedback, ...fields } =
    collected;
  const signals = { suggestsOpportunities, offersIntroductions, givesCriticalFeedback };
  if (Object.values(signals).some((v) => v !== undefined)) {
    fields.mentorSignals = Object.fromEntries(Object.entries(signals).map(([signal, value]) => [signal, value === true]));
  }
  const given = text(firstName);
  const additional = text(middleName);
  const family = text(lastName);
  if (fields.name === undefined) {
    const joined = [given, additional, family].filter((p) => p !== '').join(' ');
    if (joined !== '') fields.name = joined;
  }
  if ([given, additional, family, text(namePrefix), text(nameSuffix)].some((p) => p !== '')) {
    fields.structuredName = { family, given, additional, prefixes: text(namePrefix), suffixes: text(nameSuffix) };
  }

  const emails = pointsOf(email);
  const phones = pointsOf(phone);
  if (emails.length > 0) {
    fields.emails = emails;
    fields.email = emails[0].value;
  }
  if (phones.length > 0) {
    fields.phones = phones;
    fields.phone = phones[0].value;
  }
  // LinkedIn and X profiles have their own fields; a web-link column holding one fills it (Rapport's own file has their columns).
  const urls: ContactPoint[] = [];
  for (const link of pointsOf(website)) {
    if (own) urls.push(link);
    else if (/^https?:\/\/([a-z]+\.)?linkedin\.com\//i.test(link.value) && (fields.linkedinUrl === undefined || fields.linkedinUrl === link.value)) {
      fields.linkedinUrl = link.value;
    } else if (/^https?:\/\/(www\.)?(x|twitter)\.com\//i.test(link.value) && (fields.xUrl === undefined || fields.xUrl === link.value)) {
      fields.xUrl = link.value;
    } else urls.push(link);
  }
  if (urls.length > 0) fields.urls = urls;
  if (fields.birthday === '') delete fields.birthday;

  if (fields.role === undefined) {
    fields.role = (typeof fields.title === 'string' && guessRoleFromTitle(fields.title)) || defaults.role || 'other';
  }
  for (const key of ['stage', 'howMet'] as const) if (fields[key] === undefined && defaults[key] !== undefined) fields[key] = defaults[key];
  if (Array.isArray(defaults.tags)) fields.tags = [...new Set([...(Array.isArray(fields.tags) ? fields.tags : []), ...defaults.tags])];
  return fields;
}

function programShape(collected: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const { medianStep2ck, positions, ...rest } = collected;
  const fields: Record<string, unknown> = {};
  const ratings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    const criterion = ratingCriterionOf(key);
    if (criterion) ratings[criterion] = value;
    else fields[key] = value;
  }
  if (Object.keys(ratings).length > 0) fields.ratings = ratings;
  if (medianStep2ck !== undefined || positions !== undefined) {
    fields.figures = { medianStep2ck: medianStep2ck ?? null, positions: positions ?? null };
  }
  if (fields.track === undefined) fields.track = defaults.track ?? (typeof fields.name === 'string' ? matchTrack(fields.name) : null) ?? undefined;
  for (const key of ['status', 'region'] as const) if (fields[key] === undefined && defaults[key] !== undefined) fields[key] = defaults[key];
  return fields;
}
