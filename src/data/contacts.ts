/** Commands and queries for contacts. */
import { contactSchema, type Contact, type ContactFields } from '../domain/entities';
import { db } from './db';
import { makeRecordCommands } from './record-commands';

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
export const updateContact = contactCommands.update;
export const removeContact = contactCommands.remove;
export const getContact = contactCommands.get;

export function listContactsByName(): Promise<Contact[]> {
  return db.contacts.orderBy('name').toArray();
}

export function countContacts(): Promise<number> {
  return db.contacts.count();
}

export function contactsAtProgram(programId: string): Promise<Contact[]> {
  return db.contacts.where('programIds').equals(programId).toArray();
}
