/**
 * vCard in (3.0 and 4.0, parsed with ical.js) and out (4.0, RFC 6350).
 *
 * A file is cut into cards first, so one broken card is reported on its own
 * row instead of sinking the whole file, and big files parse in chunks.
 */
import ICAL from 'ical.js';
import type { Contact } from '../entities';
import { CONTACT_ROLE_LABELS } from '../vocabulary';
import { mapInChunks, type ProgressOptions } from '../../lib/progress';
import { checkTextSize } from './import-file';
import { emptyFileError, importError, type ImportResult } from './import-error';
import { guessRoleFromTitle, matchRole, type ImportCandidate } from './import-candidate';

// ------------------------------------------------------------------ reading

interface CardText {
  /** 1-based position of the card in the file. */
  index: number;
  text: string;
  /** False when the file ended before END:VCARD. */
  complete: boolean;
}

/** Cuts a file into its top-level cards (nested vCard 2.1 AGENT cards stay inside). */
export function splitCards(text: string): CardText[] {
  const cards: CardText[] = [];
  let depth = 0;
  let lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (/^BEGIN:VCARD$/i.test(trimmed)) depth++;
    if (depth > 0) lines.push(line);
    if (/^END:VCARD$/i.test(trimmed) && depth > 0) {
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

/** A jCard property: [name, parameters, value type, ...values]. */
type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];

function isProperty(value: unknown): value is JCardProperty {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'object' && value[1] !== null;
}

/**
 * ical.js leaves `\;` as is in unstructured text (RFC 6350 lets `;` go
 * unescaped there, but vCard 3 writers and ours escape it).
 */
function unescapeSemicolons(value: string): string {
  return value.replace(/\\;/g, ';');
}

function textValues(prop: JCardProperty): string[] {
  return prop.slice(3).flatMap((v) => (typeof v === 'string' ? [unescapeSemicolons(v)] : []));
}

/** The parts of a structured value (N, ORG), each a string (multi-valued parts joined by spaces). */
function structuredParts(prop: JCardProperty): string[] {
  const value = prop[3];
  const parts = Array.isArray(value) ? value : [value];
  return parts.map((p) => (Array.isArray(p) ? p.filter((x) => typeof x === 'string').join(' ') : typeof p === 'string' ? p : ''));
}

function paramList(prop: JCardProperty, name: string): string[] {
  const value = prop[1][name];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => (typeof v === 'string' ? v.toLowerCase().split(',') : []));
}

/** Preferred first: PREF=1 (vCard 4) or TYPE=pref (vCard 3). */
function byPreference(props: JCardProperty[]): JCardProperty[] {
  const rank = (p: JCardProperty) => {
    const pref = Number(paramList(p, 'pref')[0]);
    if (Number.isFinite(pref)) return pref;
    return paramList(p, 'type').includes('pref') ? 1 : 101;
  };
  return [...props].sort((a, b) => rank(a) - rank(b));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

type SocialKind = 'linkedin' | 'x' | null;

function socialKind(prop: JCardProperty, url: string): SocialKind {
  // A TYPE the writer gave wins over the link's host.
  const hints = [...paramList(prop, 'type'), ...paramList(prop, 'service-type')];
  if (hints.includes('linkedin')) return 'linkedin';
  if (hints.includes('x') || hints.includes('twitter')) return 'x';
  const host = hostOf(url);
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return 'x';
  return null;
}

/** Contact fields from one parsed card. */
function cardFields(props: JCardProperty[]): Record<string, unknown> {
  const all = (name: string) => props.filter((p) => p[0] === name);
  const firstText = (name: string) => all(name).flatMap(textValues).find((v) => v.trim() !== '') ?? '';

  let name = firstText('fn').trim();
  const n = all('n')[0];
  if (name === '' && n) {
    const [family = '', given = '', additional = '', prefix = '', suffix = ''] = structuredParts(n).map((s) => s.trim());
    name = [prefix, given, additional, family].filter(Boolean).join(' ') + (suffix ? `, ${suffix}` : '');
  }
  const fields: Record<string, unknown> = { name };

  const email = byPreference(all('email')).flatMap(textValues)[0];
  if (email) fields.email = email.replace(/^mailto:/i, '');
  const tel = byPreference(all('tel')).flatMap(textValues)[0];
  if (tel) fields.phone = tel.replace(/^tel:/i, '');
  const org = all('org')[0];
  if (org) fields.institution = structuredParts(org)[0] ?? '';
  const title = firstText('title');
  if (title) fields.title = title;
  fields.role = matchRole(firstText('role')) ?? guessRoleFromTitle(title) ?? 'other';

  const otherLinks: string[] = [];
  for (const prop of [...all('url'), ...all('x-socialprofile'), ...all('socialprofile')]) {
    for (const url of textValues(prop)) {
      const kind = socialKind(prop, url);
      if (kind === 'linkedin' && fields.linkedinUrl === undefined) fields.linkedinUrl = url;
      else if (kind === 'x' && fields.xUrl === undefined) fields.xUrl = url;
      else if (prop[0] === 'url') otherLinks.push(url);
    }
  }
  const notes = [...all('note').flatMap(textValues), ...otherLinks.map((url) => `Web: ${url}`)];
  if (notes.length > 0) fields.notes = notes.join('\n');
  const tags = [...new Set(all('categories').flatMap(textValues).map((t) => t.trim()).filter(Boolean))];
  if (tags.length > 0) fields.tags = tags;
  return fields;
}

function parseCard(card: CardText): ImportCandidate {
  const problem = (message: string): ImportCandidate => ({ row: card.index, fields: {}, problems: [{ field: '', message }] });
  if (!card.complete) return problem('This card is cut off: the file ends before its END:VCARD line');
  const version = /^VERSION:\s*(\S+)/im.exec(card.text)?.[1];
  if (version === '2.1') return problem('This card is in vCard 2.1, which Rapport does not read; export it as vCard 3 or 4');
  let parsed: unknown;
  try {
    parsed = ICAL.parse(card.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return problem(`This card could not be read (${reason})`);
  }
  const component = Array.isArray(parsed) && parsed[0] === 'vcard' ? parsed : Array.isArray(parsed) ? parsed[0] : null;
  if (!Array.isArray(component) || component[0] !== 'vcard' || !Array.isArray(component[1])) {
    return problem('This card could not be read');
  }
  return { row: card.index, fields: cardFields(component[1].filter(isProperty)), problems: [] };
}

/**
 * Reads a .vcf file of one or many cards (vCard 3.0 or 4.0) into import
 * candidates: FN (or N) → name, EMAIL, TEL, ORG → institution, TITLE,
 * ROLE (or a guess from TITLE) → role, URL / X-SOCIALPROFILE → LinkedIn and X
 * links (other links go to notes), NOTE → notes, CATEGORIES → tags.
 * A broken card becomes a candidate with a problem; a file with no card at
 * all is refused. Never throws except on cancel (AbortError).
 */
export async function parseVCards(text: string, options: ProgressOptions = {}): Promise<ImportResult<{ candidates: ImportCandidate[] }>> {
  options.signal?.throwIfAborted();
  const tooLarge = checkTextSize(text, 'vcard');
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: emptyFileError() };
  const cards = splitCards(body);
  if (cards.length === 0) {
    return {
      ok: false,
      error: importError('not-vcard', 'This is not a vCard file: it has no BEGIN:VCARD line. Export your contacts as vCard (.vcf) and choose that file.'),
    };
  }
  if (cards.every((c) => /^VERSION:\s*2\.1\b/im.test(c.text))) {
    return {
      ok: false,
      error: importError('unsupported-vcard', 'These cards are in vCard 2.1, an old format Rapport does not read. Export them again as vCard 3 or 4.'),
    };
  }
  const candidates = await mapInChunks(cards, parseCard, { ...options, chunkSize: 200 });
  return { ok: true, candidates };
}

// ------------------------------------------------------------------ writing

/**
 * Escapes a text value: backslash, comma, semicolon and line breaks
 * (RFC 6350 §3.4). Line breaks become `\n`, so CRLF in notes comes back as LF.
 */
export function escapeVCardText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2) with CRLF + space,
 * never inside a UTF-8 character or a surrogate pair.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const HONORIFIC = /^(dr|prof|professor|mr|mrs|ms|mx)\.?$/i;

