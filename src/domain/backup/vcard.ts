/**
 * vCard in: 2.1, 3.0 and 4.0, as phones and mail programs write them.
 *
 * The file is cut into cards and each card read on its own (see
 * vcard-lines.ts for charsets, line ends, folding and vCard 2.1), so one broken
 * card is reported on its own row. Inside a card each property is parsed on
 * its own with ical.js: a property Rapport does not use never costs the name
 * and email, and one it uses but cannot read is left out with a note.
 */
import ICAL from 'ical.js';
import { displayNameFrom, type PostalAddress, type StructuredName } from '../contact-points';
import { mapInChunks, type ProgressOptions } from '../../lib/progress';
import { checkTextSize } from './import-file';
import { emptyFileError, importError, type ImportResult } from './import-error';
import { guessRoleFromTitle, matchRole, type ImportCandidate } from './import-candidate';
import {
  decodeBytes,
  escapeDecodedValue,
  parseContentLine,
  quotedPrintableBytes,
  rebuildLine,
  splitCards,
  splitCardsFromBytes,
  unfoldCard,
  type CardText,
  type ContentLine,
} from './vcard-lines';

export { splitCards } from './vcard-lines';

/** A jCard property: [name, parameters, value type, ...values]. */
type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** One of the card's properties that ical.js accepted. */
interface Property {
  line: ContentLine;
  /** The value as a vCard 3.0/4.0 line holds it (escaped; a 2.1 value decoded first). */
  raw: string;
}

/** Properties Rapport reads; anything else is skipped without a word. */
const USED: Record<string, string> = {
  FN: 'Name',
  N: 'Name parts',
  EMAIL: 'Email',
  TEL: 'Phone',
  ORG: 'Institution',
  TITLE: 'Title',
  ROLE: 'Role',
  URL: 'Web link',
  'X-SOCIALPROFILE': 'Social profile',
  SOCIALPROFILE: 'Social profile',
  NOTE: 'Notes',
  CATEGORIES: 'Tags',
  ADR: 'Address',
  BDAY: 'Birthday',
  'X-ABLABEL': 'Label',
};

/** Groups Google Contacts puts every contact in: not the user's own tags. */
const GOOGLE_SYSTEM_GROUPS = new Set(['myContacts', 'starred']);

/**
 * Properties that carry something of the person's that Rapport does not
 * store: the preview says so, so nothing is lost without a word. Housekeeping
 * (PRODID, REV, UID, X-ABUID, CLASS, LABEL — the printed form of an ADR) is
 * skipped silently.
 */
const NOT_KEPT: Record<string, string> = {
  PHOTO: 'photo',
  LOGO: 'logo',
  SOUND: 'sound',
  KEY: 'key',
  NICKNAME: 'nickname',
  IMPP: 'chat address',
  'X-AIM': 'chat address',
  'X-JABBER': 'chat address',
  'X-SKYPE': 'chat address',
  'X-ICQ': 'chat address',
  'X-MSN': 'chat address',
  ANNIVERSARY: 'anniversary',
  'X-ANNIVERSARY': 'anniversary',
  GENDER: 'gender',
  GEO: 'map position',
  TZ: 'time zone',
  RELATED: 'related people',
  'X-ABRELATEDNAMES': 'related people',
  'X-SPOUSE': 'related people',
  'X-ASSISTANT': 'assistant',
  'X-MANAGER': 'manager',
  'X-PHONETIC-FIRST-NAME': 'phonetic name',
  'X-PHONETIC-LAST-NAME': 'phonetic name',
};

function isJCardProperty(value: unknown): value is JCardProperty {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'object' && value[1] !== null;
}

/** Cuts an escaped value at each `separator` not escaped by a backslash; the pieces stay escaped. */
function splitRaw(raw: string, separator: ',' | ';'): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      current += c + raw[++i];
    } else if (c === separator) {
      pieces.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  pieces.push(current);
  return pieces;
}

/**
 * RFC 6350 §3.4 unescaping: `\n` is a line break, a backslash before any
 * other character keeps that character (`\,` `\;` `\\`, and the `\:` and
 * `\"` some writers add). ical.js's own unescaping is not used for values:
 * it reads `\\,` (a backslash, then a separator) as an escaped comma.
 */
