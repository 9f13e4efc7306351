/** The read models behind the inbox, Today and the Log meeting dialog. */
import { describe, expect, it } from 'vitest';
import { contactCommands } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { interactionCommands } from '../../src/data/interactions';
import { reminderCommands } from '../../src/data/reminders';
import { contactChoices, openRemindersWithPeople, recentInteractionsWithPeople } from '../../src/data/reminder-queries';
import { overviewCounts } from '../../src/data/stats';
import { contactFields, interactionFields, reminderFields } from '../factories';

describe('openRemindersWithPeople', () => {
  it('returns open and snoozed reminders with the name of their person, and nothing closed', async () => {
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    const open = await reminderCommands.create(reminderFields({ contactId: lee.id }));
    const snoozed = await reminderCommands.create(reminderFields({ status: 'snoozed', snoozedUntil: '2026-03-20' }));
    const orphan = await reminderCommands.create(reminderFields({ contactId: 'gone' }));
    await reminderCommands.create(reminderFields({ status: 'done', doneAt: '2026-03-11T10:00:00.000Z' }));
    await reminderCommands.create(reminderFields({ status: 'dismissed' }));
    const rows = await openRemindersWithPeople();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.person]))).toEqual({
      [open.id]: { id: lee.id, name: 'Dr. Ana Lee' },
      [snoozed.id]: null,
      [orphan.id]: null,
    });
  });
});

describe('recentInteractionsWithPeople', () => {
  it('returns the latest interactions first, naming the people who still exist', async () => {
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    const ortiz = await contactCommands.create(contactFields({ name: 'Dr. Ben Ortiz' }));
    for (const [day, ids] of [['2026-03-01', [lee.id]], ['2026-03-05', [ortiz.id, lee.id]], ['2026-03-03', [lee.id]]] as const) {
      await interactionCommands.create(interactionFields([...ids], { occurredAt: new Date(`${day}T10:00:00`).toISOString(), summary: day }));
    }
    await db.contacts.delete(lee.id);
    const recent = await recentInteractionsWithPeople(2);
    expect(recent.map((i) => [i.summary, i.people.map((p) => p.name)])).toEqual([
      ['2026-03-05', ['Dr. Ben Ortiz']],
      ['2026-03-03', []],
    ]);
  });
});

describe('contactChoices', () => {
  it('lists contacts by name with only what the picker shows', async () => {
    await contactCommands.create(contactFields({ name: 'Zoe Young', role: 'resident', institution: 'North' }));
    await contactCommands.create(contactFields({ name: 'Amir Bell', role: 'ir-fellow', institution: 'South' }));
    expect((await contactChoices()).map(({ name, role, institution }) => [name, role, institution])).toEqual([
      ['Amir Bell', 'ir-fellow', 'South'],
      ['Zoe Young', 'resident', 'North'],
    ]);
  });
});

describe('overviewCounts', () => {
  it('counts overdue and due today the way the inbox groups them', async () => {
    const today = '2026-03-10';
    await reminderCommands.create(reminderFields({ dueDate: '2026-03-01', latestDate: '2026-03-05' }));
    // Past its due day but still inside its window: due today, not overdue.
    await reminderCommands.create(reminderFields({ dueDate: '2026-03-08', latestDate: '2026-03-12' }));
    await reminderCommands.create(reminderFields({ dueDate: '2026-03-10', latestDate: '2026-03-10' }));
    await reminderCommands.create(reminderFields({ dueDate: '2026-03-11', latestDate: '2026-03-11' }));
    await reminderCommands.create(reminderFields({ dueDate: '2026-03-01', latestDate: '2026-03-01', status: 'snoozed', snoozedUntil: '2026-03-12' }));
    const counts = await overviewCounts(today);
    expect([counts.overdue, counts.dueToday]).toEqual([1, 2]);
  });
});
