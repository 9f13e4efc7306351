/**
 * vCard out: version 4.0 (RFC 6350), built and serialised with ical.js, which
 * escapes text values and folds lines at 75 octets without splitting a
 * character.
 */
import ICAL from 'ical.js';
import type { Contact } from '../entities';
import { CONTACT_ROLE_LABELS } from '../vocabulary';

/** A jCard property (RFC 7095): name, parameters, value type, value. */
type JCardProperty = [name: string, params: Record<string, string | string[]>, type: string, ...values: unknown[]];

function revStamp(iso: string): string {
  return iso.replace(/\.\d+/, '');
}

/** TYPE values RFC 6350 defines for EMAIL/TEL/URL/ADR; another label travels in an X-LABEL parameter. */
const RFC_TYPES = new Set(['work', 'home', 'text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone']);

function labelParams(label: string, pref: boolean): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  const l = label.trim().toLowerCase();
  if (l === 'mobile') params.type = 'cell';
  else if (l === 'work fax') params.type = ['work', 'fax'];
  else if (RFC_TYPES.has(l)) params.type = l;
  else if (l !== '') params['x-label'] = label.trim();
  if (pref) params.pref = '1';
  return params;
}

/**
 * A URI is not text: RFC 6350 gives it no backslash escapes, so a comma
 * (which ical.js would escape) is written percent-encoded instead — the same
 * address to any browser.
 */
function safeUri(url: string): string {
  return url.replace(/,/g, '%2C');
}

/**
 * One contact as a vCard 4.0 card (CRLF line ends, lines folded at 75
 * octets). N is written only from the name parts a file gave, never guessed
 * from the display name (family-first and "Last, First" names would swap).
 */
export function contactToVCard(contact: Contact): string {
  const props: JCardProperty[] = [
    ['version', {}, 'text', '4.0'],
    ['uid', {}, 'text', `urn:uuid:${contact.id}`],
    ['fn', {}, 'text', contact.name],
  ];
  const n = contact.structuredName;
  if (n) props.push(['n', {}, 'text', [n.family, n.given, n.additional, n.prefixes, n.suffixes]]);
  if (contact.institution) props.push(['org', {}, 'text', [contact.institution]]);
  if (contact.title) props.push(['title', {}, 'text', contact.title]);
  props.push(['role', {}, 'text', CONTACT_ROLE_LABELS[contact.role]]);
  contact.emails.forEach((e, i) => props.push(['email', labelParams(e.label, i === 0 && contact.emails.length > 1), 'text', e.value]));
  contact.phones.forEach((p, i) => props.push(['tel', labelParams(p.label, i === 0 && contact.phones.length > 1), 'text', p.value]));
  for (const u of contact.urls) props.push(['url', labelParams(u.label, false), 'uri', safeUri(u.value)]);
  if (contact.linkedinUrl) props.push(['url', { type: 'linkedin' }, 'uri', safeUri(contact.linkedinUrl)]);
  if (contact.xUrl) props.push(['url', { type: 'x' }, 'uri', safeUri(contact.xUrl)]);
  for (const a of contact.addresses) props.push(['adr', labelParams(a.label, false), 'text', ['', '', a.street, a.city, a.region, a.postcode, a.country]]);
  if (contact.birthday) props.push(['bday', {}, 'date-and-or-time', contact.birthday]);
  if (contact.tags.length > 0) props.push(['categories', {}, 'text', ...contact.tags]);
  if (contact.notes) props.push(['note', {}, 'text', contact.notes.replace(/\r\n?/g, '\n')]);
  props.push(['rev', {}, 'timestamp', revStamp(contact.updatedAt)]);
  return `${withFoldLength(() => new ICAL.Component(['vcard', props, []]).toString())}\r\n`;
}

/**
 * ical.js folds so that a continuation line holds 75 octets after its leading
 * space: 76 in all, one over RFC 6350 §3.2. Folding at 74 gives lines of at
 * most 75 octets, space included.
 */
function withFoldLength<T>(write: () => T): T {
  const before = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return write();
  } finally {
    ICAL.foldLength = before;
  }
}

/** Contacts as one vCard 4.0 file. */
export function contactsToVCard(contacts: readonly Contact[]): string {
  return contacts.map(contactToVCard).join('');
}
