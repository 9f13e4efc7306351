/**
 * The Reminders inbox commands: done, snooze, dismiss, reopen, and "done, and
 * I sent it by email". Each is one transaction. Closing a follow-up or a
 * keep-in-touch reminder re-plans the contact's cadence from today, so the
 * relationship keeps exactly one open update reminder.
 */
import type { Interaction, Reminder } from '../domain/entities';
import { snoozeUntil, type SnoozeOption } from '../domain/follow-ups/inbox';
import { clip } from '../domain/follow-ups/reminder-draft';
import { UPDATE_FAMILY_KINDS } from '../domain/follow-ups/update-family';
import { toLocalDate } from '../lib/dates';
import { db } from './db';
import { interactionCommands } from './interactions';
import { recomputeLastTouch } from './last-touch';
import { getSettings } from './profile-settings';
import { NotFoundError } from './record-commands';
import { actionableReminder, replanCadenceInTransaction, tickCommitment, writeReminder } from './reminders-write';

/**
 * Marks a reminder done. A done commitment reminder also ticks its commitment;
 * a done keep-in-touch reminder or follow-up starts the next cadence from today.
 */
export async function completeReminder(id: string, now: Date): Promise<Reminder> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const reminder = await actionableReminder(id, 'done');
    if (reminder.status === 'done') return reminder;
    const done = await writeReminder(reminder, { status: 'done', doneAt: now.toISOString(), snoozedUntil: null }, now);
    if (done.kind === 'commitment') await tickCommitment(done, now);
    await replanAfterClosing(done, now);
    return done;
  });
}

/** Snoozes a reminder (see `snoozeUntil` in the domain: never earlier than it is now). */
export async function snoozeReminder(id: string, option: SnoozeOption, now: Date): Promise<Reminder> {
  return db.transaction('rw', db.reminders, async () => {
    const reminder = await actionableReminder(id, 'snoozed');
    const until = snoozeUntil(reminder, option, toLocalDate(now));
    return writeReminder(reminder, { status: 'snoozed', snoozedUntil: until }, now);
  });
}

/**
 * Dismisses a reminder: it leaves the inbox and is kept as history. A
 * dismissed follow-up hands the update back to the contact's cadence.
 */
export async function dismissReminder(id: string, now: Date): Promise<Reminder> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const reminder = await actionableReminder(id, 'dismissed');
    if (reminder.status === 'dismissed') return reminder;
    const dismissed = await writeReminder(reminder, { status: 'dismissed', snoozedUntil: null }, now);
    if (dismissed.kind === 'follow-up') await replanAfterClosing(dismissed, now, false);
    return dismissed;
  });
}

/**
 * "Done, and I sent it by email": marks the reminder done and logs an email
 * interaction with its contact at `now`, in one transaction; the contact's
 * keep-in-touch reminder moves as for any touch.
 *
 * @throws Error when the reminder has no contact or is already done or dismissed
 *   (so a double click cannot log two emails); NotFoundError when it or its
 *   contact is gone.
 */
export async function completeThankYouWithEmail(
  reminderId: string,
  now: Date,
  options: { summary?: string } = {},
): Promise<{ reminder: Reminder; interaction: Interaction }> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const reminder = await db.reminders.get(reminderId);
    if (!reminder) throw new NotFoundError('Reminder', reminderId);
    if (reminder.status === 'done' || reminder.status === 'dismissed') {
      throw new Error(`This reminder is already ${reminder.status}, so no email was logged.`);
    }
    if (reminder.contactId === null) {
      throw new Error('This reminder is not linked to a contact, so there is no one to log an email with.');
    }
    if (!(await db.contacts.get(reminder.contactId))) throw new NotFoundError('Contact', reminder.contactId);

    const summary =
      options.summary ??
      (reminder.kind === 'thank-you' ? `Sent the thank-you: ${reminder.title}` : `Email sent: ${reminder.title}`);
    const interaction = interactionCommands.build(
      {
        occurredAt: now.toISOString(),
        kind: 'email',
        contactIds: [reminder.contactId],
        programId: reminder.programId,
        eventId: reminder.eventId,
        summary: clip(summary, 300),
      },
      { now },
    );
    await db.interactions.add(interaction);
    await recomputeLastTouch(interaction.contactIds);
    const done = await writeReminder(reminder, { status: 'done', doneAt: now.toISOString(), snoozedUntil: null }, now);
    if (done.kind === 'commitment') await tickCommitment(done, now);
    const { rules } = await getSettings();
    await replanCadenceInTransaction(reminder.contactId, rules, now);
    return { reminder: done, interaction };
  });
}


/**
 * After a follow-up or keep-in-touch reminder is closed: the contact's cadence
 * starts again, from today when the user did what it asked (`touched`), else
 * from their last logged touch.
 */
async function replanAfterClosing(reminder: Reminder, now: Date, touched = true): Promise<void> {
  if (!UPDATE_FAMILY_KINDS.includes(reminder.kind) || reminder.contactId === null) return;
  if (!(await db.contacts.get(reminder.contactId))) return;
  const { rules } = await getSettings();
  await replanCadenceInTransaction(reminder.contactId, rules, now, touched ? toLocalDate(now) : undefined);
}