/** N's parts from a display name: "Dr. Ana María Pérez, MD" → Pérez; Ana María; ; Dr.; MD. */
function nameParts(name: string): [family: string, given: string, additional: string, prefix: string, suffix: string] {
  const [main, ...suffixes] = name.split(',');
  const words = main.trim().split(/\s+/).filter(Boolean);
  const prefix = words.length > 1 && HONORIFIC.test(words[0]) ? words[0] : '';
  const rest = prefix ? words.slice(1) : words;
  const family = rest.length > 0 ? rest[rest.length - 1] : '';
  return [family, rest.slice(0, -1).join(' '), '', prefix, suffixes.join(',').trim()];
}

function revStamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** One contact as a vCard 4.0 card (CRLF line ends, folded lines). */
export function contactToVCard(contact: Contact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `UID:urn:uuid:${contact.id}`, `FN:${escapeVCardText(contact.name)}`];
  lines.push(`N:${nameParts(contact.name).map(escapeVCardText).join(';')}`);
  if (contact.institution) lines.push(`ORG:${escapeVCardText(contact.institution)}`);
  if (contact.title) lines.push(`TITLE:${escapeVCardText(contact.title)}`);
  lines.push(`ROLE:${escapeVCardText(CONTACT_ROLE_LABELS[contact.role])}`);
  if (contact.email) lines.push(`EMAIL;TYPE=work:${escapeVCardText(contact.email)}`);
  if (contact.phone) lines.push(`TEL;VALUE=text:${escapeVCardText(contact.phone)}`);
  // URLs are escaped like text too: ical.js unescapes them, and a stray comma or line break stays intact.
  if (contact.linkedinUrl) lines.push(`URL;TYPE=linkedin:${escapeVCardText(contact.linkedinUrl)}`);
  if (contact.xUrl) lines.push(`URL;TYPE=x:${escapeVCardText(contact.xUrl)}`);
  if (contact.tags.length > 0) lines.push(`CATEGORIES:${contact.tags.map(escapeVCardText).join(',')}`);
  if (contact.notes) lines.push(`NOTE:${escapeVCardText(contact.notes)}`);
  lines.push(`REV:${revStamp(contact.updatedAt)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * Contacts as one vCard 4.0 file. Known limit: a tag ending in a backslash
 * does not survive a round trip (ical.js reads `\\,` as an escaped comma).
 */
export function contactsToVCard(contacts: readonly Contact[]): string {
  return contacts.map(contactToVCard).join('');
}
