/**
 * The writes behind "Log meeting" and event outreach. Each command is one
 * transaction: the interaction, the follow-ups the user kept, the contacts'
 * stage advances and the moved keep-in-touch reminders are all written, or
 * none is. The inbox commands are in reminders-inbox.ts.
 *
 * Flow for the dialog: `planFollowUpsFor` (read-only) → the user ticks and
 * edits → `logInteraction` with the kept proposals and advances.
 */
import {
  contactSchema,
  type Contact,
  type ContactFields,
  type Interaction,
  type InteractionFields,
  type RapportEvent,
  type Reminder,
} from '../domain/entities';
import type { MeetingContactDetails } from '../domain/meeting-form';
import { applyAdvance, proposeContactAdvances, type ContactAdvance } from '../domain/follow-ups/advances';
import { cadenceMoveFor, planCadenceReminder, type CadenceMove, type CadenceWrite } from '../domain/follow-ups/cadence';
import { planEventOutreach } from '../domain/follow-ups/events';
import { toReminderFields, type ContactRef, type ProposedReminder, type ReminderDraft } from '../domain/follow-ups/reminder-draft';
import { proposeFollowUps, type ContactHistory, type InteractionForRules } from '../domain/follow-ups/rules';
import { remindersReplacedBy } from '../domain/follow-ups/update-family';
import { parseOrThrow } from '../domain/validation';
import { toLocalDate } from '../lib/dates';
import { db } from './db';
import { interactionCommands } from './interactions';
import { raiseLastTouchOf } from './last-touch';
import { getSettings } from './profile-settings';
import { NotFoundError } from './record-commands';
import { reminderCommands } from './reminders';
import { cadenceRecords, replanCadenceInTransaction, tickCommitment, writeReminder } from './reminders-write';

/** A contact created inline in the dialog, saved together with the interaction. */
export interface NewContact {
  /** Chosen by the dialog (`newId()`) so the interaction and proposals can refer to it before saving. */
  id: string;
  fields: ContactFields;
  /** What a scanned code drafted (email, title, institution, links); `fields` wins where both say something. */
  details?: MeetingContactDetails;
}

export interface LoggedInteraction {
  interaction: Interaction;
  /** The follow-ups written, in the order given. */
  reminders: Reminder[];
  /** Contacts created inline. */
  contacts: Contact[];
  /** What happened to each touched contact's keep-in-touch reminder. */
  cadence: CadenceWrite[];
  /** Earlier open follow-ups that a kept follow-up replaced (removed). */
  replacedReminderIds: string[];
}

/** What the dialog proposes for an interaction: reminders, and stage and how-met advances. */
export interface InteractionPlan {
  proposals: ProposedReminder[];
  advances: ContactAdvance[];
  /** Where each stored contact's keep-in-touch reminder goes unless a kept follow-up replaces it. */
  cadenceMoves: CadenceMove[];
}

/** A contact typed inline: a name, and the stage and how-met the inline form set, when it set them. */
export type NewContactRef = ContactRef & Partial<Pick<Contact, 'stage' | 'howMet'>>;

/**
 * Proposals for the interaction the user is typing, with everything the rules
 * need read from the database: the contacts, their earlier interactions and
 * reminders, the rules from Settings and the event. Writes nothing.
 *
 * @param newContacts contacts typed inline and not saved yet (no history).
 */
export async function planFollowUpsFor(
  interaction: InteractionForRules,
  now: Date,
  newContacts: readonly NewContactRef[] = [],
): Promise<InteractionPlan> {
  return db.transaction('r', [db.contacts, db.interactions, db.reminders, db.settings, db.events], async () => {
    const ids = [...new Set(interaction.contactIds)];
    const stored = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => c !== undefined);
    const history: Record<string, ContactHistory> = {};
    const existingReminders: Reminder[] = [];
    for (const contact of stored) {
      history[contact.id] = { priorInteractions: await db.interactions.where('contactIds').equals(contact.id).toArray() };
      existingReminders.push(...(await db.reminders.where('contactId').equals(contact.id).toArray()));
    }
    const event = interaction.eventId ? await db.events.get(interaction.eventId) : undefined;
    const { rules } = await getSettings();
    const fresh = newContacts.map((c) => ({ id: c.id, name: c.name, stage: c.stage ?? 'identified', howMet: c.howMet ?? null }));
    const proposals = proposeFollowUps({
      interaction,
      contacts: [...stored, ...newContacts],
      history,
      rules,
      event: event ?? null,
      today: toLocalDate(now),
      existingReminders,
    });
    const touchDay = toLocalDate(interaction.occurredAt);
    const cadenceMoves = stored.flatMap((contact) => {
      const move = cadenceMoveFor(
        contact,
        touchDay,
        contact.lastTouchAt === null ? null : toLocalDate(contact.lastTouchAt),
        existingReminders,
        rules,
      );
      return move === null ? [] : [move];
    });
    return { proposals, advances: proposeContactAdvances(interaction, [...stored, ...fresh], history), cadenceMoves };
  });
}

/** The reminder proposals alone (see {@link planFollowUpsFor}). */
export async function proposeFollowUpsFor(
  interaction: InteractionForRules,
  now: Date,
  newContacts: readonly NewContactRef[] = [],
): Promise<ProposedReminder[]> {
  return (await planFollowUpsFor(interaction, now, newContacts)).proposals;
}

