/**
 * How one CSV cell becomes a field value: text, numbers, yes/no, links, and
 * the lists — tags (with Rapport's quoting, so "Paris, France" stays one tag),
 * Google's ` ::: ` multi-values, and the emails, phones and web links that a
 * contact may have several of. A value that is not understood is left out
 * with a note; it never costs the rest of the row.
 */
import { emailSchema, phoneSchema } from '../entities';
import { isSafeWebUrl } from '../../lib/safe-link';
import { withScheme } from '../../lib/with-scheme';
import { normalizeText } from './import-candidate';

/** What reading a cell gives: a value (perhaps with notes on parts left out), or a problem that makes the row invalid. */
export type CellReading = { value: unknown; notes?: string[] } | { problem: string };

/** How one CSV column reads into a field, and how several columns of that field combine. */
export interface ColumnSpec {
  /** What the user sees in the mapping step. */
  label: string;
  /** Header names that mean this field, compared after normalizeText, best first ("Job Title" before "Title"). */
  aliases: readonly string[];
  read: (cell: string) => CellReading;
  /**
   * How several columns mapped to this field combine: text joins, lists
   * concatenate, `points` gathers emails, phones or links with their labels.
   */
  combine: 'space' | 'line' | 'list' | 'first' | 'points' | 'address';
  /** Several columns may hold this field (E-mail 1, E-mail 2 …), so every matching header is suggested. */
  many?: boolean;
}

export const asText = (cell: string): CellReading => ({ value: cell });

export function asWholeNumber(cell: string): CellReading {
  const digits = cell.replace(/[\s,]/g, '');
  return /^\d{1,9}$/.test(digits) ? { value: Number(digits) } : { problem: `“${cell}” is not a whole number` };
}

export function asYesNo(cell: string): CellReading {
  const key = normalizeText(cell);
  if (['yes', 'y', 'true', '1', 'x', 'done'].includes(key)) return { value: true };
  if (['no', 'n', 'false', '0', 'not yet'].includes(key)) return { value: false };
  return { problem: `“${cell}” is not yes or no` };
}

/** A web address typed without its scheme ("www.example.edu/ir") gets https://. */
export function webLinkOf(cell: string): string {
  return withScheme(cell);
}

export const asWebLink = (cell: string): CellReading => ({ value: webLinkOf(cell) });

/** An X handle ("@ir_doc") becomes its profile link. */
export function asXLink(cell: string): CellReading {
  const handle = /^@?([A-Za-z0-9_]{1,15})$/.exec(cell);
  return handle ? { value: `https://x.com/${handle[1]}` } : asWebLink(cell);
}

/** Google Contacts puts several values in one cell joined by ` ::: `. */
const GOOGLE_SEPARATOR = /\s*:::\s*/;

/**
 * A text field with Google's several values in one cell ("Mercy ::: St Luke")
 * keeps the first, and says which it left out.
 */
export function asSingleText(cell: string): CellReading {
  const parts = cell.split(GOOGLE_SEPARATOR).filter((p) => p !== '');
  if (parts.length <= 1) return { value: parts[0] ?? cell };
  return { value: parts[0], notes: parts.slice(1).map((p) => `had several values: kept “${parts[0]}”, left out “${p}”`) };
}

/**
 * Tags and interests in one cell. Items are separated by `;`, `,`, `|` or a
 * line break, as people type them in spreadsheets; an item in double quotes
 * is kept whole, separators and all (`"Paris, France"; IR` is two tags), with
 * `""` for a quote inside it. Rapport's own export writes lists that way
 * ({@link joinListCell}), so a tag with a comma survives the round trip,
 * while a hand-made "IO, PAD" still splits as the user meant. Google's
 * ` ::: ` cells split only at ` ::: `. Duplicates (any case) are dropped,
 * and so are unquoted items `drop` names (Google's system groups; Rapport
 * quotes a tag of its own that looks like one).
 */
export function splitListCell(cell: string, drop: (item: string) => boolean = () => false): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { text, quoted } of tokenizeList(cell)) {
    const item = text.trim();
    if (!quoted && drop(item)) continue;
    if (item !== '' && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      out.push(item);
    }
  }
  return out;
}

/** Where the item starting at `i` ends: at a separator outside quotes (`:::` in Google's cells, else `; , |` or a line break). */
function tokenizeList(cell: string): { text: string; quoted: boolean }[] {
  const google = hasOutsideQuotes(cell, ':::');
  const atSeparator = (i: number) => (google ? cell.startsWith(':::', i) : /[;,|\n\r]/.test(cell[i]));
  const items: { text: string; quoted: boolean }[] = [];
  let i = 0;
  while (i <= cell.length) {
    while (i < cell.length && (cell[i] === ' ' || cell[i] === '\t')) i++;
    let item = '';
    const quoted = cell[i] === '"';
    if (quoted) {
      i++;
      while (i < cell.length) {
        if (cell[i] === '"' && cell[i + 1] === '"') {
          item += '"';
          i += 2;
        } else if (cell[i] === '"') {
          i++;
          break;
        } else item += cell[i++];
      }
    }
    // Anything between a closing quote and the next separator belongs to the item too.
    while (i < cell.length && !atSeparator(i)) item += cell[i++];
    items.push({ text: item, quoted });
    i += google && i < cell.length ? 3 : 1;
  }
  return items;
}

function hasOutsideQuotes(cell: string, text: string): boolean {
  let quoted = false;
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === '"') quoted = !quoted;
    else if (!quoted && cell.startsWith(text, i)) return true;
  }
  return false;
}

