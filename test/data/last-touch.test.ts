import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { createContact } from '../../src/data/contacts';
import { interactionCommands } from '../../src/data/interactions';
import { restoreFromTrash } from '../../src/data/trash';
import { logInteraction, replanContactCadence } from '../../src/data/log-interaction';
import type { Contact, ContactFields } from '../../src/domain/entities';
import { contactFields, interactionFields } from '../factories';

/** When the meetings are logged. */
const NOW = new Date('2026-03-01T12:00:00Z');

/** Meetings on days of February 2026, each with some of three people (by index). */
const meetingsArb = (maxLength: number) =>
  fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), who: fc.subarray([0, 1, 2], { minLength: 1 }) }), { minLength: 1, maxLength });

/** Empties the tables, creates the three people and logs the meetings through Log meeting's write. */
async function logMeetings(
  meetings: readonly { day: number; who: number[] }[],
  fields: [ContactFields, ContactFields, ContactFields] = [contactFields(), contactFields(), contactFields()],
): Promise<Contact[]> {
  await db.contacts.clear();
  await db.interactions.clear();
  await db.reminders.clear();
  const people: Contact[] = [];
  for (const f of fields) people.push(await createContact(f));
  for (const { day, who } of meetings) {
    const occurredAt = new Date(Date.UTC(2026, 1, day, 9)).toISOString();
    await logInteraction(interactionFields(who.map((i) => people[i].id), { occurredAt }), [], NOW);
  }
  return people;
}

describe('lastTouchAt', () => {
  it('follows the latest interaction through create, update, remove and restore', async () => {
    const a = await createContact(contactFields());
    const b = await createContact(contactFields());
    const lastTouch = async (id: string) => (await db.contacts.get(id))?.lastTouchAt;
    expect(await lastTouch(a.id)).toBeNull();

    const early = await interactionCommands.create(interactionFields([a.id], { occurredAt: '2026-01-05T10:00:00.000Z' }));
    const late = await interactionCommands.create(interactionFields([a.id, b.id], { occurredAt: '2026-02-05T10:00:00.000Z' }));
    expect(await lastTouch(a.id)).toBe('2026-02-05T10:00:00.000Z');
    expect(await lastTouch(b.id)).toBe('2026-02-05T10:00:00.000Z');

    await interactionCommands.update(late.id, { contactIds: [a.id] });
    expect(await lastTouch(b.id)).toBeNull();

    const trashed = await interactionCommands.remove(late.id);
    expect(await lastTouch(a.id)).toBe(early.occurredAt);

    await restoreFromTrash(trashed.id);
    expect(await lastTouch(a.id)).toBe('2026-02-05T10:00:00.000Z');
  });

  it('after meetings logged in any order, equals the latest interaction of each contact (raised, never re-read)', async () => {
    await fc.assert(
      fc.asyncProperty(
        meetingsArb(8),
        async (meetings) => {
          const people = await logMeetings(meetings);
          for (const person of people) {
            const own = (await db.interactions.toArray()).filter((i) => i.contactIds.includes(person.id)).map((i) => i.occurredAt);
            const latest = own.length === 0 ? null : own.reduce((a, b) => (b > a ? b : a));
            expect((await db.contacts.get(person.id))?.lastTouchAt).toBe(latest);
          }
        },
      ),
      { numRuns: 25, seed: 20261128 },
    );
  });
});

describe('keep-in-touch after Log meeting', () => {
  it('after meetings logged in any order, each contact has the reminder that re-planning from scratch would give', async () => {
    await fc.assert(
      fc.asyncProperty(
        meetingsArb(6),
        async (meetings) => {
          const people = await logMeetings(meetings, [
            contactFields({ stage: 'mentor' }),
            contactFields({ stage: 'met' }),
            contactFields({ stage: 'advocate', cadenceDays: 10 }),
          ]);
          const before = await db.reminders.toArray();
          for (const person of people) {
            // Re-planning from what is stored must find nothing to change.
            expect(await replanContactCadence(person.id, NOW)).toEqual([]);
          }
          expect(await db.reminders.toArray()).toEqual(before);
          const open = before.filter((r) => r.kind === 'keep-in-touch' && r.status === 'open');
          const touched = new Set(meetings.flatMap((m) => m.who));
          // The mentor and the advocate get one each once touched; a contact met in passing gets none.
          expect(open.map((r) => r.contactId).sort()).toEqual([0, 2].filter((i) => touched.has(i)).map((i) => people[i].id).sort());
        },
      ),
      { numRuns: 25, seed: 20261128 },
    );
  });
});
