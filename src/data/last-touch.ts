/**
 * Keeps each contact's derived `lastTouchAt` equal to its latest interaction,
 * so lists of thousands of contacts can sort and filter by last touch without
 * reading every interaction. Call inside the transaction that changed interactions.
 */
import type { Contact } from '../domain/entities';
import { db } from './db';

export async function recomputeLastTouch(contactIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(contactIds)];
  if (ids.length === 0) return;
  const latest = new Map<string, string>();
  await db.interactions
    .where('contactIds')
    .anyOf(ids)
    .each((interaction) => {
      for (const id of interaction.contactIds) {
        const seen = latest.get(id);
        if (seen === undefined || interaction.occurredAt > seen) latest.set(id, interaction.occurredAt);
      }
    });
  const contacts = await db.contacts.bulkGet(ids);
  const changed = contacts.flatMap((contact) => {
    if (!contact) return [];
    const lastTouchAt = latest.get(contact.id) ?? null;
    return contact.lastTouchAt === lastTouchAt ? [] : [{ ...contact, lastTouchAt }];
  });
  if (changed.length) await db.contacts.bulkPut(changed);
}

/**
 * After an interaction was added at `occurredAt`: a contact's latest touch can only move later, so
 * no interaction needs reading (the add path of Log meeting, where every round trip counts).
 * Assumes `lastTouchAt` was right before the add, which {@link recomputeLastTouch} keeps.
 *
 * @returns every contact as it is after the add, and those of them that changed (to be stored).
 */
export function raiseLastTouchOf(contacts: readonly Contact[], occurredAt: string): { contacts: Contact[]; changed: Contact[] } {
  const changed: Contact[] = [];
  const after = contacts.map((contact) => {
    if (contact.lastTouchAt !== null && contact.lastTouchAt >= occurredAt) return contact;
    const raised = { ...contact, lastTouchAt: occurredAt };
    changed.push(raised);
    return raised;
  });
  return { contacts: after, changed };
}
