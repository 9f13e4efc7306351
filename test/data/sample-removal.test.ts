/**
 * "Remove sample data" never takes the user's work with it: edited sample
 * rows and sample rows the user's own records point at stay (unmarked), and
 * the removal is undone from the trash like any delete.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { updateContact } from '../../src/data/contacts';
import { createInteraction } from '../../src/data/interactions';
import { countSampleRows, loadSampleData, removeSampleData } from '../../src/data/sample';
import { restoreFromTrash } from '../../src/data/trash';
import { interactionFields } from '../factories';

const NOW = new Date('2026-11-27T12:00:00');

beforeEach(async () => {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
  await loadSampleData(NOW);
});

async function everything() {
  const [contacts, programs, interactions, reminders, events] = await Promise.all(
    [db.contacts, db.programs, db.interactions, db.reminders, db.events].map((t) => t.toArray()),
  );
  return { contacts, programs, interactions, reminders, events };
}

describe('removing the sample safely', () => {
  it('keeps a sample contact the user edited, with the edit, no longer marked as a sample', async () => {
    const [someone] = await db.contacts.toArray();
    await updateContact(someone.id, { notes: 'My own note: she offered to read my personal statement.' }, { now: new Date('2026-11-28T09:00:00') });
    const result = await removeSampleData(new Date('2026-11-29T09:00:00'));
    const kept = await db.contacts.get(someone.id);
    expect(kept?.notes).toBe('My own note: she offered to read my personal statement.');
    expect(kept?.sample).toBeUndefined();
    expect(result.kept).toContain(someone.name);
    expect(await countSampleRows()).toBe(0);
    // The programs she is linked to stay too, so her page shows no "Removed program".
    for (const programId of kept?.programIds ?? []) expect(await db.programs.get(programId)).toBeDefined();
  });

  it('never leaves the user’s own meeting pointing at a removed person', async () => {
    const [a, b] = await db.contacts.toArray();
    const mine = await createInteraction(interactionFields([a.id, b.id], { summary: 'My own coffee chat' }));
    await removeSampleData();
    const after = await everything();
    for (const id of mine.contactIds) expect(after.contacts.some((c) => c.id === id)).toBe(true);
    expect(after.interactions.map((i) => i.id)).toEqual([mine.id]);
    // Their latest touch is now the user's meeting, not a sample one that is gone.
    expect((await db.contacts.get(a.id))?.lastTouchAt).toBe(mine.occurredAt);
  });

  it('removes everything else, and Undo puts the whole sample back exactly as it was', async () => {
    const before = await everything();
    const result = await removeSampleData();
    expect(result.kept).toEqual([]);
    expect(result.removed).toBe(Object.values(before).reduce((n, rows) => n + rows.length, 0));
    expect(await everything()).toEqual({ contacts: [], programs: [], interactions: [], reminders: [], events: [] });
    expect(await db.trash.count()).toBe(1);
    await restoreFromTrash(result.trashId as string);
    expect(await everything()).toEqual(before);
    expect(await db.trash.count()).toBe(0);
  });

  it('with nothing left to remove, says so and writes no trash entry', async () => {
    await removeSampleData();
    await db.trash.clear();
    expect(await removeSampleData()).toEqual({ removed: 0, trashId: null, kept: [] });
    expect(await db.trash.count()).toBe(0);
  });
});
