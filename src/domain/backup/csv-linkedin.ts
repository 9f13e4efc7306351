/**
 * LinkedIn's Connections.csv: its header sits below a few lines of notes, and
 * its columns are known, so it goes straight to candidates without the
 * column-matching step.
 */
import type { ProgressOptions } from '../../lib/progress';
import { importError, type ImportResult } from './import-error';
import { cellText, normalizeText, type ImportCandidate } from './import-candidate';
import { readCsvRecords, tableFrom, type CsvTable } from './csv-read';
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
