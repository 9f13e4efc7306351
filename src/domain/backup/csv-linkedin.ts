/**
 * LinkedIn's Connections.csv: its header sits below a few lines of notes, and
 * its columns are known, so it goes straight to candidates without the
 * column-matching step.
 */
import type { ProgressOptions } from '../../lib/progress';
import { importError, type ImportResult } from './import-error';
import { cellText, normalizeText, type ImportCandidate } from './import-candidate';
import { readCsvRecords, tableFrom, type CsvRow, type CsvTable } from './csv-read';
import { type ContactColumn } from './csv-columns';
import { applyMapping } from './csv-mapping';

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

/** Connections.csv before LinkedIn added the URL column (2018–2019). */
const LINKEDIN_2018_HEADER = ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'] as const;

const LINKEDIN_PROFILE = /^https?:\/\/([a-z]+\.)?linkedin\.com\/in\//i;
const CONNECTED_ON = /^(\d{1,2} [a-z]{3,9} \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/i;

/**
 * The header a Connections.csv without its header line had (someone deleted
 * it, or copied only the rows): told by the first row's shape — seven cells
 * with a profile link third (2020 on), or six ending in a date (2018).
 */
function headerlessLinkedIn(records: readonly CsvRow[]): readonly string[] | null {
  const first = records.find((r) => r.cells.some((c) => c.trim() !== ''));
  if (!first) return null;
  const cells = first.cells.map((c) => c.trim());
  if (cells.length === 7 && LINKEDIN_PROFILE.test(cells[2])) return LINKEDIN_HEADER;
  if (cells.length === 6 && CONNECTED_ON.test(cells[5]) && !cells.some((c) => LINKEDIN_PROFILE.test(c))) return LINKEDIN_2018_HEADER;
  return null;
}

/** How many lines of notes may come before LinkedIn's header. */
const LINKEDIN_MAX_PREAMBLE = 30;

/**
 * Reads LinkedIn's Connections.csv: finds the header line below LinkedIn's
 * notes, maps its columns to contact fields (Position also suggests the role)
 * and adds the connection date to the notes. A file whose header line is
 * missing is still read when its rows have LinkedIn's shape; any other CSV
 * without that header is refused.
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
  const guessed = headerIndex === -1 ? headerlessLinkedIn(read.records) : null;
  if (headerIndex === -1 && !guessed) {
    return {
      ok: false,
      error: importError(
        'missing-columns',
        `This is not LinkedIn's Connections.csv: no line near the top has the columns ${LINKEDIN_HEADER.join(', ')}. For another CSV, use "Import from any CSV" and match its columns.`,
      ),
    };
  }
  let table: CsvTable;
  if (guessed) {
    table = { headers: [...guessed], headerLine: 0, rows: read.records.filter((r) => r.cells.some((c) => c.trim() !== '')), delimiter: read.delimiter, generatedHeaders: true };
  } else {
    const made = tableFrom(read.records, headerIndex, read.delimiter);
    if (!made.ok) return made;
    table = made.table;
  }
  const mapping = table.headers.map((h) => {
    const known = LINKEDIN_HEADER.find((name) => normalizeText(name) === normalizeText(h));
    return known ? LINKEDIN_FIELDS[known] : null;
  });
  const connectedOn = table.headers.findIndex((h) => normalizeText(h) === normalizeText('Connected On'));
  const candidates = applyMapping(table.rows, mapping, 'contacts', { headers: table.headers, delimiter: table.delimiter }).map((candidate, i) => {
    const date = connectedOn === -1 ? '' : cellText(table.rows[i].cells[connectedOn]);
    if (date === '') return candidate;
    const line = `Connected on LinkedIn: ${date}`;
    const notes = typeof candidate.fields.notes === 'string' && candidate.fields.notes !== '' ? `${candidate.fields.notes}\n${line}` : line;
    return { ...candidate, fields: { ...candidate.fields, notes } };
  });
  return { ok: true, candidates, table };
}
