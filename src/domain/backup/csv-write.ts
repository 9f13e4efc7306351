/**
 * CSV out: {@link contactsToCsv} and {@link programsToCsv} write a file that
 * spreadsheets open safely: every cell quoted where needed, and any cell that
 * starts like a formula (= + - @) prefixed with an apostrophe.
 */
import Papa from 'papaparse';
import type { Contact, Program } from '../entities';
import {
  APPLICATION_STATUS_LABELS,
  CONTACT_ROLE_LABELS,
  HOW_MET_LABELS,
  LETTER_STATUS_LABELS,
  REGION_LABELS,
  RELATIONSHIP_STAGE_LABELS,
  TRACK_LABELS,
} from '../vocabulary';
import { CONTACT_COLUMNS, PROGRAM_COLUMNS } from './csv-columns';
import { CONTACT_LINK_COLUMNS, PROGRAM_RATING_COLUMNS } from './csv-own-format';
import { joinListCell } from './csv-values';
import { referenceTo } from './record-references';

/**
 * Makes a cell safe to open in a spreadsheet: one that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return would run as a formula (CSV injection), so
 * it gets a leading apostrophe. Importers take the apostrophe off again
 * ({@link cellText}), so export then import gives back the original text.
 * A phone number is not a formula: in a phone column, "+1 555 0100" (only
 * digits, spaces and + ( ) . - x) is written as it is.
 */
