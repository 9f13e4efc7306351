/**
 * Events as the Events screen uses them: saving an event together with its
 * pre-event outreach reminders, the event page's read model, and the "who did
 * I meet?" capture that logs several conference conversations at once. Each
 * write is one transaction.
 */
import { setHours } from 'date-fns';
import type { Contact, EventFields, Interaction, RapportEvent, Reminder } from '../domain/entities';
import { metCaptureSchema, type MetCaptureInput } from '../domain/playbook/met-capture';
import { parseOrThrow } from '../domain/validation';
import { RELATIONSHIP_STAGES } from '../domain/vocabulary';
import { fromLocalDate, toLocalDate } from '../lib/dates';
import { newId } from '../lib/ids';
import { db } from './db';
import { contactCommands } from './contacts';
import { eventCommands } from './events';
import { createEventOutreach, logInteraction, proposeFollowUpsFor, type NewContact, type OutreachWrites } from './log-interaction';
import { NotFoundError } from './record-commands';

export interface SavedEvent {
  event: RapportEvent;
  outreach: OutreachWrites;
}

/**
 * Creates an event (no `id`) or updates one, and writes the outreach reminders
 * of its targets (see `createEventOutreach`), all in one transaction: a
 * validation error leaves the database as it was. An upcoming event left with
 * no targets loses its open outreach reminders.
 */
export async function saveEvent(fields: EventFields, options: { id?: string | null; now: Date }): Promise<SavedEvent> {
  const { id, now } = options;
  return db.transaction('rw', [db.events, db.reminders, db.contacts, db.settings], async () => {
    const event = id ? await eventCommands.update(id, fields, { now }) : await eventCommands.create(fields, { now });
    const outreach = await createEventOutreach(event, now);
    if (event.targetContactIds.length === 0 && event.startDate > toLocalDate(now)) {
      // With no targets left the outreach plan is empty, and createEventOutreach then changes nothing; the open notes go.
      const stale = (await db.reminders.where('eventId').equals(event.id).toArray()).filter(
        (r) => r.kind === 'pre-event-outreach' && (r.status === 'open' || r.status === 'snoozed'),
      );
      await db.reminders.bulkDelete(stale.map((r) => r.id));
      outreach.removedIds.push(...stale.map((r) => r.id));
    }
    return { event, outreach };
  });
}

export interface EventDetail {
  event: RapportEvent;
  /** Target contacts that still exist, in the order they were picked. */
  targets: Contact[];
  /** Reminders linked to the event, by due date. */
  reminders: Reminder[];
  /** Conversations logged at the event, latest first. */
  interactions: Interaction[];
  /** Every contact the page names (targets, reminders, interactions), by id. */
  contactsById: Record<string, Contact>;
}

/** The event page's data, or null when the event does not exist (any more). */
export async function loadEventDetail(eventId: string): Promise<EventDetail | null> {
  return db.transaction('r', [db.events, db.contacts, db.reminders, db.interactions], async () => {
    const event = await db.events.get(eventId);
    if (!event) return null;
    const [reminders, interactions] = await Promise.all([
      db.reminders.where('eventId').equals(eventId).toArray(),
      db.interactions.where('eventId').equals(eventId).toArray(),
    ]);
    const ids = new Set([
      ...event.targetContactIds,
      ...reminders.flatMap((r) => (r.contactId ? [r.contactId] : [])),
      ...interactions.flatMap((i) => i.contactIds),
    ]);
    const contacts = (await db.contacts.bulkGet([...ids])).filter((c): c is Contact => c !== undefined);
    const contactsById = Object.fromEntries(contacts.map((c) => [c.id, c]));
    return {
      event,
      targets: event.targetContactIds.flatMap((id) => (contactsById[id] ? [contactsById[id]] : [])),
      reminders: reminders.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title)),
      interactions: interactions.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
      contactsById,
    };
  });
}

/** One row of the Events list. */
export interface EventSummary {
  event: RapportEvent;
  /** Open or snoozed outreach reminders. */
  openOutreach: number;
  /** Conversations logged at the event. */
  conversations: number;
}

/** Every event with its counts; the screen splits upcoming from past. */
export async function listEventSummaries(): Promise<EventSummary[]> {
  return db.transaction('r', [db.events, db.reminders, db.interactions], async () => {
    const [events, reminders] = await Promise.all([
      db.events.orderBy('startDate').toArray(),
      db.reminders.where('kind').equals('pre-event-outreach').toArray(),
    ]);
    const interactions = await db.interactions.where('eventId').anyOf(events.map((e) => e.id)).toArray();
    return events.map((event) => ({
      event,
      openOutreach: reminders.filter((r) => r.eventId === event.id && (r.status === 'open' || r.status === 'snoozed')).length,
      conversations: interactions.filter((i) => i.eventId === event.id).length,
    }));
  });
}

export interface PeopleMet {
  interactions: Interaction[];
  /** The thank-you reminders written. */
  reminders: Reminder[];
  /** Contacts created for people new to the user. */
  contacts: Contact[];
}

const MET_INDEX = RELATIONSHIP_STAGES.indexOf('met');

/**
 * "Who did I meet?": for each person, logs one conference conversation at the
 * event (the topic is its summary) with the follow-ups the Settings rules
 * propose (the 3–7 day thank-you, unless `thankYous` is false), creating new people as contacts met at a
 * conference. Existing contacts still at "identified" or "contacted" move to
 * "met". One transaction: if any person fails, nothing is written.
 *
 * @throws ValidationError for an incomplete capture or a day outside the
 *   event; NotFoundError when the event or a picked contact is gone.
 */
export async function logPeopleMet(eventId: string, capture: MetCaptureInput, now: Date): Promise<PeopleMet> {
  return db.transaction('rw', [db.events, db.interactions, db.reminders, db.contacts, db.settings], async () => {
    const event = await db.events.get(eventId);
    if (!event) throw new NotFoundError('Event', eventId);
    const today = toLocalDate(now);
    const { metOn, people, thankYous } = parseOrThrow('Meeting capture', metCaptureSchema(event, today), capture);
    // A conversation on an earlier day is placed at its local midday, clear of any time-zone edge.
    const occurredAt = metOn === today ? now.toISOString() : setHours(fromLocalDate(metOn), 12).toISOString();

    const result: PeopleMet = { interactions: [], reminders: [], contacts: [] };
    for (const person of people) {
      let contactId = person.contactId;
      const newContacts: NewContact[] = [];
      if (person.mode === 'new') {
        contactId = newId();
        newContacts.push({
          id: contactId,
          fields: { name: person.name, role: person.role, institution: person.institution, howMet: 'conference', stage: 'met' },
        });
      } else {
        const contact = await db.contacts.get(contactId);
        if (!contact) throw new NotFoundError('Contact', contactId);
        if (RELATIONSHIP_STAGES.indexOf(contact.stage) < MET_INDEX) await contactCommands.update(contactId, { stage: 'met' }, { now });
      }
      const fields = {
        occurredAt,
        kind: 'conference-conversation' as const,
        contactIds: [contactId],
        programId: null,
        eventId: event.id,
        summary: person.topic,
        commitments: [],
      };
      const proposals = thankYous
        ? await proposeFollowUpsFor(fields, now, newContacts.map((c) => ({ id: c.id, name: c.fields.name })))
        : [];
      const logged = await logInteraction(fields, proposals, now, { newContacts });
      result.interactions.push(logged.interaction);
      result.reminders.push(...logged.reminders);
      result.contacts.push(...logged.contacts);
    }
    return result;
  });
}
