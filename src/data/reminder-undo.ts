/**
 * Undo for the inbox's one-click actions (done, snooze, dismiss, done with the
 * email logged). Each undo is one transaction that puts the reminder back as
 * it was and reverses what the action did next to it.
 */
import { interactionSchema, reminderSchema, type Reminder } from '../domain/entities';
import { parseOrThrow } from '../domain/validation';
import { db } from './db';
import { recomputeLastTouch } from './last-touch';
import { replanContactCadence } from './log-interaction';
import { NotFoundError } from './record-commands';

/**
 * Puts a reminder back to `before` (its status, snooze and done time). A
 * commitment reminder un-ticks its commitment again; a keep-in-touch reminder
 * is re-planned from the contact's logged touches, so the one that marking it
 * done started is not left as a second open reminder.
 */
export async function undoReminderChange(before: Reminder, now: Date): Promise<Reminder> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const current = await db.reminders.get(before.id);
    if (!current) throw new NotFoundError('Reminder', before.id);
    const restored = parseOrThrow('Reminder', reminderSchema, {
      ...current,
      status: before.status,
      snoozedUntil: before.snoozedUntil,
      doneAt: before.doneAt,
      updatedAt: now.toISOString(),
    });
    await db.reminders.put(restored);
    if (current.status === 'done' && restored.status !== 'done' && restored.kind === 'commitment') {
      await untickCommitment(restored, now);
    }
    if (
      (restored.kind === 'keep-in-touch' || restored.kind === 'follow-up') &&
      restored.contactId !== null &&
      (await db.contacts.get(restored.contactId))
    ) {
      const writes = await replanContactCadence(restored.contactId, now);
      if (writes.length === 0) {
        // Never touched, so nothing to re-plan from: drop the reminder that "done" started instead.
        const others = (await db.reminders.where('contactId').equals(restored.contactId).toArray()).filter(
          (r) => r.id !== restored.id && r.kind === 'keep-in-touch' && (r.status === 'open' || r.status === 'snoozed'),
        );
        await db.reminders.bulkDelete(others.map((r) => r.id));
      }
    }
    return (await db.reminders.get(before.id)) ?? restored;
  });
}

/**
 * Undoes "done, and log the email": removes the email interaction that was
 * logged (it never goes to the trash: the user is taking it back, not
 * deleting a record) and reopens the reminder, in one transaction.
 */
export async function undoThankYouWithEmail(before: Reminder, interactionId: string, now: Date): Promise<Reminder> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const interaction = await db.interactions.get(interactionId);
    if (interaction) {
      await db.interactions.delete(interactionId);
      await recomputeLastTouch(interaction.contactIds);
    }
    return undoReminderChange(before, now);
  });
}

async function untickCommitment(reminder: Reminder, now: Date): Promise<void> {
  if (reminder.interactionId === null || reminder.commitmentId === null) return;
  const interaction = await db.interactions.get(reminder.interactionId);
  if (!interaction) return;
  const commitments = interaction.commitments.map((c) => (c.id === reminder.commitmentId ? { ...c, done: false } : c));
  await db.interactions.put(
    parseOrThrow('Interaction', interactionSchema, { ...interaction, commitments, updatedAt: now.toISOString() }),
  );
}

/**
 * Reopens a done or dismissed reminder from the Done history: it is open
 * again, as it was before it was closed (a commitment is un-ticked, the
 * contact's cadence re-planned). An open or snoozed reminder is returned as it is.
 */
export async function reopenReminder(id: string, now: Date): Promise<Reminder> {
  const current = await db.reminders.get(id);
  if (!current) throw new NotFoundError('Reminder', id);
  if (current.status === 'open' || current.status === 'snoozed') return current;
  return undoReminderChange({ ...current, status: 'open', snoozedUntil: null, doneAt: null }, now);
}
