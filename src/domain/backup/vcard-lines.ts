/**
 * The text layer of a vCard file, before any value is interpreted: cutting
 * the file into cards, choosing each card's character set, normalising line
 * ends, unfolding, and turning each content line into one ical.js can parse.
 *
 * ical.js reads vCard 3.0 and 4.0 only. vCard 2.1 (Android's, Outlook's,
 * BlackBerry's and Thunderbird's default) differs at this layer — bare type
 * parameters (`TEL;CELL;PREF:`), `QUOTED-PRINTABLE` values with soft line
 * breaks and a `CHARSET` of their own — so those are rewritten here into the
 * 3.0 form and ical.js parses the rest.
 */

export interface CardText {
  /** 1-based position of the card in the file. */
  index: number;
  text: string;
  /** False when the file ended before END:VCARD. */
  complete: boolean;
  /** Said when the card's bytes were not UTF-8 and had to be read another way. */
  charsetNote: string | null;
}

const BEGIN = /^BEGIN:VCARD$/i;
const END = /^END:VCARD$/i;

/** Cuts text into its top-level cards (nested vCard 2.1 AGENT cards stay inside). */
export function splitCards(text: string): CardText[] {
  return cutCards(text).map((card) => ({ ...card, charsetNote: null }));
}

function cutCards(text: string): Omit<CardText, 'charsetNote'>[] {
  const cards: Omit<CardText, 'charsetNote'>[] = [];
  let depth = 0;
  let lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (BEGIN.test(trimmed)) depth++;
    if (depth > 0) lines.push(line);
    if (END.test(trimmed) && depth > 0) {
      depth--;
      if (depth === 0) {
        cards.push({ index: cards.length + 1, text: `${lines.join('\r\n')}\r\n`, complete: true });
        lines = [];
      }
    }
  }
  if (depth > 0) cards.push({ index: cards.length + 1, text: lines.join('\r\n'), complete: false });
  return cards;
}

/** Each byte as the character of the same code (0–255), so cards can be cut before their charset is known. */
function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192) parts.push(String.fromCharCode(...bytes.subarray(at, at + 8192)));
  return parts.join('');
}

function bytesOfBinary(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A TextDecoder for a charset name a card gave, or null when the browser has none by that name. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().replace(/^"|"$/g, ''));
  } catch {
    return null;
  }
}

/**
 * Decodes bytes: UTF-8 when they are valid UTF-8, else the charset given
 * (a card's or a value's `CHARSET`), else Windows-1252 — the last two with
 * a note, so a user is told to check the letters instead of seeing mojibake
 * with no warning.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null): { text: string; note: string | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), note: null };
  } catch {
    const decoder = declared ? decoderFor(declared) : null;
    if (decoder && decoder.encoding !== 'utf-8') return { text: decoder.decode(bytes), note: null };
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'Its text is not in UTF-8 and names no character set Rapport knows, so it was read as Western (Windows-1252): check accented letters',
    };
  }
}

/**
 * Cuts a file's bytes into cards and decodes each card on its own, so a file
 * that mixes UTF-8 cards with Shift_JIS or Latin-1 ones reads right.
 * A file with a UTF-16 byte order mark is decoded whole.
 */
