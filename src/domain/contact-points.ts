/**
 * A contact's ways of being reached (schema version 2): several emails,
 * phones, web links and postal addresses, each with the label its address
 * book gave it, plus the structured name a vCard carried.
 *
 * `email` and `phone` on the contact stay as the primary ones — the email a
 * draft is addressed to and the one the duplicate check compares first. They
 * are always the first entry of their list; {@link reconcileContactPoints}
 * keeps the two in step whichever one a writer changed.
 */
import './zod-config';
import { z } from 'zod';


/** A label from an address book ("work", "mobile"), or empty. */
const pointLabel = z.string().trim().max(40, 'Keep the label under 40 characters').default('');

export const emailPointSchema = z.object({
  value: z
    .string()
    .trim()
    .min(1, 'Enter an email address')
    .max(254, 'That email address is too long')
    .refine((s) => z.email().safeParse(s).success, 'Enter a valid email address, like name@hospital.org'),
  label: pointLabel,
});

export const PHONE_PATTERN = /^\+?[0-9 ().\-x]{3,40}$/;

export const phonePointSchema = z.object({
  value: z
    .string()
    .trim()
    .min(1, 'Enter a phone number')
    .max(40, 'That phone number is too long')
    .refine((s) => PHONE_PATTERN.test(s), 'Use digits, spaces, +, ( ), - only'),
  label: pointLabel,
});

export const urlPointSchema = z.object({
  value: z
    .string()
    .trim()
    .min(1, 'Enter a web address')
    .max(2000, 'That link is too long')
    .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'Enter a web address starting with https://'),
  label: pointLabel,
});

const addressPart = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters`).default('');

export const addressSchema = z.object({
  street: addressPart(300),
  city: addressPart(100),
  region: addressPart(100),
  postcode: addressPart(20),
  country: addressPart(100),
  label: pointLabel,
});

export const structuredNameSchema = z.object({
  family: addressPart(120),
  given: addressPart(120),
  additional: addressPart(120),
  prefixes: addressPart(60),
  suffixes: addressPart(60),
});

export type EmailPoint = z.output<typeof emailPointSchema>;
export type PhonePoint = z.output<typeof phonePointSchema>;
export type UrlPoint = z.output<typeof urlPointSchema>;
export type PostalAddress = z.output<typeof addressSchema>;
export type StructuredName = z.output<typeof structuredNameSchema>;

/** The contact-point fields as the contact schema declares them (all default to empty). */
export const contactPointFields = {
  emails: z.array(emailPointSchema).max(50, 'At most 50 email addresses').default([]),
  phones: z.array(phonePointSchema).max(50, 'At most 50 phone numbers').default([]),
  urls: z.array(urlPointSchema).max(50, 'At most 50 web links').default([]),
  addresses: z.array(addressSchema).max(20, 'At most 20 addresses').default([]),
  structuredName: structuredNameSchema.nullable().default(null),
  /** `yyyy-MM-dd`, `--MM-dd` (no year) or empty; kept only because a vCard carried it. */
  birthday: z
    .string()
    .trim()
    .refine((s) => s === '' || /^(\d{4}|--)-?\d{2}-?\d{2}$/.test(s), 'Use a date like 1970-03-14')
    .default(''),
};

interface Point {
  value: string;
  label: string;
}

/** One list with its primary value first and no value twice (emails compared without case). */
function reconcileList<P extends Point>(primary: string, list: readonly P[], same: (a: string, b: string) => boolean): { primary: string; list: P[] } {
  const unique: P[] = [];
  for (const point of list) if (!unique.some((u) => same(u.value, point.value))) unique.push(point);
  const wanted = primary.trim();
  if (wanted === '') return { primary: unique[0]?.value ?? '', list: unique };
  const at = unique.findIndex((p) => same(p.value, wanted));
  if (at === 0) return { primary: unique[0].value, list: unique };
  if (at > 0) return { primary: unique[at].value, list: [unique[at], ...unique.slice(0, at), ...unique.slice(at + 1)] };
  // A primary the list does not hold yet (a writer that only knows the single field) joins it first.
  return { primary: wanted, list: [{ value: wanted, label: '' } as P, ...unique] };
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const samePhone = (a: string, b: string) => a.replace(/[^\d+x]/gi, '') === b.replace(/[^\d+x]/gi, '') && a.replace(/[^\d+x]/gi, '') !== '';

/**
 * Keeps `email`/`phone` and the `emails`/`phones` lists in step: the primary
 * value is the first entry, a primary missing from its list is put first, a
 * repeated entry is dropped, and an empty primary takes the list's first.
 * Addresses and name parts with nothing in them are dropped.
 * A writer that replaces a whole list and wants its first entry as primary
 * clears the single field (see `pointsPatch`).
 */
export function reconcileContactPoints<
  T extends {
    email: string;
    phone: string;
    emails: EmailPoint[];
    phones: PhonePoint[];
    addresses: PostalAddress[];
    structuredName: StructuredName | null;
  },
>(contact: T): T {
  const emails = reconcileList(contact.email, contact.emails, sameEmail);
  const phones = reconcileList(contact.phone, contact.phones, samePhone);
  const name = contact.structuredName;
  // Name parts that are all empty say nothing: stored as none, so N is not written from them.
  const structuredName = name && Object.values(name).some((part) => part !== '') ? name : null;
  const addresses = contact.addresses.filter((a) => [a.street, a.city, a.region, a.postcode, a.country].some((part) => part !== ''));
  return { ...contact, email: emails.primary, emails: emails.list, phone: phones.primary, phones: phones.list, addresses, structuredName };
}

/**
 * A patch that sets a list makes its first entry the primary, unless the
 * patch also names the primary itself.
 */
export function pointsPatch<P extends { email?: string; phone?: string; emails?: unknown[]; phones?: unknown[] }>(patch: P): P {
  const next = { ...patch };
  if (patch.emails !== undefined && patch.email === undefined) next.email = '';
  if (patch.phones !== undefined && patch.phone === undefined) next.phone = '';
  return next;
}

/** Every email of a contact, primary first. */
export function allEmails(contact: { email: string; emails?: readonly Point[] }): string[] {
  const list = (contact.emails ?? []).map((e) => e.value);
  return contact.email && !list.some((e) => sameEmail(e, contact.email)) ? [contact.email, ...list] : list;
}

/** Every phone of a contact, primary first. */
export function allPhones(contact: { phone: string; phones?: readonly Point[] }): string[] {
  const list = (contact.phones ?? []).map((p) => p.value);
  return contact.phone && !list.some((p) => samePhone(p, contact.phone)) ? [contact.phone, ...list] : list;
}

/** "Pérez, Ana María" style name from structured parts, for display when FN is missing. */
export function displayNameFrom(name: StructuredName): string {
  const main = [name.prefixes, name.given, name.additional, name.family].filter(Boolean).join(' ');
  return name.suffixes ? `${main}, ${name.suffixes}` : main;
}

/** One line for an address: "1 Main St, Columbus, OH 43210, USA". */
export function formatAddress(address: PostalAddress): string {
  const regionLine = [address.region, address.postcode].filter(Boolean).join(' ');
  return [address.street.replace(/\s*\n\s*/g, ', '), address.city, regionLine, address.country].filter(Boolean).join(', ');
}
