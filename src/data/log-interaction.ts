/**
 * The writes behind "Log meeting" and the Reminders inbox. Each command is one
 * transaction: the interaction, the follow-ups the user kept and the moved
 * keep-in-touch reminders are all written, or none is.
 *
 * Flow for the dialog: `proposeFollowUpsFor` (read-only) → the user ticks and
 * edits → `logInteraction` with the kept proposals.
 */
import {
  contactSchema,
  interactionSchema,
  reminderSchema,
  type Contact,
  type ContactFields,
  type Interaction,
  type InteractionFields,
  type RapportEvent,
  type Reminder,
} from '../domain/entities';
import { planCadenceReminder, type CadenceWrite } from '../domain/follow-ups/cadence';
import { planEventOutreach } from '../domain/follow-ups/events';
import { snoozeUntil, type SnoozeOption } from '../domain/follow-ups/inbox';
import { clip, toReminderFields, type ContactRef, type ProposedReminder, type ReminderDraft } from '../domain/follow-ups/reminder-draft';
import { proposeFollowUps, type ContactHistory, type InteractionForRules } from '../domain/follow-ups/rules';
import type { FollowUpRules } from '../domain/settings';
import { parseOrThrow } from '../domain/validation';
import { toLocalDate } from '../lib/dates';
import { db } from './db';
import { interactionCommands } from './interactions';
import { raiseLastTouchOf, recomputeLastTouch } from './last-touch';
import { getSettings } from './profile-settings';
import { NotFoundError } from './record-commands';
import { reminderCommands } from './reminders';

/** A contact created inline in the dialog, saved together with the interaction. */
export interface NewContact {
  /** Chosen by the dialog (`newId()`) so the interaction and proposals can refer to it before saving. */
  id: string;
  fields: ContactFields;
}

export interface LoggedInteraction {
  interaction: Interaction;
  /** The follow-ups written, in the order given. */
  reminders: Reminder[];
  /** Contacts created inline. */
  contacts: Contact[];
  /** What happened to each touched contact's keep-in-touch reminder. */
  cadence: CadenceWrite[];
}

/**
 * Proposals for the interaction the user is typing, with everything the rules
 * need read from the database: the contacts, their earlier interactions, the
 * rules from Settings and the event. Writes nothing.
 *
 * @param newContacts contacts typed inline and not saved yet (no history).
 */
export async function proposeFollowUpsFor(
  interaction: InteractionForRules,
  now: Date,
  newContacts: readonly ContactRef[] = [],
): Promise<ProposedReminder[]> {
  return db.transaction('r', [db.contacts, db.interactions, db.settings, db.events], async () => {
    const ids = [...new Set(interaction.contactIds)];
    const stored = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => c !== undefined);
    const history: Record<string, ContactHistory> = {};
    for (const contact of stored) {
      history[contact.id] = { priorInteractions: await db.interactions.where('contactIds').equals(contact.id).toArray() };
    }
    const event = interaction.eventId ? await db.events.get(interaction.eventId) : undefined;
    const { rules } = await getSettings();
    return proposeFollowUps({
      interaction,
      contacts: [...stored, ...newContacts],
      history,
      rules,
      event: event ?? null,
      today: toLocalDate(now),
    });
  });
}

/**
 * Writes the interaction, the reminders the user kept (possibly edited; their
 * `interactionId` is set to the new interaction) and any contacts created
 * inline, then moves the keep-in-touch reminder of every contact touched.
 * One transaction: a validation error or any failed write leaves the database
 * as it was.
 *
 * @throws ValidationError naming the bad field; NotFoundError when a contact
 *   of the interaction no longer exists.
 */
