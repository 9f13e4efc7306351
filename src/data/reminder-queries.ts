/**
 * Read models for the Reminders inbox, Today and the notifier: reminders and
 * interactions joined with the names of the people they concern.
 */
import type { Contact, Interaction, Reminder } from '../domain/entities';
import type { ContactRef } from '../domain/follow-ups/reminder-draft';
import { db } from './db';

/** A reminder with the person it concerns (null when it has none or they are gone). */
export type ReminderWithPerson = Reminder & { person: ContactRef | null };

/** An interaction with its people, in the interaction's order; missing contacts are left out. */
export type InteractionWithPeople = Interaction & { people: ContactRef[] };

async function namesOf(ids: Iterable<string>): Promise<Map<string, ContactRef>> {
  const unique = [...new Set(ids)];
  const contacts = await db.contacts.bulkGet(unique);
  return new Map(
    contacts.filter((c): c is Contact => c !== undefined).map((c) => [c.id, { id: c.id, name: c.name }]),
  );
}

/** Every open and snoozed reminder, with its person; the inbox groups and sorts them. */
export async function openRemindersWithPeople(): Promise<ReminderWithPerson[]> {
  const reminders = await db.reminders.where('status').anyOf('open', 'snoozed').toArray();
  const names = await namesOf(reminders.flatMap((r) => (r.contactId === null ? [] : [r.contactId])));
  return reminders.map((r) => ({ ...r, person: r.contactId === null ? null : (names.get(r.contactId) ?? null) }));
}

/** The latest `limit` interactions, newest first, with their people. */
export async function recentInteractionsWithPeople(limit: number): Promise<InteractionWithPeople[]> {
  const interactions = await db.interactions.orderBy('occurredAt').reverse().limit(limit).toArray();
  const names = await namesOf(interactions.flatMap((i) => i.contactIds));
  return interactions.map((i) => ({
    ...i,
    people: i.contactIds.flatMap((id) => {
      const person = names.get(id);
      return person ? [person] : [];
    }),
  }));
}

/** Contacts to pick from when logging a meeting: id, name, role and institution, by name. */
export async function contactChoices(): Promise<Pick<Contact, 'id' | 'name' | 'role' | 'institution' | 'programIds'>[]> {
  const contacts = await db.contacts.orderBy('name').toArray();
  return contacts.map(({ id, name, role, institution, programIds }) => ({ id, name, role, institution, programIds }));
}
