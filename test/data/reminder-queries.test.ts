/** The read models behind the inbox, Today and the Log meeting dialog. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactCommands } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { interactionCommands } from '../../src/data/interactions';
import { reminderCommands } from '../../src/data/reminders';
import { contactChoices, openRemindersWithPeople, recentInteractionsWithPeople, todayReminders } from '../../src/data/reminder-queries';
import { countDueReminders, groupReminders } from '../../src/domain/follow-ups/inbox';
import { addLocalDays } from '../../src/lib/dates';
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

describe("Today's reminders and counts, read by index", () => {
  const TODAY = '2026-03-10';
  const reminderArb = fc.record({
    due: fc.integer({ min: -20, max: 20 }),
    span: fc.integer({ min: 0, max: 6 }),
    status: fc.constantFrom('open' as const, 'open' as const, 'snoozed' as const, 'done' as const, 'dismissed' as const),
    snoozedFor: fc.integer({ min: -10, max: 10 }),
    person: fc.boolean(),
  });

  it('give what grouping every open and snoozed reminder gives', async () => {
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    await fc.assert(
      fc.asyncProperty(fc.array(reminderArb, { maxLength: 25 }), fc.integer({ min: 1, max: 6 }), async (specs, limit) => {
        await db.reminders.clear();
        for (const spec of specs) {
          const dueDate = addLocalDays(TODAY, spec.due);
          await reminderCommands.create(
            reminderFields({
              dueDate,
              latestDate: addLocalDays(dueDate, spec.span),
              status: spec.status,
              snoozedUntil: spec.status === 'snoozed' ? addLocalDays(dueDate, spec.snoozedFor) : null,
              doneAt: spec.status === 'done' ? '2026-03-01T10:00:00.000Z' : null,
              contactId: spec.person ? lee.id : null,
            }),
          );
        }
        const all = await openRemindersWithPeople();
        const groups = groupReminders(all, TODAY);
        const due = [...groups.overdue, ...groups.today];
        expect(await todayReminders(TODAY, limit)).toEqual({ shown: due.slice(0, limit), dueCount: due.length, next7DaysCount: groups.next7Days.length });
        const woken = all.filter((r) => r.status === 'open' || (r.snoozedUntil !== null && r.snoozedUntil <= TODAY));
        const counts = await overviewCounts(TODAY);
        expect({ overdue: counts.overdue, today: counts.dueToday }).toEqual(countDueReminders(woken, TODAY));
        expect(counts.overdue).toBe(groupReminders(woken, TODAY).overdue.length);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