export async function logInteraction(
  fields: InteractionFields,
  chosenReminders: readonly ReminderDraft[],
  now: Date,
  options: { newContacts?: readonly NewContact[] } = {},
): Promise<LoggedInteraction> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const stamp = now.toISOString();
    const contacts = (options.newContacts ?? []).map(({ id, fields: contactFields }) =>
      parseOrThrow('Contact', contactSchema, { ...contactFields, id, createdAt: stamp, updatedAt: stamp }),
    );
    const interaction = interactionCommands.build(fields, { now });
    const reminders = chosenReminders.map((draft) =>
      reminderCommands.build({ ...toReminderFields(draft), interactionId: interaction.id }, { now }),
    );
    const ids = [...new Set(interaction.contactIds)];
    const createdIds = new Set(contacts.map((c) => c.id));
    const storedIds = ids.filter((id) => !createdIds.has(id));

    // Two round trips in all: every read and add goes out at once, then every write worked out from them.
    // Each await is a round trip to IndexedDB, and the save is on the path between the click and the confirmation.
    const [{ rules }, stored, earlierReminders] = await Promise.all([
      getSettings(),
      db.contacts.bulkGet(storedIds),
      // One indexed read per contact: `anyOf` would walk a cursor, a round trip per step.
      Promise.all(ids.map((id) => db.reminders.where('contactId').equals(id).toArray())).then((lists) => lists.flat()),
      contacts.length > 0 ? db.contacts.bulkAdd(contacts) : undefined,
      db.interactions.add(interaction),
      db.reminders.bulkAdd(reminders),
    ]);
    const byId = new Map([...stored.filter((c): c is Contact => c !== undefined), ...contacts].map((c) => [c.id, c]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing !== undefined) throw new NotFoundError('Contact', missing);
    const raised = raiseLastTouchOf(ids.flatMap((id) => byId.get(id) ?? []), interaction.occurredAt);

    // The follow-ups just added count as existing reminders (by id, so a read that already saw them is no copy).
    const existing = [...new Map([...earlierReminders, ...reminders].map((r) => [r.id, r])).values()];
    const cadence: CadenceWrite[] = [];
    const cadencePut: Reminder[] = [];
    const cadenceDelete: string[] = [];
    for (const contact of raised.contacts) {
      if (contact.lastTouchAt === null) continue;
      const writes = planCadenceReminder(contact, toLocalDate(contact.lastTouchAt), existing, rules);
      const records = cadenceRecords(writes, existing, now);
      cadence.push(...writes);
      cadencePut.push(...records.put);
      cadenceDelete.push(...records.removeIds);
    }
    await Promise.all([
      raised.changed.length > 0 ? db.contacts.bulkPut(raised.changed) : undefined,
      cadencePut.length > 0 ? db.reminders.bulkPut(cadencePut) : undefined,
      cadenceDelete.length > 0 ? db.reminders.bulkDelete(cadenceDelete) : undefined,
    ]);
    return { interaction, reminders, contacts, cadence };
  });
}

/**
 * Re-plans one contact's keep-in-touch reminder from their latest logged
 * touch, e.g. after their cadence or stage was edited (a cleared cadence
 * removes the open reminder). Nothing happens for a contact never touched.
 */
export async function replanContactCadence(contactId: string, now: Date): Promise<CadenceWrite[]> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const { rules } = await getSettings();
    return replanCadenceInTransaction(contactId, rules, now);
  });
}

/** Marks a reminder done. A done commitment reminder also ticks its commitment; a done keep-in-touch reminder starts the next cadence from today. */
export async function completeReminder(id: string, now: Date): Promise<Reminder> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const reminder = await actionableReminder(id, 'done');
    if (reminder.status === 'done') return reminder;
    const done = await writeReminder(reminder, { status: 'done', doneAt: now.toISOString(), snoozedUntil: null }, now);
    if (done.kind === 'commitment') await tickCommitment(done, now);
    if (done.kind === 'keep-in-touch' && done.contactId !== null) {
      const { rules } = await getSettings();
      await replanCadenceInTransaction(done.contactId, rules, now, toLocalDate(now));
    }
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

