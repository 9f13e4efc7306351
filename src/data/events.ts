/** Commands and queries for events (conferences, open houses). */
import { eventSchema, type EventFields, type RapportEvent } from '../domain/entities';
import { db } from './db';
import { makeRecordCommands } from './record-commands';

export const eventCommands = makeRecordCommands<EventFields, RapportEvent>({
  entity: 'Event',
  table: 'events',
  recordSchema: eventSchema,
  label: (e) => e.name,
  cascade: async (id) =>
    (await db.reminders.where('eventId').equals(id).toArray()).map((record) => ({ table: 'reminders' as const, record })),
});

export const createEvent = eventCommands.create;
export const updateEvent = eventCommands.update;
export const removeEvent = eventCommands.remove;
export const getEvent = eventCommands.get;

export function listEventsByDate(): Promise<RapportEvent[]> {
  return db.events.orderBy('startDate').toArray();
}

export function upcomingEvents(today: string): Promise<RapportEvent[]> {
  return db.events.where('startDate').aboveOrEqual(today).sortBy('startDate');
}
