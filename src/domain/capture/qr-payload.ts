/**
 * What a scanned QR code says about a person: a contact card (vCard 3.0/4.0,
 * as phones' "share contact" and many badges write it, or the shorter
 * MECARD), a LinkedIn or ORCID profile link, an email (mailto:, MATMSG or a
 * bare address) or any web address. Each becomes a contact draft the user
 * confirms in the Log meeting dialog; anything else (a Wi-Fi login, plain
 * text, an empty code) is "no contact", so nothing is saved from it.
 *
 * vCards go through the .vcf importer's own reader, so a badge and an
 * imported file give the same fields.
 */
import { PHONE_PATTERN } from '../contact-points';
import { emailSchema, webLinkSchema, type Contact } from '../entities';
import { meetingContactDetailsSchema } from '../meeting-form';
import type { ContactRole } from '../vocabulary';
import { guessRoleFromTitle, matchRole } from '../backup/import-candidate';
import { parseCard } from '../backup/vcard';
import { splitCards } from '../backup/vcard-lines';

/** Where a draft came from, to tell the user what was read. */
export type QrSource = 'vcard' | 'mecard' | 'linkedin' | 'orcid' | 'email' | 'web';

/** A new contact drafted from a code: what the dialog shows to confirm before saving. */
export interface ContactDraft {
  /** The name the code gave; empty when it gave none (an ORCID or plain web link). */
  name: string;
  /** True when the name is only a guess (from a LinkedIn slug or an email address): the user should check it. */
  nameGuessed: boolean;
  role: ContactRole;
  details: Pick<Contact, 'email' | 'phone' | 'title' | 'institution' | 'linkedinUrl' | 'urls'>;
}

export type QrPayload =
  | { kind: 'contact'; source: QrSource; draft: ContactDraft }
  | { kind: 'none'; message: string };

export const NO_CONTACT_MESSAGE =
  'This code holds no contact details: it is not a contact card, a profile link, a web address or an email. Nothing was saved.';

const none = (message = NO_CONTACT_MESSAGE): QrPayload => ({ kind: 'none', message });

/** Fields for a draft, each kept only when the stored contact would accept it. */
interface RawDraft {
  name?: string;
  nameGuessed?: boolean;
  role?: ContactRole | null;
  email?: string;
  phone?: string;
  title?: string;
  institution?: string;
  linkedinUrl?: string;
  urls?: string[];
}

function cleanEmail(value: string | undefined): string {
  const parsed = emailSchema.safeParse((value ?? '').trim());
  return parsed.success ? parsed.data : '';
}

function cleanLink(value: string | undefined): string {
  const parsed = webLinkSchema.safeParse((value ?? '').trim());
  return parsed.success ? parsed.data : '';
}

function cleanText(value: string | undefined, max: number): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

function draftOf(source: QrSource, raw: RawDraft): QrPayload {
  const linkedinUrl = raw.linkedinUrl ? (linkedInProfile(raw.linkedinUrl)?.url ?? cleanLink(raw.linkedinUrl)) : '';
  const urls = [...new Set((raw.urls ?? []).map(cleanLink).filter((u) => u !== '' && u !== linkedinUrl))].slice(0, 50);
  const phone = (raw.phone ?? '').trim();
  const title = cleanText(raw.title, 200);
  const details = meetingContactDetailsSchema.parse({
    email: cleanEmail(raw.email),
    phone: PHONE_PATTERN.test(phone) ? phone : '',
    title,
    institution: cleanText(raw.institution, 200),
    linkedinUrl,
    urls: urls.map((value) => ({ value, label: orcidOf(value) ? 'ORCID' : '' })),
  });
  const name = cleanText(raw.name, 120);
  const hasSomething = name !== '' || Object.values(details).some((v) => (Array.isArray(v) ? v.length > 0 : v !== ''));
  if (!hasSomething) return none();
  return {
    kind: 'contact',
    source,
    draft: { name, nameGuessed: raw.nameGuessed ?? false, role: raw.role ?? guessRoleFromTitle(title) ?? 'other', details },
  };
}

// ---------------------------------------------------------------- names from links and addresses

const capitalize = (word: string) => (word === '' ? word : word[0].toLocaleUpperCase() + word.slice(1));

/**
 * A name guessed from a LinkedIn slug or an email's local part:
 * "ana-maria-reyes-12ab34" → "Ana Maria Reyes". The id LinkedIn adds
 * (any word holding a digit) is dropped. Empty when nothing looks like a name.
 */
export function nameFromSlug(slug: string): string {
  let text = slug;
  try {
    text = decodeURIComponent(slug);
  } catch {
    // A broken %-escape: read the slug as it is.
  }
  const words = text
    .split(/[-_.+\s]+/)
    .filter((w) => w !== '' && !/\d/.test(w))
    .map((w) => capitalize(w.toLocaleLowerCase()));
  return words.join(' ');
}

// ---------------------------------------------------------------- links

