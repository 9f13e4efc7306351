/** Commands and queries for interactions (logged meetings and touches). */
import { interactionSchema, type Interaction, type InteractionFields } from '../domain/entities';
import { db } from './db';
import { recomputeLastTouch } from './last-touch';
import { makeRecordCommands } from './record-commands';

export const interactionCommands = makeRecordCommands<InteractionFields, Interaction>({
  entity: 'Interaction',
  table: 'interactions',
  recordSchema: interactionSchema,
  label: (i) => i.summary || `${i.kind} on ${i.occurredAt.slice(0, 10)}`,
  cascade: async (id) =>
    (await db.reminders.where('interactionId').equals(id).toArray()).map((record) => ({
      table: 'reminders' as const,
      record,
    })),
  relatedTables: ['contacts'],
  afterWrite: (before, after) => recomputeLastTouch([...(before?.contactIds ?? []), ...(after?.contactIds ?? [])]),
});

export const createInteraction = interactionCommands.create;
export const updateInteraction = interactionCommands.update;
export const removeInteraction = interactionCommands.remove;
export const getInteraction = interactionCommands.get;

export function recentInteractions(limit: number): Promise<Interaction[]> {
  return db.interactions.orderBy('occurredAt').reverse().limit(limit).toArray();
}

export function interactionsWithContact(contactId: string): Promise<Interaction[]> {
  return db.interactions
    .where('contactIds')
    .equals(contactId)
    .toArray()
    .then((rows) => rows.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)));
}

export function countInteractions(): Promise<number> {
  return db.interactions.count();
}
