import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import {
  contactDetail,
  createContact,
  findLikelyDuplicateContacts,
  mergeIntoContact,
  removeContact,
} from '../../src/data/contacts';
import { createInteraction } from '../../src/data/interactions';
import { createProgram, interactionsAtProgram, programDetail, removeProgram, setProgramStatus } from '../../src/data/programs';
import { createReminder } from '../../src/data/reminders';
import { restoreFromTrash } from '../../src/data/trash';
import { NotFoundError } from '../../src/data/record-commands';
import { contactFieldsSchema } from '../../src/domain/entities';
import { contactFields, interactionFields, programFields, reminderFields } from '../factories';

describe('contactDetail', () => {
  it('gathers the page: programs (deleted ones as null), timeline newest first, open reminders, introductions', async () => {
    const aldercrest = await createProgram(programFields({ name: 'Aldercrest IR' }));
    const gone = await createProgram(programFields({ name: 'Gone IR' }));
    const introducer = await createContact(contactFields({ name: 'Dr. Intro Ducer' }));
    const ana = await createContact(
      contactFields({ name: 'Dr. Ana Ruiz', programIds: [aldercrest.id, gone.id], introducedById: introducer.id }),
    );
    const friend = await createContact(contactFields({ name: 'Ben Friend', introducedById: ana.id }));
    const other = await createContact(contactFields({ name: 'Cara Other' }));
    const older = await createInteraction(interactionFields([ana.id], { occurredAt: '2026-01-05T15:00:00.000Z' }));
    const newer = await createInteraction(
      interactionFields([ana.id, other.id], { occurredAt: '2026-03-05T15:00:00.000Z', programId: gone.id }),
    );
    await createReminder(reminderFields({ contactId: ana.id, title: 'Later', dueDate: '2026-04-01', latestDate: '2026-04-02' }));
    await createReminder(reminderFields({ contactId: ana.id, title: 'Sooner', dueDate: '2026-03-01', latestDate: '2026-03-02' }));
    await createReminder(reminderFields({ contactId: ana.id, title: 'Finished', status: 'done', doneAt: '2026-03-01T10:00:00.000Z' }));
    await removeProgram(gone.id);
    await removeContact(introducer.id);
    await removeContact(other.id);

    const detail = await contactDetail(ana.id);
    expect(detail).not.toBeNull();
    expect(detail?.programs).toEqual([
      { id: aldercrest.id, program: expect.objectContaining({ name: 'Aldercrest IR' }) },
      { id: gone.id, program: null },
    ]);
    expect(detail?.interactions.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(detail?.openReminders.map((r) => r.title)).toEqual(['Sooner', 'Later']);
    expect(detail?.introducedBy).toEqual({ id: introducer.id, contact: null });
    expect(detail?.introduced.map((c) => c.id)).toEqual([friend.id]);
    // Deleted people and programs are simply absent from the name maps.
    expect(detail?.contactNames).toEqual({ [ana.id]: 'Dr. Ana Ruiz' });
    expect(detail?.programNames).toEqual({ [aldercrest.id]: 'Aldercrest IR' });
  });

  it('is null for an unknown id', async () => {
    expect(await contactDetail('nobody')).toBeNull();
  });
});

describe('findLikelyDuplicateContacts', () => {
  it('finds the same email ignoring case, and the same name at the same institution', async () => {
    const byEmail = await createContact(contactFields({ name: 'A. Ruiz', email: 'Ana.Ruiz@Aldercrest.example' }));
    const byName = await createContact(contactFields({ name: 'Dr. Ana Ruiz', institution: 'Aldercrest University' }));
    await createContact(contactFields({ name: 'Ana Ruiz', institution: 'Bramblewood' }));

    const found = await findLikelyDuplicateContacts({
      name: 'ana ruiz, MD',
      email: 'ana.ruiz@aldercrest.example',
      institution: 'aldercrest university',
    });
    expect(found.map((m) => [m.contact.id, m.reason])).toEqual([
      [byEmail.id, 'email'],
      [byName.id, 'name-institution'],
    ]);
    expect(await findLikelyDuplicateContacts({ name: 'Someone Else', email: '', institution: 'Aldercrest University' })).toEqual([]);
    expect(await findLikelyDuplicateContacts({ name: 'Dr. Ana Ruiz', email: '', institution: 'Aldercrest University' }, byName.id)).toEqual(
      [],
    );
  });
});

describe('mergeIntoContact', () => {
  it('folds a new entry into the existing contact and keeps its id, reminders and timeline', async () => {
    const existing = await createContact(contactFields({ name: 'Dr. Ana Ruiz', tags: ['PAD'], programIds: ['p-1'] }));
    await createReminder(reminderFields({ contactId: existing.id }));
    const { lastTouchAt: _l, ...entry } = contactFieldsSchema.parse(
      contactFields({ name: 'Ana Ruiz', phone: '555 0100', tags: ['venous'], programIds: ['p-2'] }),
    );
    const merged = await mergeIntoContact(existing.id, entry);
    expect(merged.id).toBe(existing.id);
    expect(merged).toMatchObject({ name: 'Ana Ruiz', phone: '555 0100', tags: ['PAD', 'venous'], programIds: ['p-1', 'p-2'] });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.reminders.where('contactId').equals(existing.id).count()).toBe(1);
  });

  it('refuses a contact that no longer exists', async () => {
    const { lastTouchAt: _l, ...entry } = contactFieldsSchema.parse(contactFields());
    await expect(mergeIntoContact('gone', entry)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('programDetail', () => {
  it('lists the contacts linked to the program and the interactions held there, newest first', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR' }));
    const ana = await createContact(contactFields({ name: 'Dr. Ana Ruiz', programIds: [program.id] }));
    const ben = await createContact(contactFields({ name: 'Ben Visitor' }));
    await createContact(contactFields({ name: 'Elsewhere' }));
    const first = await createInteraction(interactionFields([ana.id], { programId: program.id, occurredAt: '2026-01-01T10:00:00.000Z' }));
    const second = await createInteraction(
      interactionFields([ana.id, ben.id], { programId: program.id, occurredAt: '2026-02-01T10:00:00.000Z' }),
    );
    await removeContact(ben.id);

    const detail = await programDetail(program.id);
    expect(detail?.contacts.map((c) => c.name)).toEqual(['Dr. Ana Ruiz']);
    expect(detail?.interactions.map((i) => i.id)).toEqual([second.id, first.id]);
    expect(detail?.contactNames).toEqual({ [ana.id]: 'Dr. Ana Ruiz' });
    expect((await interactionsAtProgram(program.id)).map((i) => i.id)).toEqual([second.id, first.id]);
    expect(await programDetail('nope')).toBeNull();
  });

  it('moves a program along the pipeline, and a restored program is linked again', async () => {
    const program = await createProgram(programFields());
    const moved = await setProgramStatus(program.id, 'interview-invited');
    expect(moved.status).toBe('interview-invited');
    const ana = await createContact(contactFields({ programIds: [program.id] }));
    const entry = await removeProgram(program.id);
    expect((await contactDetail(ana.id))?.programs).toEqual([{ id: program.id, program: null }]);
    await restoreFromTrash(entry.id);
    expect((await contactDetail(ana.id))?.programs[0].program?.status).toBe('interview-invited');
  });
});