export function neutralizeFormula(cell: string, column: 'text' | 'phone' = 'text'): string {
  if (column === 'phone' && /^\+[0-9 ().\-x]+$/.test(cell)) return cell;
  // A cell that already starts with apostrophes before a formula character gets one more,
  // so taking one off on import gives back exactly the original.
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export type CsvCell = string | number | boolean | null;

/**
 * A CSV file (with a BOM so spreadsheets read it as UTF-8, CRLF line ends):
 * cells quoted where they hold a comma, quote or line break — and also a `;`,
 * tab or `|`, so a spreadsheet that guesses one of those as the delimiter
 * still keeps the cell whole — quotes doubled, formula-like cells
 * neutralised (except phone numbers in the columns `phoneColumns` lists).
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[], phoneColumns: ReadonlySet<number> = new Set()): string {
  const cells = rows.map((row) => row.map((cell, i) => neutralizeFormula(cell === null ? '' : String(cell), phoneColumns.has(i) ? 'phone' : 'text')));
  const quotes = (value: unknown) => typeof value === 'string' && /[;\t|]/.test(value);
  return `\uFEFF${Papa.unparse({ fields: [...headers], data: cells }, { newline: '\r\n', quotes, escapeFormulae: false })}\r\n`;
}

type ContactPoint = { value: string; label: string };
type PointList = 'emails' | 'phones' | 'urls';

/** A contact's list, primary first (the data layer keeps `email` first in `emails`; an older row may only have the single field). */
function pointsOf(contact: Contact, list: PointList): ContactPoint[] {
  const points: ContactPoint[] = contact[list] ?? [];
  const primary = list === 'emails' ? contact.email : list === 'phones' ? contact.phone : '';
  return primary && !points.some((p) => p.value === primary) ? [{ value: primary, label: '' }, ...points] : points;
}

type Column = { header: string; value: (c: Contact) => CsvCell; phone?: boolean };

/**
 * "Email", "Email 2" … as many as the contact with the most has (at least
 * one), each followed by its label column ("Email label") when any contact
 * has a label there; Rapport's import reads the pairs back into the lists.
 */
function pointColumns(contacts: readonly Contact[], list: PointList, noun: string, always: boolean): Column[] {
  const most = Math.max(always ? 1 : 0, ...contacts.map((c) => pointsOf(c, list).length));
  const columns: Column[] = [];
  for (let n = 0; n < most; n++) {
    const header = n === 0 ? noun : `${noun} ${n + 1}`;
    columns.push({ header, value: (c) => pointsOf(c, list)[n]?.value ?? '', phone: list === 'phones' });
    if (contacts.some((c) => (pointsOf(c, list)[n]?.label ?? '') !== '')) {
      columns.push({ header: `${header} label`, value: (c) => pointsOf(c, list)[n]?.label ?? '' });
    }
  }
  return columns;
}

/** The structured name's parts, when any contact has one (a vCard or Google file gave it). */
function nameColumns(contacts: readonly Contact[]): Column[] {
  if (!contacts.some((c) => c.structuredName)) return [];
  return [
    { header: 'Name prefix', value: (c) => c.structuredName?.prefixes ?? '' },
    { header: 'First name', value: (c) => c.structuredName?.given ?? '' },
    { header: 'Middle name', value: (c) => c.structuredName?.additional ?? '' },
    { header: 'Last name', value: (c) => c.structuredName?.family ?? '' },
    { header: 'Name suffix', value: (c) => c.structuredName?.suffixes ?? '' },
  ];
}

const ADDRESS_COLUMNS = [
  ['Street', 'street'],
  ['City', 'city'],
  ['Region', 'region'],
  ['Postal Code', 'postcode'],
  ['Country', 'country'],
  ['Label', 'label'],
] as const;

/** "Address 1 - Street" … "Address 1 - Label", Google's layout, for as many addresses as the contact with the most has. */
function addressColumns(contacts: readonly Contact[]): Column[] {
  const most = Math.max(0, ...contacts.map((c) => c.addresses?.length ?? 0));
  const columns: Column[] = [];
  for (let n = 0; n < most; n++) {
    for (const [part, key] of ADDRESS_COLUMNS) columns.push({ header: `Address ${n + 1} - ${part}`, value: (c) => c.addresses?.[n]?.[key] ?? '' });
  }
  return columns;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/**
 * The columns that link a contact to other records, by name (see
 * record-references): its programs, and who introduced them. A link to a
 * record that is gone (deleted, or not among those exported) is left out.
 */
function linkColumns(contacts: readonly Contact[], programs: readonly Program[]): { introducedBy: Column; programs: Column } {
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const programById = new Map(programs.map((p) => [p.id, p]));
  return {
    introducedBy: {
      header: CONTACT_LINK_COLUMNS.introducedBy.label,
      value: (c) => {
        const introducer = c.introducedById === null ? undefined : contactById.get(c.introducedById);
        return introducer ? referenceTo(introducer) : '';
      },
    },
    programs: {
      header: CONTACT_LINK_COLUMNS.programs.label,
      value: (c) => joinListCell(c.programIds.flatMap((id) => {
        const program = programById.get(id);
        return program ? [referenceTo(program)] : [];
      })),
    },
  };
}

function contactColumns(contacts: readonly Contact[], programs: readonly Program[]): Column[] {
  const links = linkColumns(contacts, programs);
  return [
    { header: CONTACT_COLUMNS.name.label, value: (c) => c.name },
    ...nameColumns(contacts),
    { header: CONTACT_COLUMNS.role.label, value: (c) => CONTACT_ROLE_LABELS[c.role] },
    { header: CONTACT_COLUMNS.title.label, value: (c) => c.title },
    { header: CONTACT_COLUMNS.institution.label, value: (c) => c.institution },
    ...pointColumns(contacts, 'emails', 'Email', true),
    ...pointColumns(contacts, 'phones', 'Phone', true),
    ...pointColumns(contacts, 'urls', 'Web link', false),
    ...addressColumns(contacts),
    ...(contacts.some((c) => c.birthday) ? [{ header: CONTACT_COLUMNS.birthday.label, value: (c: Contact) => c.birthday ?? '' }] : []),
    { header: CONTACT_COLUMNS.linkedinUrl.label, value: (c) => c.linkedinUrl },
    { header: CONTACT_COLUMNS.xUrl.label, value: (c) => c.xUrl },
    { header: CONTACT_COLUMNS.tags.label, value: (c) => joinListCell(c.tags) },
    { header: CONTACT_COLUMNS.interests.label, value: (c) => joinListCell(c.interests) },
    { header: CONTACT_COLUMNS.stage.label, value: (c) => RELATIONSHIP_STAGE_LABELS[c.stage] },
    { header: CONTACT_COLUMNS.howMet.label, value: (c) => (c.howMet ? HOW_MET_LABELS[c.howMet] : '') },
    links.introducedBy,
    { header: CONTACT_LINK_COLUMNS.suggestsOpportunities.label, value: (c) => yesNo(c.mentorSignals.suggestsOpportunities) },
    { header: CONTACT_LINK_COLUMNS.offersIntroductions.label, value: (c) => yesNo(c.mentorSignals.offersIntroductions) },
    { header: CONTACT_LINK_COLUMNS.givesCriticalFeedback.label, value: (c) => yesNo(c.mentorSignals.givesCriticalFeedback) },
    { header: CONTACT_COLUMNS.letterStatus.label, value: (c) => LETTER_STATUS_LABELS[c.letterStatus] },
    { header: CONTACT_COLUMNS.cadenceDays.label, value: (c) => c.cadenceDays },
    links.programs,
    { header: CONTACT_COLUMNS.notes.label, value: (c) => c.notes },
  ];
}

/**
 * Contacts as CSV, one row each, with headers Rapport's own import
 * recognises: every email, phone and web link in its own column (with its
 * label beside it), every address in Google's "Address n - …" columns, the
 * structured name and birthday when any contact has them, tags, interests and
 * programs as one cell each in the quoting {@link joinListCell} describes,
 * the mentor signals as Yes or No, and who introduced the contact. Programs
 * and the introducer are named as "Name (Institution)": importing the
 * programs CSV first, then this one, links them again.
 */
export function contactsToCsv(contacts: readonly Contact[], programs: readonly Program[] = []): string {
  const columns = contactColumns(contacts, programs);
  const phoneColumns = new Set(columns.flatMap((column, i) => (column.phone ? [i] : [])));
  return toCsv(
    columns.map((column) => column.header),
    contacts.map((c) => columns.map((column) => column.value(c))),
    phoneColumns,
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
  [PROGRAM_RATING_COLUMNS.ratingCaseMix.label, (p) => p.ratings['case-mix'] ?? null],
  [PROGRAM_RATING_COLUMNS.ratingProcedureVolume.label, (p) => p.ratings['procedure-volume'] ?? null],
  [PROGRAM_RATING_COLUMNS.ratingCulture.label, (p) => p.ratings.culture ?? null],
  [PROGRAM_RATING_COLUMNS.ratingResearch.label, (p) => p.ratings.research ?? null],
  [PROGRAM_RATING_COLUMNS.ratingCall.label, (p) => p.ratings.call ?? null],
  [PROGRAM_RATING_COLUMNS.ratingLocation.label, (p) => p.ratings.location ?? null],
  [PROGRAM_RATING_COLUMNS.ratingTeaching.label, (p) => p.ratings.teaching ?? null],
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

/** Programs as CSV, one row each, with headers Rapport's own import recognises; a rating left empty is a criterion not rated. */
export function programsToCsv(programs: readonly Program[]): string {
  return toCsv(
    PROGRAM_CSV.map(([header]) => header),
    programs.map((p) => PROGRAM_CSV.map(([, value]) => value(p))),
  );
}
