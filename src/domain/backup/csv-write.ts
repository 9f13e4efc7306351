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
