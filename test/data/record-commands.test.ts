import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { contactCommands } from '../../src/data/contacts';
import { programCommands } from '../../src/data/programs';
import { interactionCommands } from '../../src/data/interactions';
import { reminderCommands } from '../../src/data/reminders';
import { eventCommands } from '../../src/data/events';
import { listTrash, restoreFromTrash } from '../../src/data/trash';
import { SCHEMA_VERSIONS } from '../../src/data/schema';
import { ValidationError } from '../../src/domain/validation';
import { contactFields, eventFields, interactionFields, programFields, reminderFields } from '../factories';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('schema', () => {
  it('keys every table of every version by a string id, never auto-increment', () => {
    for (const version of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(version.stores)) {
        if (spec === null) continue;
        const primaryKey = spec.split(',')[0].trim();
        expect(primaryKey, `${table} in v${version.version}`).toBe('id');
      }
    }
    for (const table of db.tables) {
      expect(table.schema.primKey.auto, table.name).toBe(false);
      expect(table.schema.primKey.keyPath, table.name).toBe('id');
    }
  });
});

// One row per table: how to make valid fields, and a field to change.
const cases = [
  { name: 'contacts', commands: contactCommands, fields: () => contactFields(), patch: { title: 'Section chief of IR' } },
  { name: 'programs', commands: programCommands, fields: () => programFields(), patch: { city: 'Springfield' } },
  {
    name: 'interactions',
    commands: interactionCommands,
    fields: () => interactionFields(['c-1']),
    patch: { nextStep: 'Send abstract draft' },
  },
  { name: 'reminders', commands: reminderCommands, fields: () => reminderFields(), patch: { title: 'Send the thank-you' } },
  { name: 'events', commands: eventCommands, fields: () => eventFields(), patch: { place: 'Convention center' } },
] as const;

describe.each(cases)('$name commands', ({ name, commands, fields, patch }) => {
  it('round-trips create → update → remove → restore', async () => {
    const table = db.table(name);
    // The union of command types is not callable with a union of fields; each row pairs them correctly.
    const c = commands as unknown as typeof contactCommands;
    const created = await c.create(fields() as never, { now: new Date('2026-03-01T10:00:00Z') });
    expect(created.id).toMatch(UUID);
    expect(created.createdAt).toBe('2026-03-01T10:00:00.000Z');
    expect(created.updatedAt).toBe(created.createdAt);
    expect(await table.get(created.id)).toEqual(created);

    const updated = await c.update(created.id, patch as never, { now: new Date('2026-03-02T10:00:00Z') });
    expect(updated).toMatchObject(patch);
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.updatedAt).toBe('2026-03-02T10:00:00.000Z');
    expect(await table.get(created.id)).toEqual(updated);

    const entry = await c.remove(created.id);
    expect(await table.get(created.id)).toBeUndefined();
    expect((await listTrash()).map((t) => t.id)).toEqual([entry.id]);

    await restoreFromTrash(entry.id);
    expect(await table.get(created.id)).toEqual(updated);
    expect(await listTrash()).toEqual([]);
  });
});

describe('validation', () => {
  it('rejects a contact with a bad email, naming the field, and writes nothing', async () => {
    const attempt = contactCommands.create(contactFields({ email: 'not-an-email' }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(contactCommands.create(contactFields({ email: 'nope' }))).rejects.toThrow(/email: Enter a valid email/);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a javascript: link on a contact', async () => {
    await expect(contactCommands.create(contactFields({ linkedinUrl: 'javascript:alert(1)' }))).rejects.toThrow(
      /linkedinUrl: Enter a web address/,
    );
    expect(await db.contacts.count()).toBe(0);
  });

  it('rejects an update that breaks the schema and keeps the stored record', async () => {
    const created = await contactCommands.create(contactFields());
    await expect(contactCommands.update(created.id, { name: '  ' })).rejects.toThrow(/name: Enter a name/);
    expect(await db.contacts.get(created.id)).toEqual(created);
  });

  it('rejects a reminder whose window ends before it starts', async () => {
    await expect(
      reminderCommands.create(reminderFields({ dueDate: '2026-03-10', latestDate: '2026-03-09' })),
    ).rejects.toThrow(/latestDate/);
    expect(await db.reminders.count()).toBe(0);
  });

  it('rejects an interaction with no contact', async () => {
    await expect(interactionCommands.create(interactionFields([]))).rejects.toThrow(/contactIds: Add at least one contact/);
    expect(await db.interactions.count()).toBe(0);
  });
});

describe('removal cascade', () => {
  it('takes a contact’s reminders to the trash and brings them back on restore', async () => {
    const contact = await contactCommands.create(contactFields());
    const reminder = await reminderCommands.create(reminderFields({ contactId: contact.id }));
    const other = await reminderCommands.create(reminderFields());
    const entry = await contactCommands.remove(contact.id);
    expect(await db.reminders.get(reminder.id)).toBeUndefined();
    expect(await db.reminders.get(other.id)).toEqual(other);
    await restoreFromTrash(entry.id);
    expect(await db.reminders.get(reminder.id)).toEqual(reminder);
    expect(await db.contacts.get(contact.id)).toEqual(contact);
  });
});
