/** Commands and queries for reminders. */
import { reminderSchema, type Reminder, type ReminderFields } from '../domain/entities';
import { db } from './db';
import { makeRecordCommands } from './record-commands';

export const reminderCommands = makeRecordCommands<ReminderFields, Reminder>({
  entity: 'Reminder',
  table: 'reminders',
  recordSchema: reminderSchema,
  label: (r) => r.title,
});

export const createReminder = reminderCommands.create;
export const updateReminder = reminderCommands.update;
export const removeReminder = reminderCommands.remove;
export const getReminder = reminderCommands.get;

/**
 * Reminders that are actionable: open ones, and snoozed ones whose snooze has
 * ended by `today` (yyyy-MM-dd). Sorted by due date.
 */
export async function activeReminders(today: string): Promise<Reminder[]> {
  const [open, snoozed] = await Promise.all([
    db.reminders.where('[status+dueDate]').between(['open', ''], ['open', '\uffff']).toArray(),
    db.reminders.where('status').equals('snoozed').toArray(),
  ]);
  const woken = snoozed.filter((r) => r.snoozedUntil !== null && r.snoozedUntil <= today);
  return [...open, ...woken].sort((a, b) => effectiveDueDate(a).localeCompare(effectiveDueDate(b)));
}

/** The day a reminder is due for the inbox: its snooze end when snoozed, else its due date. */
export function effectiveDueDate(reminder: Reminder): string {
  return reminder.status === 'snoozed' && reminder.snoozedUntil ? reminder.snoozedUntil : reminder.dueDate;
}

export function remindersForContact(contactId: string): Promise<Reminder[]> {
  return db.reminders.where('contactId').equals(contactId).toArray();
}