function unescapeText(raw: string): string {
  return raw.replace(/\\([\s\S])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** A text value; for properties that may hold several (3.0 NOTE written by Google), the whole text as written. */
function textOf(prop: Property): string {
  return unescapeText(prop.raw);
}

/** A list value (CATEGORIES): the items between unescaped commas. */
function listOf(prop: Property): string[] {
  return splitRaw(prop.raw, ',').map(unescapeText);
}

/** The parts of a structured value (N, ORG, ADR); several values in one part are joined by spaces. */
function partsOf(prop: Property): string[] {
  return splitRaw(prop.raw, ';').map((part) => splitRaw(part, ',').map(unescapeText).join(' ').trim());
}

function typesOf(prop: Property): string[] {
  return prop.line.params.get('TYPE') ?? [];
}

/** Preferred first: PREF=1 (vCard 4) or TYPE=pref (2.1, 3.0); otherwise the card's order. */
function byPreference(props: Property[]): Property[] {
  const rank = (p: Property) => {
    const pref = Number((p.line.params.get('PREF') ?? [])[0]);
    if (Number.isFinite(pref)) return pref;
    return typesOf(p).includes('pref') ? 1 : 101;
  };
  return props.map((p, n) => ({ p, n, r: rank(p) })).sort((a, b) => a.r - b.r || a.n - b.n).map((x) => x.p);
}

const LABEL_WORDS: Record<string, string> = {
  work: 'work',
  home: 'home',
  cell: 'mobile',
  mobile: 'mobile',
  iphone: 'mobile',
  fax: 'fax',
  pager: 'pager',
  main: 'main',
  other: 'other',
  school: 'school',
};

/** "work", "mobile" — from the TYPE parameters, or Apple's X-ABLabel in the same group. */
function labelOf(prop: Property, labelsByGroup: Map<string, string>): string {
  const own = (prop.line.params.get('X-LABEL') ?? prop.line.params.get('LABEL') ?? [])[0]?.trim();
  if (own && prop.line.name !== 'ADR') return own;
  if (own && prop.line.name === 'ADR' && prop.line.params.has('X-LABEL')) return own;
  const fromGroup = prop.line.group ? labelsByGroup.get(prop.line.group.toLowerCase()) : undefined;
  if (fromGroup) return fromGroup;
  const types = typesOf(prop);
  if (types.includes('fax')) return types.includes('work') ? 'work fax' : types.includes('home') ? 'home fax' : 'fax';
  return types.map((t) => LABEL_WORDS[t]).find(Boolean) ?? '';
}

/** Apple's `_$!<HomePage>!$_` → "home page"; a custom label stays as typed. */
function appleLabel(value: string): string {
  const m = /^_\$!<(.*)>!\$_$/.exec(value.trim());
  if (!m) return value.trim();
  return m[1].replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

type SocialKind = 'linkedin' | 'x' | null;

function socialKind(prop: Property, url: string): SocialKind {
  // A TYPE the writer gave wins over the link's host.
  const hints = [...typesOf(prop), ...(prop.line.params.get('X-SERVICE-TYPE') ?? []).map((h) => h.toLowerCase())];
  if (hints.includes('linkedin')) return 'linkedin';
  if (hints.includes('x') || hints.includes('twitter')) return 'x';
  const host = hostOf(url);
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return 'x';
  return null;
}

/**
 * A phone as Rapport keeps it: vCard 4's `tel:` URI unwrapped and its
 * extension written the way people write it (`tel:+1-555-555-5555;ext=102`
 * → `+1-555-555-5555 x102`).
 */
export function phoneFromVCard(value: string): string {
  let phone = value.trim().replace(/^tel:/i, '');
  const ext = /;ext=([0-9]+)/i.exec(phone)?.[1];
  phone = phone.replace(/;.*$/, '');
  return ext ? `${phone} x${ext}` : phone;
}

/** BDAY as `yyyy-MM-dd` or `--MM-dd`; null when it is no calendar day. */
function birthdayFrom(value: string): string | null {
  const v = value.trim();
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(T.*)?$/.exec(v);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const noYear = /^--(\d{2})-?(\d{2})$/.exec(v);
  return noYear ? `--${noYear[1]}-${noYear[2]}` : null;
}

/** Decodes one line's value as vCard 2.1 asks (quoted-printable, its own CHARSET) and parses it with ical.js. */
function parseProperty(line: ContentLine, designSet: typeof ICAL.design.vcard, notes: string[]): Property | null {
  let value = line.value;
  const encoding = (line.params.get('ENCODING') ?? [])[0]?.toUpperCase();
  if (encoding === 'QUOTED-PRINTABLE') {
    const decoded = decodeBytes(quotedPrintableBytes(value), (line.params.get('CHARSET') ?? [])[0] ?? null);
    if (decoded.note) notes.push(`${USED[line.name] ?? line.name}: ${decoded.note}`);
    value = escapeDecodedValue(line.name, decoded.text);
  }
  // ical.js checks the line (parameters, value type) and throws on one it cannot read; the value itself is
  // read from `raw` (see unescapeText).
  const parsed: unknown = ICAL.parse.property(rebuildLine(line, value), designSet);
  return isJCardProperty(parsed) ? { line, raw: value } : null;
}

/** The card's properties, each parsed on its own; unreadable ones Rapport uses are noted. */
function readProperties(card: CardText, notes: string[]): { props: Property[]; version: string } {
  const notKept = new Set<string>();
  const lines = unfoldCard(card.text).map((text) => ({ text, line: parseContentLine(text) }));
  const version = lines.find(({ line }) => line?.name === 'VERSION')?.line?.value.trim() ?? '';
  const designSet = version === '4.0' ? ICAL.design.vcard : ICAL.design.vcard3;
  const props: Property[] = [];
  let depth = 0;
  for (const { text, line } of lines) {
    if (!line) {
      const name = /^(?:[\w-]+\.)?([A-Za-z][\w-]*)[;:]/.exec(text)?.[1]?.toUpperCase();
      if (depth === 1 && name && name in USED) notes.push(`${USED[name]} not understood, left out`);
      continue;
    }
    if (line.name === 'BEGIN') depth++;
    if (line.name === 'END') depth--;
    // Only the card's own properties: not BEGIN/END/VERSION, nor those of a nested AGENT card.
    if (depth !== 1 || line.name === 'BEGIN' || line.name === 'VERSION') continue;
    if (!(line.name in USED)) {
      const what = NOT_KEPT[line.name] ?? (line.name === 'AGENT' ? 'assistant' : null);
      if (what && line.value.trim() !== '') notKept.add(what);
      continue;
    }
    try {
      const prop = parseProperty(line, designSet, notes);
      if (prop) props.push(prop);
    } catch {
      notes.push(`${USED[line.name]} not understood, left out`);
    }
  }
  if (notKept.size > 0) notes.push(`Not kept (Rapport has no place for it): ${[...notKept].join(', ')}`);
  return { props, version };
}

/** Contact fields from one card's properties. */
function cardFields(props: Property[], version: string, importNotes: string[]): Record<string, unknown> {
  const all = (name: string) => props.filter((p) => p.line.name === name);
  const firstText = (name: string) => all(name).map(textOf).find((v) => v.trim() !== '')?.trim() ?? '';
  const labelsByGroup = new Map<string, string>();
  for (const p of all('X-ABLABEL')) {
    const label = appleLabel(textOf(p));
    if (p.line.group && label) labelsByGroup.set(p.line.group.toLowerCase(), label);
  }

  const fields: Record<string, unknown> = {};
  const n = all('N')[0];
  let structured: StructuredName | null = null;
  if (n) {
    const [family = '', given = '', additional = '', prefixes = '', suffixes = ''] = partsOf(n);
    if ([family, given, additional, prefixes, suffixes].some(Boolean)) structured = { family, given, additional, prefixes, suffixes };
  }
  fields.name = firstText('FN') || (structured ? displayNameFrom(structured) : '');
  if (structured) fields.structuredName = structured;

  const emails = byPreference(all('EMAIL')).map((p) => ({ value: textOf(p).trim().replace(/^mailto:/i, ''), label: labelOf(p, labelsByGroup) }));
  if (emails.length > 0) fields.emails = emails.filter((e) => e.value !== '');
  const phones = byPreference(all('TEL')).map((p) => ({ value: phoneFromVCard(textOf(p)), label: labelOf(p, labelsByGroup) }));
  if (phones.length > 0) fields.phones = phones.filter((p) => p.value !== '');

  const org = all('ORG')[0];
  if (org) {
    const [institution = '', ...units] = partsOf(org);
    fields.institution = institution;
    const department = units.filter(Boolean).join(', ');
    if (department) importNotes.push(`Department not kept (Rapport has no place for it): ${department}`);
  }
  const title = firstText('TITLE');
  if (title) fields.title = title;
  fields.role = matchRole(firstText('ROLE')) ?? guessRoleFromTitle(title) ?? 'other';

  const urls: { value: string; label: string }[] = [];
  for (const prop of [...all('URL'), ...all('X-SOCIALPROFILE'), ...all('SOCIALPROFILE')]) {
    const url = textOf(prop).trim();
    const kind = socialKind(prop, url);
    if (kind === 'linkedin' && fields.linkedinUrl === undefined) fields.linkedinUrl = url;
    else if (kind === 'x' && fields.xUrl === undefined) fields.xUrl = url;
    else if (prop.line.name === 'URL' && url !== '') urls.push({ value: url, label: labelOf(prop, labelsByGroup) });
  }
  if (urls.length > 0) fields.urls = urls;

  const addresses: PostalAddress[] = all('ADR').map((p) => {
    const [pobox = '', extended = '', street = '', city = '', region = '', postcode = '', country = ''] = partsOf(p);
    return { street: [pobox, extended, street].filter(Boolean).join('\n'), city, region, postcode, country, label: labelOf(p, labelsByGroup) };
  });
  const withContent = addresses.filter((a) => [a.street, a.city, a.region, a.postcode, a.country].some(Boolean));
  if (withContent.length > 0) fields.addresses = withContent;

  const bday = firstText('BDAY');
  if (bday) fields.birthday = birthdayFrom(bday) ?? bday;

  // A comma Google or Outlook left unescaped in a 3.0 NOTE is a comma, not a line break.
  const noteTexts = all('NOTE').map(textOf).filter((t) => t.trim() !== '');
  if (noteTexts.length > 0) fields.notes = noteTexts.join('\n');
  // vCard 2.1 separates categories with semicolons; 3.0 and 4.0 with commas (which ical.js splits on).
  const categories = all('CATEGORIES').flatMap(listOf);
  const tags = [
    ...new Set(
      (version === '2.1' ? categories.flatMap((t) => t.split(';')) : categories)
        .map((t) => t.trim())
        .filter((t) => t !== '' && !GOOGLE_SYSTEM_GROUPS.has(t)),
    ),
  ];
  if (tags.length > 0) fields.tags = tags;
  return fields;
}

/** One card as an import candidate; the QR scanner reads a badge's single card with it. */
export function parseCard(card: CardText): ImportCandidate {
  const problem = (message: string): ImportCandidate => ({ row: card.index, fields: {}, problems: [{ field: '', message }] });
  if (!card.complete) return problem('This card is cut off: the file ends before its END:VCARD line');
  const notes: string[] = card.charsetNote ? [card.charsetNote] : [];
  const { props, version } = readProperties(card, notes);
  const fields = cardFields(props, version, notes);
  if (fields.name === '' && Array.isArray(fields.emails) && fields.emails.length > 0) {
    // A card with only an email (Gmail writes these): the address is the best name there is.
    fields.name = String((fields.emails[0] as { value: string }).value);
    notes.push('No name on this card, so its email address is used as the name');
  }
  return { row: card.index, fields, problems: [], ...(notes.length > 0 ? { notes: [...new Set(notes)] } : {}) };
}

function noCards(): ImportResult<{ candidates: ImportCandidate[] }> {
  return {
    ok: false,
    error: importError('not-vcard', 'This is not a vCard file: it has no BEGIN:VCARD line. Export your contacts as vCard (.vcf) and choose that file.'),
  };
}

/**
 * Reads a .vcf file of one or many cards (vCard 2.1, 3.0 or 4.0) into import
 * candidates: FN (or N) → name, N → name parts, every EMAIL, TEL, URL and
 * ADR with its label, ORG → institution, TITLE, ROLE (or a guess from TITLE)
 * → role, URL / X-SOCIALPROFILE → LinkedIn and X links, NOTE → notes,
 * CATEGORIES → tags, BDAY → birthday. Give the file's bytes when you have
 * them, so each card's character set is honoured. A broken card becomes a
 * candidate with a problem; a file with no card at all is refused.
 * Never throws except on cancel (AbortError).
 */
export async function parseVCards(input: string | Uint8Array, options: ProgressOptions = {}): Promise<ImportResult<{ candidates: ImportCandidate[] }>> {
  options.signal?.throwIfAborted();
  if (typeof input === 'string') {
    const tooLarge = checkTextSize(input, 'vcard');
    if (tooLarge) return { ok: false, error: tooLarge };
  }
  const cards = typeof input === 'string' ? splitCards(input.replace(/^\uFEFF/, '')) : splitCardsFromBytes(input);
  if (cards.length === 0) {
    const blank = typeof input === 'string' ? input.trim() === '' : input.every((b) => b <= 0x20);
    return blank ? { ok: false, error: emptyFileError() } : noCards();
  }
  const candidates = await mapInChunks(cards, parseCard, { ...options, chunkSize: 200 });
  return { ok: true, candidates };
}