export function splitCardsFromBytes(bytes: Uint8Array): CardText[] {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return splitCards(new TextDecoder('utf-16le').decode(bytes));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return splitCards(new TextDecoder('utf-16be').decode(bytes));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return cutCards(binaryString(bytes.subarray(start))).map((card) => {
    const declared = /CHARSET=("?)([\w.-]+)\1/i.exec(card.text)?.[2] ?? null;
    const { text, note } = decodeBytes(bytesOfBinary(card.text), declared);
    return { ...card, text, charsetNote: note };
  });
}

/** One content line, split into its parts. */
export interface ContentLine {
  group: string;
  /** Upper case: `TEL`, `X-ABLABEL`. */
  name: string;
  /** Parameter names upper case; bare vCard 2.1 types collected under TYPE. */
  params: Map<string, string[]>;
  value: string;
}

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

function isQuotedPrintable(line: string): boolean {
  const head = line.slice(0, line.indexOf(':') + 1 || line.length);
  return /;(ENCODING=)?QUOTED-PRINTABLE\b/i.test(head);
}

/**
 * Logical lines of a card: line ends normalised (iPhone's CR CR LF included),
 * folded lines joined (a line starting with space or tab continues the one
 * before), and quoted-printable soft breaks (`=` at a line's end) joined.
 */
export function unfoldCard(text: string): string[] {
  const physical = text.replace(/\r\r\n/g, '\n').replace(/\r\n|\r/g, '\n').split('\n');
  const logical: string[] = [];
  for (const line of physical) {
    const last = logical.length - 1;
    if (last >= 0 && isQuotedPrintable(logical[last]) && logical[last].endsWith('=')) {
      logical[last] = logical[last].slice(0, -1) + line;
    } else if (last >= 0 && /^[ \t]/.test(line)) {
      logical[last] += line.slice(1);
    } else if (line.trim() !== '') {
      logical.push(line);
    }
  }
  return logical;
}

/** Splits `a;b="c;d":e` at the first colon outside quotes. */
function splitHead(line: string): { head: string; value: string } | null {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return { head: line.slice(0, i), value: line.slice(i + 1) };
  }
  return null;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/** A content line's parts, or null when it has no `name:value` shape. */
export function parseContentLine(line: string): ContentLine | null {
  const split = splitHead(line);
  if (!split) return null;
  const [nameWithGroup, ...rawParams] = splitOutsideQuotes(split.head, ';');
  const dot = nameWithGroup.lastIndexOf('.');
  const name = nameWithGroup.slice(dot + 1).trim().toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values.filter(Boolean)]);
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    if (eq < 0) {
      const bare = raw.trim().toUpperCase();
      if (ENCODINGS.has(bare)) add('ENCODING', [bare]);
      else if (bare !== '') add('TYPE', [bare.toLowerCase()]);
      continue;
    }
    const key = raw.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(raw.slice(eq + 1), ',').map((v) => v.trim().replace(/^"|"$/g, ''));
    add(key, key === 'TYPE' ? values.map((v) => v.toLowerCase()) : values);
  }
  return { group: dot > 0 ? nameWithGroup.slice(0, dot).trim() : '', name, params, value: split.value };
}

/** Decodes a quoted-printable value to bytes (`=C3=A9` → 0xC3 0xA9; a stray `=` stays). */
export function quotedPrintableBytes(value: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-F]{2}$/i.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      out.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      const code = value.charCodeAt(i);
      // Characters above one byte cannot come from a QP writer; keep them as their UTF-8 bytes.
      if (code < 0x80) out.push(code);
      else out.push(...new TextEncoder().encode(value[i]));
    }
  }
  return Uint8Array.from(out);
}

const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'GENDER', 'CLIENTPIDMAP']);

/**
 * A vCard 2.1 value decoded (quoted-printable with its CHARSET) and escaped
 * the way vCard 3.0 wants it, so ical.js reads it: backslashes, commas and
 * line breaks escaped; semicolons too, except in structured values where
 * they separate the parts.
 */
export function escapeDecodedValue(name: string, decoded: string): string {
  const structured = STRUCTURED.has(name);
  let out = '';
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded[i];
    if (c === '\\') out += structured && decoded[i + 1] === ';' ? c : '\\\\';
    else if (c === ',') out += '\\,';
    else if (c === ';') out += structured ? ';' : '\\;';
    else if (c === '\r' && decoded[i + 1] === '\n') continue;
    else if (c === '\n' || c === '\r') out += '\\n';
    else out += c;
  }
  return out;
}

function quoteParam(value: string): string {
  return /[;:,"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/** The line rebuilt in vCard 3.0/4.0 form (parameters `KEY=a,b`; ENCODING and CHARSET gone once applied). */
export function rebuildLine(line: ContentLine, value: string): string {
  const params = [...line.params.entries()]
    .filter(([key]) => key !== 'ENCODING' && key !== 'CHARSET')
    .map(([key, values]) => `;${key}=${values.map(quoteParam).join(',')}`)
    .join('');
  return `${line.group ? `${line.group}.` : ''}${line.name}${params}:${value}`;
}
