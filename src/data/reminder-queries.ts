/**
 * Read models for the Reminders inbox, Today and the notifier: reminders and
 * interactions joined with the names of the people they concern.
 */
import type { Contact, Interaction, Reminder } from '../domain/entities';
import type { ContactRef } from '../domain/follow-ups/reminder-draft';
import { groupReminders } from '../domain/follow-ups/inbox';
import { addLocalDays } from '../lib/dates';
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

/** Today's short list: the first `limit` overdue or due reminders (inbox order), with how many there are. */
export interface TodayReminders {
  shown: ReminderWithPerson[];
  /** Overdue or due today, shown or not. */
  dueCount: number;
  /** Due in the next 7 days (after today). */
  next7DaysCount: number;
}

/**
 * What Today shows of the reminders, reading no more than that needs: open reminders due within
 * the next 7 days (a later one is in no group Today shows, its latest day being no earlier than
 * its due day) and the snoozed ones; names only for the rows shown. Same groups, same order as
 * the inbox's {@link groupReminders}: ties keep the order of open-by-id, then snoozed-by-id.
 */
export async function todayReminders(today: string, limit: number): Promise<TodayReminders> {
  const weekEnd = addLocalDays(today, 7);
  const [open, snoozed] = await Promise.all([
    db.reminders.where('[status+dueDate]').between(['open', ''], ['open', weekEnd], true, true).toArray(),
    db.reminders.where('status').equals('snoozed').toArray(),
  ]);
  const groups = groupReminders([...open, ...snoozed], today);
  const due = [...groups.overdue, ...groups.today];
  const shown = due.slice(0, limit);
  const names = await namesOf(shown.flatMap((r) => (r.contactId === null ? [] : [r.contactId])));
  return {
    shown: shown.map((r) => ({ ...r, person: r.contactId === null ? null : (names.get(r.contactId) ?? null) })),
    dueCount: due.length,
    next7DaysCount: groups.next7Days.length,
  };
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