const LINKEDIN = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(?:mwlite\/)?in\/([^/?#\s]+)\/?(?:[?#]\S*)?$/i;

/** A LinkedIn profile link in its one canonical form, with the slug; null for any other link. */
export function linkedInProfile(text: string): { url: string; slug: string } | null {
  const m = LINKEDIN.exec(text.trim());
  if (!m) return null;
  return { url: `https://www.linkedin.com/in/${m[1]}`, slug: m[1] };
}

const ORCID = /^(?:https?:\/\/)?(?:www\.)?orcid\.org\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?(?:[?#]\S*)?$/i;

/** ISO 7064 11,2: the last character of an ORCID iD checks the other fifteen digits. */
function orcidChecksumOk(id: string): boolean {
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (const d of digits.slice(0, -1)) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits.slice(-1).toUpperCase() === (check === 10 ? 'X' : String(check));
}

/** The canonical ORCID link (https://orcid.org/0000-0002-1825-0097), or null when `text` is no valid ORCID link. */
export function orcidOf(text: string): string | null {
  const m = ORCID.exec(text.trim());
  return m && orcidChecksumOk(m[1]) ? `https://orcid.org/${m[1].toUpperCase()}` : null;
}

// ---------------------------------------------------------------- contact cards

function fromVCard(text: string): QrPayload {
  const [card] = splitCards(text);
  if (!card) return none();
  const candidate = parseCard(card);
  if (candidate.problems.length > 0) {
    return none('This contact card is cut off, so it could not be read. Try scanning it again, a little closer. Nothing was saved.');
  }
  const f = candidate.fields;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const first = (v: unknown) => (Array.isArray(v) && v.length > 0 ? str((v[0] as { value?: unknown }).value) : '');
  const urls = Array.isArray(f.urls) ? f.urls.map((u: { value?: unknown }) => str(u.value)) : [];
  const name = str(f.name);
  const email = first(f.emails);
  return draftOf('vcard', {
    // A card with only an address (the importer then names it by the address): a guess to confirm.
    name,
    nameGuessed: name !== '' && name === email,
    role: typeof f.role === 'string' ? matchRole(f.role) : null,
    email,
    phone: first(f.phones),
    title: str(f.title),
    institution: str(f.institution),
    linkedinUrl: str(f.linkedinUrl),
    urls,
  });
}

/** `KEY:value;KEY:value;;` → the values by key, in order; a colon or semicolon escaped with \ stays in the value. */
function keyedFields(body: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  // Cut at unescaped semicolons first, unescape after, so `\;` and `\:` stay in the value.
  const raw: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) current += c + body[++i];
    else if (c === ';') {
      raw.push(current);
      current = '';
    } else current += c;
  }
  raw.push(current);
  for (const item of raw) {
    const colon = item.indexOf(':');
    if (colon <= 0) continue;
    const key = item.slice(0, colon).trim().toUpperCase();
    const value = item.slice(colon + 1).replace(/\\([\s\S])/g, '$1');
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return fields;
}

function fromMecard(body: string): QrPayload {
  const fields = keyedFields(body);
  const one = (key: string) => fields.get(key)?.find((v) => v.trim() !== '')?.trim() ?? '';
  // N is "Family,Given" (DoCoMo's order); a name with no comma is kept as written.
  const n = one('N');
  const comma = n.indexOf(',');
  const name = comma < 0 ? n : `${n.slice(comma + 1).trim()} ${n.slice(0, comma).trim()}`.trim();
  const links = fields.get('URL') ?? [];
  const linkedin = links.find((u) => linkedInProfile(u) !== null);
  return draftOf('mecard', {
    name: name || one('NICKNAME'),
    email: one('EMAIL'),
    phone: one('TEL'),
    title: one('TITLE'),
    institution: one('ORG'),
    linkedinUrl: linkedin,
    urls: links.filter((u) => u !== linkedin),
  });
}

// ---------------------------------------------------------------- emails

const nameFromEmail = (email: string) => nameFromSlug(email.split('@')[0]);

function fromEmail(address: string): QrPayload {
  const email = cleanEmail(address);
  if (email === '') return none();
  const name = nameFromEmail(email);
  return draftOf('email', { name, nameGuessed: name !== '', email });
}

function mailtoAddress(text: string): string {
  const rest = text.replace(/^mailto:/i, '').split('?')[0].split(',')[0];
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

// ---------------------------------------------------------------- the code

/**
 * Reads the text of a scanned code. Never throws; a code with nothing that
 * could start a contact is `{ kind: 'none' }` with a message to show.
 */
export function parseQrPayload(input: string): QrPayload {
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text === '') return none('This code is empty: it holds no contact details. Nothing was saved.');
  if (/^BEGIN:VCARD\b/i.test(text) || /[\r\n]BEGIN:VCARD\b/i.test(text)) return fromVCard(text);
  if (/^MECARD:/i.test(text)) return fromMecard(text.slice('MECARD:'.length));
  if (/^WIFI:/i.test(text)) {
    return none('This code is a Wi-Fi network login, not contact details. Nothing was saved.');
  }
  if (/^mailto:/i.test(text)) return fromEmail(mailtoAddress(text));
  if (/^MATMSG:/i.test(text)) return fromEmail(keyedFields(text.slice('MATMSG:'.length)).get('TO')?.[0] ?? '');
  if (!/\s/.test(text) && /^[^@:/]+@[^@:/]+$/.test(text)) return fromEmail(text);

  const profile = linkedInProfile(text);
  if (profile) {
    const name = nameFromSlug(profile.slug);
    return draftOf('linkedin', { name, nameGuessed: name !== '', linkedinUrl: profile.url });
  }
  const orcid = orcidOf(text);
  if (orcid) return draftOf('orcid', { urls: [orcid] });
  if (!/\s/.test(text)) {
    const link = cleanLink(text);
    if (link !== '') return draftOf('web', { urls: [link] });
  }
  return none();
}
