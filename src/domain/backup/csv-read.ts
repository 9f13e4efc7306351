/**
 * Reading CSV text with papaparse: the delimiter, the refusals of files that
 * are not CSV at all, the records (in chunks, with progress and cancel) and
 * the table of header and rows that the column-matching step works on.
 */
import Papa from 'papaparse';
import { yieldToEventLoop, type ProgressOptions } from '../../lib/progress';
import { checkTextSize } from './import-file';
import { emptyFileError, importError, type ImportResult } from './import-error';

/** One record of a CSV file. */
export interface CsvRow {
  /** 1-based record number in the file, counting notes, header and blank lines (a spreadsheet's row number). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** The header line's cells, trimmed; "Column 1" … when the file has no header line ({@link withFirstRowAsData}). */
  headers: string[];
  /** The record number of the header line. */
  headerLine: number;
  /** Data rows below the header; blank lines are left out. */
  rows: CsvRow[];
  /** The delimiter found: `,`, `;`, tab or `|`. */
  delimiter: string;
  /** True when the headers were made up because the first line is data. */
  generatedHeaders?: boolean;
}

/** Reading options: progress and cancel, and a delimiter when the caller knows it (a pasted table is tab-separated). */
export interface CsvReadOptions extends ProgressOptions {
  delimiter?: string;
}

/**
 * Characters papaparse reads per chunk; after each chunk the browser gets a
 * turn (progress repaints, Cancel can be clicked). Papaparse itself carries a
 * record that straddles two chunks over to the next, so quotes never have to
 * be counted here: a bare quote inside an unquoted field ("5\" catheter") is
 * just a character to it, wherever the chunk ends.
 */
export const CSV_CHUNK_CHARS = 256 * 1024;

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
  options: CsvReadOptions = {},
): Promise<ImportResult<{ records: CsvRow[]; delimiter: string }>> {
  options.signal?.throwIfAborted();
  const tooLarge = checkTextSize(text, 'csv');
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: emptyFileError() };
  const other = refuseOtherFormats(body);
  if (other) return { ok: false, error: other };

  const delimiter = options.delimiter ?? guessDelimiter(body);
  const read = await parseInChunks(body, delimiter, options);
  if ('unclosedRow' in read) {
    return {
      ok: false,
      error: importError(
        'not-csv',
        `Row ${read.unclosedRow} opens a quoted value that is never closed, so the rest of the file cannot be read reliably. Fix that row in a spreadsheet or text editor and try again.`,
      ),
    };
  }
  const { records } = read;
  // Text ending in a line break makes papaparse report one more, empty, record.
  const last = records[records.length - 1];
  if (/[\r\n]$/.test(body) && last && last.cells.length === 1 && last.cells[0] === '') records.pop();
  options.onProgress?.(1);
  return { ok: true, records, delimiter };
}

/**
 * Runs papaparse over the text chunk by chunk: after each chunk it pauses the
 * parser, yields to the event loop, then resumes — or aborts when the signal
 * has fired, rejecting with the signal's reason.
 */
function parseInChunks(
  body: string,
  delimiter: string,
  options: ProgressOptions,
): Promise<{ records: CsvRow[] } | { unclosedRow: number }> {
  return new Promise((resolve, reject) => {
    const records: CsvRow[] = [];
    let unclosedRow: number | null = null;
    // The typings only admit chunk callbacks for files; papaparse streams a string the same way.
    Papa.parse<string[]>(body, {
      delimiter,
      skipEmptyLines: false,
      chunkSize: CSV_CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        const unclosed = results.errors.find((e: Papa.ParseError) => e.code === 'MissingQuotes');
        if (unclosed) {
          unclosedRow = records.length + (unclosed.row ?? 0) + 1;
          parser.abort();
          return;
        }
        for (const cells of results.data) records.push({ line: records.length + 1, cells });
        options.onProgress?.(Math.min(1, results.meta.cursor / body.length));
        parser.pause();
        yieldToEventLoop().then(
          () => {
            if (options.signal?.aborted) {
              reject(options.signal.reason);
              parser.abort();
            } else parser.resume();
          },
          (error: unknown) => {
            reject(error);
            parser.abort();
          },
        );
      },
      complete: () => resolve(unclosedRow === null ? { records } : { unclosedRow }),
      error: (error: Error) => reject(error),
    });
  });
}

