/** Commands and queries for contacts. */
import {
  contactSchema,
  type Contact,
  type ContactFields,
  type Interaction,
  type Program,
  type Reminder,
} from '../domain/entities';
import {
  findDuplicates,
  mergeContactEntry,
  normaliseEmail,
  normaliseName,
  type ContactEntry,
  type DuplicateCandidate,
  type DuplicateMatch,
} from '../domain/contact-duplicates';
import { allEmails, pointsPatch } from '../domain/contact-points';
import { db } from './db';
import { interactionsWithContact } from './interactions';
import { makeRecordCommands, NotFoundError } from './record-commands';
import { effectiveDueDate } from './reminders';

export const contactCommands = makeRecordCommands<ContactFields, Contact>({
  entity: 'Contact',
  table: 'contacts',
  recordSchema: contactSchema,
  label: (c) => c.name,
  // A removed contact takes its reminders along; they come back with it on restore.
  cascade: async (id) =>
    (await db.reminders.where('contactId').equals(id).toArray()).map((record) => ({ table: 'reminders' as const, record })),
});

export const createContact = contactCommands.create;

/**
 * Updates a contact. A patch that replaces the email or phone list makes its
 * first entry the primary one unless it names the primary too.
 */
export function updateContact(id: string, patch: Partial<ContactFields>, options?: { now?: Date }): Promise<Contact> {
  return contactCommands.update(id, pointsPatch(patch), options);
}
export const removeContact = contactCommands.remove;
export const getContact = contactCommands.get;

/**
 * Every contact in storage order: the cheapest full read, for screens that
 * sort in memory anyway (the contacts list, the search palette).
 */
export function listContacts(): Promise<Contact[]> {
  return db.contacts.toArray();
}

export function listContactsByName(): Promise<Contact[]> {
  return db.contacts.orderBy('name').toArray();
}

export function countContacts(): Promise<number> {
  return db.contacts.count();
}

export function contactsAtProgram(programId: string): Promise<Contact[]> {
  return db.contacts.where('programIds').equals(programId).toArray();
}

/** Everything the contact page shows, read in one live query. */
export interface ContactDetail {
  contact: Contact;
  /** The contact's program links in order; `program` is null when that program was deleted. */
  programs: { id: string; program: Program | null }[];
  /** Interactions naming this contact, newest first. */
  interactions: Interaction[];
  /** Open and snoozed reminders about this contact, soonest first. */
  openReminders: Reminder[];
  /** Who introduced them; `contact` is null when that contact was deleted. */
  introducedBy: { id: string; contact: Contact | null } | null;
  /** Contacts this person introduced the user to. */
  introduced: Contact[];
  /** Names of the other people the timeline mentions, by id; deleted ones are absent. */
  contactNames: Record<string, string>;
  /** Names of the programs the timeline mentions, by id; deleted ones are absent. */
  programNames: Record<string, string>;
}

/** The contact page's data, or null when no contact has that id. */
export async function contactDetail(contactId: string): Promise<ContactDetail | null> {
  const contact = await db.contacts.get(contactId);
  if (!contact) return null;
  const [interactions, reminders, introduced, introducer] = await Promise.all([
    interactionsWithContact(contactId),
    db.reminders.where('contactId').equals(contactId).toArray(),
    db.contacts.where('introducedById').equals(contactId).sortBy('name'),
    contact.introducedById ? db.contacts.get(contact.introducedById) : Promise.resolve(undefined),
  ]);
  const otherContactIds = [...new Set(interactions.flatMap((i) => i.contactIds))].filter((id) => id !== contactId);
  const programIds = [...new Set([...contact.programIds, ...interactions.flatMap((i) => (i.programId ? [i.programId] : []))])];
  const [others, programs] = await Promise.all([db.contacts.bulkGet(otherContactIds), db.programs.bulkGet(programIds)]);
  const programById = new Map(programs.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return {
    contact,
    programs: contact.programIds.map((id) => ({ id, program: programById.get(id) ?? null })),
    interactions,
    openReminders: reminders
      .filter((r) => r.status === 'open' || r.status === 'snoozed')
      .sort((a, b) => effectiveDueDate(a).localeCompare(effectiveDueDate(b))),
    introducedBy: contact.introducedById ? { id: contact.introducedById, contact: introducer ?? null } : null,
    introduced: introduced.filter((c) => c.id !== contactId),
    contactNames: Object.fromEntries([contact, ...others].flatMap((c) => (c ? [[c.id, c.name]] : []))),
    programNames: Object.fromEntries([...programById.values()].map((p) => [p.id, p.name])),
  };
}

/**
 * Existing contacts that look like the same person as `candidate` (same email
 * ignoring case, or same normalised name at the same institution), without
 * loading every contact: it walks the email and name indexes.
 */
export async function findLikelyDuplicateContacts(
  candidate: DuplicateCandidate,
  exceptId: string | null = null,
): Promise<DuplicateMatch[]> {
  const emails = [...new Set(allEmails(candidate).map(normaliseEmail))].filter((e) => e !== '');
  const name = normaliseName(candidate.name);
  const ids = new Set<string>();
  if (emails.length > 0) {
    for (const id of await db.contacts.where('email').anyOfIgnoreCase(emails).primaryKeys()) ids.add(id);
  }
  if (name !== '') {
    await db.contacts.orderBy('name').eachKey((key, cursor) => {
      if (typeof key === 'string' && normaliseName(key) === name) ids.add(String(cursor.primaryKey));
    });
  }
  if (ids.size === 0) return [];
  const contacts = (await db.contacts.bulkGet([...ids])).filter((c): c is Contact => c !== undefined);
  return findDuplicates(candidate, contacts, exceptId);
}

/**
 * Folds a new entry into an existing contact (see mergeContactEntry) in one
 * transaction, so a concurrent edit in another tab is not overwritten.
 */
export async function mergeIntoContact(existingId: string, entry: ContactEntry): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(existingId);
    if (!existing) throw new NotFoundError('Contact', existingId);
    return updateContact(existingId, mergeContactEntry(existing, entry));
  });
}
