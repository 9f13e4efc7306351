import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { readAllPaged } from '../../src/data/paged-read';
import { contactCommands } from '../../src/data/contacts';
import { contactFields } from '../factories';

describe('readAllPaged', () => {
  it.each([
    [0, 3],
    [1, 3],
    [6, 3],
    [7, 3],
    [7, 500],
  ])('reads all %i rows in pages of %i, in id order, each once', async (count, pageSize) => {
    for (let i = 0; i < count; i++) await contactCommands.create(contactFields({ name: `Person ${i}` }));
    const all = await db.contacts.orderBy(':id').toArray();
    const paged = await readAllPaged(db.contacts, pageSize);
    expect(paged.map((c) => c.id)).toEqual(all.map((c) => c.id));
    expect(paged).toHaveLength(count);
  });

  it('lets a write made between pages land, and reads the pages on either side of it', async () => {
    for (let i = 0; i < 6; i++) await contactCommands.create(contactFields({ name: `Person ${i}` }));
    const reading = readAllPaged(db.contacts, 2);
    const written = contactCommands.create(contactFields({ name: 'Written meanwhile' }));
    const [rows, created] = await Promise.all([reading, written]);
    expect(await db.contacts.get(created.id)).toBeDefined();
    const ids = rows.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows.length === 6 || rows.length === 7).toBe(true);
  });
});
