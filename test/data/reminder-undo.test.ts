/** Undo of the inbox actions, on real Dexie over fake-indexeddb. */
import { describe, expect, it } from 'vitest';
import { contactCommands } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { logInteraction } from '../../src/data/log-interaction';
import { completeReminder, completeThankYouWithEmail, dismissReminder, snoozeReminder } from '../../src/data/reminders-inbox';
import { reminderCommands } from '../../src/data/reminders';
import { undoReminderChange, undoThankYouWithEmail } from '../../src/data/reminder-undo';
import { contactFields, interactionFields, reminderFields } from '../factories';

const at = (day: string, time = '12:00') => new Date(`${day}T${time}:00`);

const openKeepInTouch = async (contactId: string) =>
  (await db.reminders.where('contactId').equals(contactId).toArray()).filter(
    (r) => r.kind === 'keep-in-touch' && (r.status === 'open' || r.status === 'snoozed'),
  );

describe('undoReminderChange', () => {
  it.each([
    { action: 'done', run: (id: string) => completeReminder(id, at('2026-03-14')) },
    { action: 'dismissed', run: (id: string) => dismissReminder(id, at('2026-03-14')) },
    { action: 'snoozed', run: (id: string) => snoozeReminder(id, '3d', at('2026-03-14')) },
  ])('puts a $action reminder back exactly as it was', async ({ run }) => {
    const before = await reminderCommands.create(reminderFields({ kind: 'custom' }));
    await run(before.id);
    const restored = await undoReminderChange(before, at('2026-03-14', '12:01'));
    expect(restored).toEqual({ ...before, updatedAt: at('2026-03-14', '12:01').toISOString() });
    expect(await db.reminders.get(before.id)).toEqual(restored);
  });

  it('un-ticks the commitment a done commitment reminder had ticked', async () => {
    const lee = await contactCommands.create(contactFields());
    const logged = await logInteraction(
      interactionFields([lee.id], { commitments: [{ id: 'k1', direction: 'promised', text: 'Send CV', dueDate: '2026-03-20' }] }),
      [{ ...reminderFields(), kind: 'commitment', reason: '', title: 'Send CV', contactId: lee.id, programId: null, interactionId: null, eventId: null, commitmentId: 'k1', dueDate: '2026-03-20', latestDate: '2026-03-20' }],
      at('2026-03-10'),
    );
    const [before] = logged.reminders;
    await completeReminder(before.id, at('2026-03-15'));
    expect((await db.interactions.get(logged.interaction.id))?.commitments[0].done).toBe(true);
    await undoReminderChange(before, at('2026-03-15'));
    expect((await db.interactions.get(logged.interaction.id))?.commitments[0].done).toBe(false);
    expect((await db.reminders.get(before.id))?.status).toBe('open');
  });

  it('leaves one open keep-in-touch reminder after undoing its done, due from the last logged touch', async () => {
    const mentor = await contactCommands.create(contactFields({ stage: 'mentor' }));
    await logInteraction(interactionFields([mentor.id], { occurredAt: at('2026-03-10').toISOString() }), [], at('2026-03-10'));
    const [before] = await openKeepInTouch(mentor.id);
    expect(before.dueDate).toBe('2026-04-21');
    await completeReminder(before.id, at('2026-04-22'));
    const [next] = await openKeepInTouch(mentor.id);
    expect(next.dueDate).toBe('2026-06-03');

    await undoReminderChange(before, at('2026-04-22'));
    const open = await openKeepInTouch(mentor.id);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ dueDate: '2026-04-21', latestDate: '2026-05-05' });
  });

  it('refuses when the reminder is gone (deleted in another tab)', async () => {
    const before = await reminderCommands.create(reminderFields());
    await dismissReminder(before.id, at('2026-03-14'));
    await db.reminders.delete(before.id);
    await expect(undoReminderChange(before, at('2026-03-14'))).rejects.toThrow(/no longer exists/);
  });
});

describe('undoThankYouWithEmail', () => {
  it('removes the logged email, restores the last touch and reopens the thank-you, in one go', async () => {
    const lee = await contactCommands.create(contactFields());
    const earlier = await logInteraction(
      interactionFields([lee.id], { kind: 'conference-conversation', occurredAt: at('2026-03-10').toISOString() }),
      [],
      at('2026-03-10'),
    );
    const before = await reminderCommands.create(reminderFields({ contactId: lee.id, kind: 'thank-you' }));
    const { interaction } = await completeThankYouWithEmail(before.id, at('2026-03-13'));
    expect((await db.contacts.get(lee.id))?.lastTouchAt).toBe(at('2026-03-13').toISOString());

    await undoThankYouWithEmail(before, interaction.id, at('2026-03-13'));
    expect(await db.interactions.get(interaction.id)).toBeUndefined();
    expect(await db.interactions.count()).toBe(1);
    expect((await db.contacts.get(lee.id))?.lastTouchAt).toBe(earlier.interaction.occurredAt);
    expect((await db.reminders.get(before.id))?.status).toBe('open');
    expect(await db.trash.count()).toBe(0);
  });
});
