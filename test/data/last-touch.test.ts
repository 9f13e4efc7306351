import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { createContact } from '../../src/data/contacts';
import { interactionCommands } from '../../src/data/interactions';
import { restoreFromTrash } from '../../src/data/trash';
import { contactFields, interactionFields } from '../factories';

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
});
