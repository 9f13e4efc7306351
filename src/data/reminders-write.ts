/**
 * Reminder writes shared by the Log meeting save and the inbox commands. Every
 * function here runs inside the caller's transaction (over interactions,
 * reminders, contacts and settings as each needs) and opens none of its own.
 */
import { interactionSchema, reminderSchema, type Reminder } from '../domain/entities';
import { planCadenceReminder, type CadenceWrite } from '../domain/follow-ups/cadence';
import { toReminderFields } from '../domain/follow-ups/reminder-draft';
import type { FollowUpRules } from '../domain/settings';
import { parseOrThrow } from '../domain/validation';
import { toLocalDate } from '../lib/dates';
import { db } from './db';
import { NotFoundError } from './record-commands';
import { reminderCommands } from './reminders';

/**
 * Moves one contact's keep-in-touch reminder from their latest touch (the
 * derived `lastTouchAt`, so call after `recomputeLastTouch`); call only inside
 * a transaction over interactions, reminders and contacts.
 *
 * @param touchedOn an extra touch day not logged as an interaction.
 */
export async function replanCadenceInTransaction(
  contactId: string,
  rules: FollowUpRules,
  now: Date,
  touchedOn?: string,
): Promise<CadenceWrite[]> {
  const contact = await db.contacts.get(contactId);
  if (!contact) throw new NotFoundError('Contact', contactId);
  const touches = [contact.lastTouchAt === null ? null : toLocalDate(contact.lastTouchAt), touchedOn ?? null].filter(
    (day): day is string => day !== null,
  );
  if (touches.length === 0) return [];
  const lastTouchDay = touches.reduce((a, b) => (b > a ? b : a));
  const existing = await db.reminders.where('contactId').equals(contactId).toArray();
  const writes = planCadenceReminder(contact, lastTouchDay, existing, rules);
  const { put, removeIds } = cadenceRecords(writes, existing, now);
  await Promise.all([db.reminders.bulkPut(put), db.reminders.bulkDelete(removeIds)]);
  return writes;
}

/** The reminder rows that carry out cadence writes: new and changed ones to put, removed ones by id. */
export function cadenceRecords(
  writes: readonly CadenceWrite[],
  existing: readonly Reminder[],
  now: Date,
): { put: Reminder[]; removeIds: string[] } {
  const put: Reminder[] = [];
  const removeIds: string[] = [];
  for (const write of writes) {
    if (write.type === 'create') {
      put.push(reminderCommands.build(toReminderFields(write.reminder), { now }));
    } else if (write.type === 'update') {
      const current = existing.find((r) => r.id === write.id);
      if (!current) throw new NotFoundError('Reminder', write.id);
      put.push(changedReminder(current, write.changes, now));
    } else {
      removeIds.push(write.id);
    }
  }
  return { put, removeIds };
}

/** Validates and stores a change to a reminder. */
export async function writeReminder(current: Reminder, changes: Partial<Reminder>, now: Date): Promise<Reminder> {
  const next = changedReminder(current, changes, now);
  await db.reminders.put(next);
  return next;
}

/** A reminder with changes applied, validated; stored by the caller. */
export function changedReminder(current: Reminder, changes: Partial<Reminder>, now: Date): Reminder {
  return parseOrThrow('Reminder', reminderSchema, {
    ...current,
    ...changes,
    id: current.id,
    createdAt: current.createdAt,
    updatedAt: now.toISOString(),
  });
}

/** The reminder, unless it is gone or its state does not allow `to`. */
export async function actionableReminder(id: string, to: 'done' | 'snoozed' | 'dismissed'): Promise<Reminder> {
  const reminder = await db.reminders.get(id);
  if (!reminder) throw new NotFoundError('Reminder', id);
  const closed = reminder.status === 'done' || reminder.status === 'dismissed';
  // Done and dismiss are idempotent (a second click is harmless); snoozing a closed reminder would silently reopen it.
  if (closed && (to === 'snoozed' || reminder.status !== to)) {
    throw new Error(`This reminder is already ${reminder.status}.`);
  }
  return reminder;
}

/** Marks the commitment behind a commitment reminder as done in its interaction. */
export async function tickCommitment(reminder: Reminder, now: Date): Promise<void> {
  if (reminder.interactionId === null || reminder.commitmentId === null) return;
  const interaction = await db.interactions.get(reminder.interactionId);
  if (!interaction) return;
  const commitments = interaction.commitments.map((c) => (c.id === reminder.commitmentId ? { ...c, done: true } : c));
  await db.interactions.put(
    parseOrThrow('Interaction', interactionSchema, { ...interaction, commitments, updatedAt: now.toISOString() }),
  );
}
