/** A meeting logged from a reminder's row marks that reminder done in the same write. */
import { describe, expect, it } from 'vitest';
import { contactCommands } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { logInteraction } from '../../src/data/log-interaction';
import { reminderCommands } from '../../src/data/reminders';
import { contactFields, interactionFields, reminderFields } from '../factories';

const NOW = new Date('2026-03-12T10:00:00.000Z');

describe('logInteraction: the reminder it answers', () => {
  it('marks the answered reminder done, with the meeting, in one transaction', async () => {
    const ana = await contactCommands.create(contactFields({ name: 'Dr. Ana Ruiz' }));
    const reminder = await reminderCommands.create({ ...reminderFields({ title: 'Thank Dr. Ruiz' }), contactId: ana.id });
    await logInteraction(interactionFields([ana.id], { kind: 'email', occurredAt: NOW.toISOString() }), [], NOW, { completeReminderId: reminder.id });
    expect(await db.reminders.get(reminder.id)).toMatchObject({ status: 'done', doneAt: NOW.toISOString() });
    expect(await db.interactions.count()).toBe(1);
  });

  it('leaves it open without the option, and a closed or missing one is no error', async () => {
    const ana = await contactCommands.create(contactFields({ name: 'Dr. Ana Ruiz' }));
    const reminder = await reminderCommands.create({ ...reminderFields(), contactId: ana.id });
    await logInteraction(interactionFields([ana.id]), [], NOW);
    expect((await db.reminders.get(reminder.id))?.status).toBe('open');
    await logInteraction(interactionFields([ana.id]), [], NOW, { completeReminderId: 'gone' });
    expect(await db.interactions.count()).toBe(2);
  });

  it('a failed meeting write leaves the reminder open', async () => {
    const ana = await contactCommands.create(contactFields({ name: 'Dr. Ana Ruiz' }));
    const reminder = await reminderCommands.create({ ...reminderFields(), contactId: ana.id });
    await expect(
      logInteraction(interactionFields([ana.id, 'no-such-contact']), [], NOW, { completeReminderId: reminder.id }),
    ).rejects.toThrow();
    expect((await db.reminders.get(reminder.id))?.status).toBe('open');
    expect(await db.interactions.count()).toBe(0);
  });
});