/**
 * Writes the interaction, the reminders the user kept (possibly edited; their
 * `interactionId` is set to the new interaction), any contacts created inline
 * and the stage and how-met advances the user kept, then moves the
 * keep-in-touch reminder of every contact touched. A kept follow-up replaces
 * the contact's other open update reminders (an earlier follow-up is removed;
 * the cadence reminder waits until the follow-up is closed), so each contact
 * ends with at most one. One transaction: a validation error or any failed
 * write leaves the database as it was.
 *
 * @throws ValidationError naming the bad field; NotFoundError when a contact
 *   of the interaction no longer exists.
 */
export async function logInteraction(
  fields: InteractionFields,
  chosenReminders: readonly ReminderDraft[],
  now: Date,
  options: {
    newContacts?: readonly NewContact[];
    advances?: readonly ContactAdvance[];
    /** The reminder this meeting answers (logged from its row): marked done in the same transaction. */
    completeReminderId?: string;
  } = {},
): Promise<LoggedInteraction> {
  return db.transaction('rw', [db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const stamp = now.toISOString();
    const advances = new Map((options.advances ?? []).map((a) => [a.contactId, a]));
    const advanced = (contact: Contact) => {
      const advance = advances.get(contact.id);
      return advance ? applyAdvance(contact, advance) : contact;
    };
    const contacts = (options.newContacts ?? []).map(({ id, fields: contactFields, details }) =>
      advanced(parseOrThrow('Contact', contactSchema, { ...details, ...contactFields, id, createdAt: stamp, updatedAt: stamp })),
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
    const storedContacts = stored.filter((c): c is Contact => c !== undefined);
    const advancedIds = new Set(storedContacts.filter((c) => advanced(c) !== c).map((c) => c.id));
    const byId = new Map([...storedContacts.map(advanced), ...contacts].map((c) => [c.id, c]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing !== undefined) throw new NotFoundError('Contact', missing);
    const raised = raiseLastTouchOf(ids.flatMap((id) => byId.get(id) ?? []), interaction.occurredAt);
    const raisedIds = new Set(raised.changed.map((c) => c.id));
    const changedContacts = raised.contacts
      .filter((c) => raisedIds.has(c.id) || advancedIds.has(c.id))
      .map((c) => (advancedIds.has(c.id) && !raisedIds.has(c.id) ? { ...c, updatedAt: stamp } : c));

    // A kept follow-up replaces the contact's earlier open follow-ups; their keep-in-touch is handled by the cadence plan.
    const savedIds = new Set(reminders.map((r) => r.id));
    const replacedIds = new Set(
      reminders
        .filter((r) => r.kind === 'follow-up' && r.contactId !== null)
        .flatMap((r) => remindersReplacedBy(r.contactId ?? '', earlierReminders, savedIds))
        .filter((r) => r.kind === 'follow-up')
        .map((r) => r.id),
    );
    // The follow-ups just added count as existing reminders (by id, so a read that already saw them is no copy).
    const existing = [...new Map([...earlierReminders, ...reminders].map((r) => [r.id, r])).values()].filter(
      (r) => !replacedIds.has(r.id),
    );
    const cadence: CadenceWrite[] = [];
    const cadencePut: Reminder[] = [];
    const cadenceDelete: string[] = [...replacedIds];
    for (const contact of raised.contacts) {
      if (contact.lastTouchAt === null) continue;
      const writes = planCadenceReminder(contact, toLocalDate(contact.lastTouchAt), existing, rules);
      const records = cadenceRecords(writes, existing, now);
      cadence.push(...writes);
      cadencePut.push(...records.put);
      cadenceDelete.push(...records.removeIds);
    }
    await Promise.all([
      changedContacts.length > 0 ? db.contacts.bulkPut(changedContacts) : undefined,
      cadencePut.length > 0 ? db.reminders.bulkPut(cadencePut) : undefined,
      cadenceDelete.length > 0 ? db.reminders.bulkDelete(cadenceDelete) : undefined,
    ]);
    await completeAnsweredReminder(options.completeReminderId, new Set([...cadencePut.map((r) => r.id), ...cadenceDelete]), now);
    const savedContacts = contacts.map((c) => raised.contacts.find((r) => r.id === c.id) ?? c);
    return { interaction, reminders, contacts: savedContacts, cadence, replacedReminderIds: [...replacedIds] };
  });
}

/**
 * Marks the reminder a logged meeting answers as done (and its commitment, for
 * a commitment reminder). Skipped when it is gone, already closed, or the
 * keep-in-touch plan just moved or removed it (the new meeting already answered it).
 */
async function completeAnsweredReminder(id: string | undefined, replanned: ReadonlySet<string>, now: Date): Promise<void> {
  if (id === undefined || replanned.has(id)) return;
  const reminder = await db.reminders.get(id);
  if (!reminder || reminder.status === 'done' || reminder.status === 'dismissed') return;
  await writeReminder(reminder, { status: 'done', doneAt: now.toISOString(), snoozedUntil: null }, now);
  if (reminder.kind === 'commitment') await tickCommitment(reminder, now);
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