function isBlank(row: CsvRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}

const EMAIL_IN_CELL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const LINK_IN_CELL = /^(https?:\/\/|www\.)\S+$/i;

/** True when a record holds an email address or a web link: a header line never does. */
export function holdsEmailOrLink(cells: readonly string[]): boolean {
  return cells.some((c) => EMAIL_IN_CELL.test(c.trim()) || LINK_IN_CELL.test(c.trim()));
}

export function tableFrom(records: CsvRow[], headerIndex: number, delimiter: string): ImportResult<{ table: CsvTable }> {
  const header = records[headerIndex];
  const rows = records.slice(headerIndex + 1).filter((r) => !isBlank(r));
  // A file of one line that is plainly data goes on, so the user can say "first row is data".
  if (rows.length === 0 && !holdsEmailOrLink(header.cells)) {
    return { ok: false, error: importError('no-rows', 'The file has a header line but no rows below it, so there is nothing to import.') };
  }
  return { ok: true, table: { headers: header.cells.map((h) => h.trim()), headerLine: header.line, rows, delimiter } };
}

/**
 * The table read as if it had no header line: the first line becomes the
 * first row (keeping its line number) and the columns are called "Column 1",
 * "Column 2" …, as many as the widest row has.
 */
export function withFirstRowAsData(table: CsvTable): CsvTable {
  if (table.generatedHeaders) return table;
  const first: CsvRow = { line: table.headerLine, cells: table.headers };
  const rows = [first, ...table.rows];
  let width = 0;
  for (const row of rows) width = Math.max(width, row.cells.length);
  return { headers: Array.from({ length: width }, (_, i) => `Column ${i + 1}`), headerLine: 0, rows, delimiter: table.delimiter, generatedHeaders: true };
}

/**
 * Reads any CSV: the first non-blank line is the header. Never throws except
 * on cancel (AbortError).
 */
export async function parseCsv(text: string, options: CsvReadOptions = {}): Promise<ImportResult<{ table: CsvTable }>> {
  const read = await readCsvRecords(text, options);
  if (!read.ok) return read;
  const headerIndex = read.records.findIndex((r) => !isBlank(r));
  if (headerIndex === -1) return { ok: false, error: emptyFileError() };
  return tableFrom(read.records, headerIndex, read.delimiter);
}

/**
 * Reads a table pasted from a web page or a spreadsheet: tab-separated when
 * it holds a tab (that is what browsers and spreadsheets put on the
 * clipboard), else any delimiter. Refuses, in words for the paste box, an
 * empty paste and one with a single column.
 */
export async function parsePastedTable(text: string, options: ProgressOptions = {}): Promise<ImportResult<{ table: CsvTable }>> {
  if (text.trim() === '') {
    return { ok: false, error: importError('empty', 'The paste box is empty. Copy the table (with its header row) from the web page or spreadsheet, then paste it here.') };
  }
  const firstLine = text.replace(/^\s*\n/, '').split(/\r?\n/, 1)[0];
  const parsed = await parseCsv(text, { ...options, delimiter: firstLine.includes('\t') ? '\t' : undefined });
  if (!parsed.ok) {
    if (parsed.error.code !== 'no-rows') return parsed;
    return { ok: false, error: importError('no-rows', 'Only one line was pasted. Paste the header row and at least one row below it.') };
  }
  const { table } = parsed;
  const width = Math.max(table.headers.length, ...table.rows.slice(0, 50).map((r) => r.cells.length));
  if (width < 2) {
    return {
      ok: false,
      error: importError(
        'missing-columns',
        'The pasted text has only one column, so Rapport cannot tell names from the other fields. Select the whole table (every column) on the web page or in the spreadsheet, copy it and paste again.',
      ),
    };
  }
  return parsed;
}
