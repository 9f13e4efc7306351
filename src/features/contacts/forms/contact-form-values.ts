/**
 * What the contact form edits, and how it maps to a contact's fields: the
 * primary email and phone are their own fields (with a hidden label), the
 * others are rows under "More ways to reach them". Empty rows are dropped.
 * Name parts and birthday, which only an import fills in, are not edited
 * here and stay as they are.
 */
import { z } from 'zod';
import { addressSchema } from '../../../domain/contact-points';
import { isInvisibleText } from '../../../domain/backup/import-candidate';
import type { ContactEntry } from '../../../domain/contact-duplicates';
import { contactFieldsSchema, emailSchema, phoneSchema, webLinkSchema, type Contact } from '../../../domain/entities';

const label = z.string().trim().max(40, 'Keep the label under 40 characters').default('');

export const contactFormSchema = contactFieldsSchema
  .omit({ lastTouchAt: true, emails: true, phones: true, structuredName: true, birthday: true })
  .extend({
    // A name of only zero-width or other invisible characters would show as blank everywhere.
    name: contactFieldsSchema.shape.name.refine((name) => !isInvisibleText(name), 'Enter a name (this one holds only invisible characters)'),
    emailLabel: label,
    phoneLabel: label,
    moreEmails: z.array(z.object({ value: emailSchema, label })).max(49, 'At most 50 email addresses').default([]),
    morePhones: z.array(z.object({ value: phoneSchema, label })).max(49, 'At most 50 phone numbers').default([]),
    urls: z.array(z.object({ value: webLinkSchema, label })).max(50, 'At most 50 web links').default([]),
    addresses: z.array(addressSchema).max(20, 'At most 20 addresses').default([]),
  });
export type ContactFormInput = z.input<typeof contactFormSchema>;
export type ContactFormValues = z.output<typeof contactFormSchema>;

const EMPTY_ENTRY: ContactFormInput = {
  name: '',
  role: 'other',
  title: '',
  institution: '',
  programIds: [],
  email: '',
  phone: '',
  emailLabel: '',
  phoneLabel: '',
  moreEmails: [],
  morePhones: [],
  urls: [],
  addresses: [],
  linkedinUrl: '',
  xUrl: '',
  tags: [],
  interests: [],
  howMet: null,
  introducedById: null,
  stage: 'identified',
  mentorSignals: { suggestsOpportunities: false, offersIntroductions: false, givesCriticalFeedback: false },
  letterStatus: 'none',
  cadenceDays: null,
  notes: '',
};

/** The form's starting values: a contact's, or an empty entry whose role the user must choose. */
export function contactFormValues(contact: Contact | undefined): Partial<ContactFormInput> {
  if (!contact) {
    const { role: _role, ...empty } = EMPTY_ENTRY;
    return empty;
  }
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    sample: _s,
    lastTouchAt: _l,
    emails,
    phones,
    structuredName: _n,
    birthday: _b,
    ...fields
  } = contact;
  return {
    ...fields,
    emailLabel: emails[0]?.label ?? '',
    phoneLabel: phones[0]?.label ?? '',
    moreEmails: emails.slice(1),
    morePhones: phones.slice(1),
  };
}

const filled = <P extends { value: string }>(list: readonly P[]) => list.filter((p) => p.value.trim() !== '');

/** The contact fields the form edits (everything but name parts and birthday, which it leaves as they are). */
export type ContactFormFields = Omit<ContactEntry, 'structuredName' | 'birthday'>;

/** The contact fields the form's values stand for. */
export function contactFieldsFromForm(values: ContactFormValues): ContactFormFields {
  const { emailLabel, phoneLabel, moreEmails, morePhones, urls, ...fields } = values;
  const primaryEmail = values.email.trim() ? [{ value: values.email.trim(), label: emailLabel }] : [];
  const primaryPhone = values.phone.trim() ? [{ value: values.phone.trim(), label: phoneLabel }] : [];
  return {
    ...fields,
    emails: [...primaryEmail, ...filled(moreEmails)],
    phones: [...primaryPhone, ...filled(morePhones)],
    urls: filled(urls),
  };
}

/** The form's values as a whole entry, for merging into another contact (name parts and birthday: none given). */
export function contactEntryFrom(values: ContactFormValues): ContactEntry {
  return { ...contactFieldsFromForm(values), structuredName: null, birthday: '' };
}

/** What the form holds as plain text, one "Label: value" line per filled field, for copying elsewhere. */
export function contactAsText(values: Partial<ContactFormInput>): string {
  const lines: [string, unknown][] = [
    ['Name', values.name],
    ['Title', values.title],
    ['Institution', values.institution],
    ['Email', values.email],
    ['Phone', values.phone],
    ...(values.moreEmails ?? []).map((e): [string, unknown] => ['Email', e.value]),
    ...(values.morePhones ?? []).map((p): [string, unknown] => ['Phone', p.value]),
    ...(values.urls ?? []).map((u): [string, unknown] => ['Link', u.value]),
    ['LinkedIn', values.linkedinUrl],
    ['X', values.xUrl],
    ['Tags', (values.tags ?? []).join(', ')],
    ['Interests', (values.interests ?? []).join(', ')],
    ['Keep in touch every (days)', values.cadenceDays],
    ['Notes', values.notes],
  ];
  return lines
    .filter(([, value]) => value !== undefined && value !== null && String(value).trim() !== '')
    .map(([label, value]) => `${label}: ${String(value).trim()}`)
    .join('\n');
}