/** A list as one cell that {@link splitListCell} reads back item for item: `IR; "Paris, France"`. */
export function joinListCell(items: readonly string[]): string {
  return items.map((item) => (/[;,|\n\r"]|:::|^\s|\s$/.test(item) || isSystemGroup(item) ? `"${item.replace(/"/g, '""')}"` : item)).join('; ');
}

/** Google's own groups ("* myContacts", "* starred", "* friends") are not the user's tags. */
export function isSystemGroup(tag: string): boolean {
  return tag.startsWith('* ') || /^(my ?contacts|starred)$/i.test(tag);
}

export function asTags(cell: string): CellReading {
  return { value: splitListCell(cell, isSystemGroup) };
}

export const asList = (cell: string): CellReading => ({ value: splitListCell(cell) });

/** One email, phone or web link with its label ("work", "home", "mobile", or ""). */
export interface ContactPoint {
  value: string;
  label: string;
}

function pointsOf(cell: string, split: RegExp, repair: (part: string) => string | null, says: string): CellReading {
  const value: string[] = [];
  const notes: string[] = [];
  for (const part of cell.split(split).map((p) => p.trim())) {
    if (part === '') continue;
    const repaired = repair(part);
    if (repaired === null) notes.push(`not understood, left out: “${part}” is not ${says}`);
    else if (!value.includes(repaired)) value.push(repaired);
  }
  return { value, notes };
}

/** Emails in a cell: several may be joined by ` ::: `, `;` or `,`; `mailto:` and "Name <…>" are taken off. */
export function asEmails(cell: string): CellReading {
  return pointsOf(
    cell,
    /\s*:::\s*|[;,\n]/,
    (part) => {
      const address = (/<([^<>\s]+@[^<>\s]+)>/.exec(part)?.[1] ?? part).replace(/^mailto:/i, '').trim();
      return emailSchema.safeParse(address).success ? address : null;
    },
    'an email address',
  );
}

/**
 * Phones in a cell (` ::: `, `;` or a line break between them). A `tel:` URI
 * and an extension written "ext. 102" or ";ext=102" are repaired to what a
 * phone field holds (`+1-555-555-5555 x102`).
 */
export function asPhones(cell: string): CellReading {
  return pointsOf(
    cell,
    /\s*:::\s*|[;\n]/,
    (part) => {
      const phone = part
        .replace(/^tel:/i, '')
        .replace(/\s*(;\s*ext=|,?\s*\b(ext|extension)\.?\s*)(\d+)$/i, ' x$3')
        .replace(/[\u2010-\u2015]/g, '-')
        .trim();
      return phoneSchema.safeParse(phone).success && phone !== '' ? phone : null;
    },
    'a phone number',
  );
}

/** Web links in a cell (` ::: `, `;`, space or line break between them); only http(s) links are kept. */
export function asWebLinks(cell: string): CellReading {
  return pointsOf(
    cell,
    /\s*:::\s*|[;\s]+/,
    (part) => {
      const link = webLinkOf(part);
      return isSafeWebUrl(link) ? link : null;
    },
    'a web link Rapport keeps (https://…)',
  );
}

function knownLabel(key: string): string | null {
  if (/\b(work|business|office|company)\b/.test(key)) return 'work';
  if (/\b(home|personal|private)\b/.test(key)) return 'home';
  if (/\b(mobile|cell|cellular|iphone)\b/.test(key)) return 'mobile';
  if (/\bother\b/.test(key)) return 'other';
  return null;
}

/** The label a column's header implies: "Business Phone" is work, "Mobile Phone" mobile, "E-mail 2 Address" none. */
export function labelFromHeader(header: string): string {
  return knownLabel(normalizeText(header)) ?? '';
}

/** A label cell's label: Google's "* Work" is work; a custom one ("Clinic") is kept in lower case. */
export function labelFromCell(cell: string): string {
  const key = normalizeText(cell.replace(/^\*\s*/, '').split(GOOGLE_SEPARATOR)[0] ?? '');
  return knownLabel(key) ?? key;
}

const HONORIFIC = /^(dr|doctor|prof|professor|mr|mrs|ms|mx|miss|sir|dame|rev)\.?$/i;

/** True when every value is an honorific ("Dr.", "Ms") — Outlook's "Title" column, not a job title. */
export function allHonorifics(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  return filled.length > 0 && filled.every((v) => HONORIFIC.test(v));
}

/**
 * A birthday as Rapport keeps it: `yyyy-MM-dd`, or `--MM-dd` with no year.
 * Reads those, `yyyyMMdd`, and US `M/d/yyyy`; Outlook's "0/0/00" means none.
 */
export function asBirthday(cell: string): CellReading {
  const text = cell.trim();
  if (/^0{1,2}\/0{1,2}\/0{2,4}$/.test(text)) return { value: '' };
  let match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (match && validDay(Number(match[2]), Number(match[3]))) return { value: `${match[1]}-${match[2]}-${match[3]}` };
  match = /^--(\d{2})-?(\d{2})$/.exec(text);
  if (match && validDay(Number(match[1]), Number(match[2]))) return { value: `--${match[1]}-${match[2]}` };
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match && validDay(Number(match[1]), Number(match[2]))) return { value: `${match[3]}-${match[1].padStart(2, '0')}-${match[2].padStart(2, '0')}` };
  return { value: '', notes: [`not understood, left out: “${cell}” is not a date like 1980-04-23`] };
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