/** Dismisses a reminder: it leaves the inbox and is kept as history. */
export async function dismissReminder(id: string, now: Date): Promise<Reminder> {
  return db.transaction('rw', db.reminders, async () => {
    const reminder = await actionableReminder(id, 'dismissed');
    if (reminder.status === 'dismissed') return reminder;
    return writeReminder(reminder, { status: 'dismissed', snoozedUntil: null }, now);
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

export interface OutreachWrites {
  created: Reminder[];
  updated: Reminder[];
  removedIds: string[];
}

/**
 * Writes the pre-event outreach reminders of an event (one per target
 * contact, see `planEventOutreach`) in one transaction, reconciling with what
 * is already stored rather than adding copies:
 * - a target with an open or snoozed outreach reminder has it moved to the new
 *   window (a snooze is kept when it still ends within the window);
 * - a target whose outreach is done or dismissed gets nothing new;
 * - open outreach reminders of contacts no longer targeted are removed, as are
 *   duplicates.
 * Targets whose contact no longer exists are skipped. When the plan is empty
 * because the event has begun or the rule is off, nothing is changed.
 */
export async function createEventOutreach(event: RapportEvent, now: Date): Promise<OutreachWrites> {
  return db.transaction('rw', [db.reminders, db.contacts, db.settings], async () => {
    const { rules } = await getSettings();
    const targets = (await db.contacts.bulkGet([...new Set(event.targetContactIds)])).filter(
      (c): c is Contact => c !== undefined,
    );
    const plan = planEventOutreach({
      event: { ...event, targetContactIds: targets.map((c) => c.id) },
      contacts: targets,
      rules,
      today: toLocalDate(now),
    });
    const result: OutreachWrites = { created: [], updated: [], removedIds: [] };
    if (plan.length === 0) return result;

    const existing = (await db.reminders.where('eventId').equals(event.id).toArray())
      .filter((r) => r.kind === 'pre-event-outreach')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const isOpen = (r: Reminder) => r.status === 'open' || r.status === 'snoozed';
    const planned = new Set(plan.map((p) => p.contactId));

    for (const proposal of plan) {
      const mine = existing.filter((r) => r.contactId === proposal.contactId);
      if (mine.some((r) => !isOpen(r))) {
        for (const r of mine.filter(isOpen)) result.removedIds.push(r.id);
        continue;
      }
      const [keep, ...copies] = mine;
      result.removedIds.push(...copies.map((r) => r.id));
      if (keep === undefined) {
        const created = reminderCommands.build(toReminderFields(proposal), { now });
        await db.reminders.add(created);
        result.created.push(created);
        continue;
      }
      const keepSnooze = keep.status === 'snoozed' && keep.snoozedUntil !== null && keep.snoozedUntil <= proposal.latestDate;
      const changes = {
        dueDate: proposal.dueDate,
        latestDate: proposal.latestDate,
        title: proposal.title,
        reason: proposal.reason,
        status: keepSnooze ? keep.status : 'open',
        snoozedUntil: keepSnooze ? keep.snoozedUntil : null,
      } satisfies Partial<Reminder>;
      const same =
        keep.dueDate === changes.dueDate &&
        keep.latestDate === changes.latestDate &&
        keep.title === changes.title &&
        keep.reason === changes.reason &&
        keep.status === changes.status &&
        keep.snoozedUntil === changes.snoozedUntil;
      if (!same) result.updated.push(await writeReminder(keep, changes, now));
    }
    for (const r of existing) {
      if (isOpen(r) && r.contactId !== null && !planned.has(r.contactId)) result.removedIds.push(r.id);
    }
    await db.reminders.bulkDelete(result.removedIds);
    return result;
  });
}

// ---------------------------------------------------------------- inside a transaction

/**
 * Moves one contact's keep-in-touch reminder from their latest touch (the
 * derived `lastTouchAt`, so call after `recomputeLastTouch`); call only inside
 * a transaction over interactions, reminders and contacts.
 *
 * @param touchedOn an extra touch day not logged as an interaction.
 */
async function replanCadenceInTransaction(
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
function cadenceRecords(
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
async function writeReminder(current: Reminder, changes: Partial<Reminder>, now: Date): Promise<Reminder> {
  const next = changedReminder(current, changes, now);
  await db.reminders.put(next);
  return next;
}

/** A reminder with changes applied, validated; stored by the caller. */
function changedReminder(current: Reminder, changes: Partial<Reminder>, now: Date): Reminder {
  return parseOrThrow('Reminder', reminderSchema, {
    ...current,
    ...changes,
    id: current.id,
    createdAt: current.createdAt,
    updatedAt: now.toISOString(),
  });
}

/** The reminder, unless it is gone or its state does not allow `to`. */
async function actionableReminder(id: string, to: 'done' | 'snoozed' | 'dismissed'): Promise<Reminder> {
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
async function tickCommitment(reminder: Reminder, now: Date): Promise<void> {
  if (reminder.interactionId === null || reminder.commitmentId === null) return;
  const interaction = await db.interactions.get(reminder.interactionId);
  if (!interaction) return;
  const commitments = interaction.commitments.map((c) => (c.id === reminder.commitmentId ? { ...c, done: true } : c));
  await db.interactions.put(
    parseOrThrow('Interaction', interactionSchema, { ...interaction, commitments, updatedAt: now.toISOString() }),
  );
}
