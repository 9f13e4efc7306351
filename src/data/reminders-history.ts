/** The read model behind Reminders → Done: closed reminders with the person they concern. */
import type { Contact } from '../domain/entities';
import { db } from './db';
import type { ReminderWithPerson } from './reminder-queries';

/** Every done and dismissed reminder, with its person (null when it has none or they are gone). */
export async function closedRemindersWithPeople(): Promise<ReminderWithPerson[]> {
  const reminders = await db.reminders.where('status').anyOf('done', 'dismissed').toArray();
  const ids = [...new Set(reminders.flatMap((r) => (r.contactId === null ? [] : [r.contactId])))];
  const contacts = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => c !== undefined);
  const names = new Map(contacts.map((c) => [c.id, { id: c.id, name: c.name }]));
  return reminders.map((r) => ({ ...r, person: r.contactId === null ? null : (names.get(r.contactId) ?? null) }));
}
