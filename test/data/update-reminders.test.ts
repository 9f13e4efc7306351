/**
 * One open update reminder per relationship, and stage advances, through the
 * real Log meeting save and inbox commands on Dexie over fake-indexeddb.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from '../../src/data/db';
import { contactCommands } from '../../src/data/contacts';
import { logInteraction, planFollowUpsFor } from '../../src/data/log-interaction';
import { completeReminder, dismissReminder } from '../../src/data/reminders-inbox';
import { reopenReminder } from '../../src/data/reminder-undo';
import type { Contact, InteractionFields, Reminder } from '../../src/domain/entities';
import { isOpenUpdateReminder } from '../../src/domain/follow-ups/update-family';
import { INTERACTION_KINDS, type InteractionKind } from '../../src/domain/vocabulary';
import { contactFields } from '../factories';

const at = (day: string, time = '10:00') => new Date(`${day}T${time}`);

const openUpdates = async (contactId: string): Promise<Reminder[]> =>
  (await db.reminders.where('contactId').equals(contactId).toArray()).filter((r) => isOpenUpdateReminder(r, contactId));

/** Logs an interaction the way the dialog does: plan, keep every proposal (or those `keep` picks) and every advance. */
async function logLikeTheDialog(
  kind: InteractionKind,
  contactIds: string[],
  when: Date,
  keep: (index: number) => boolean = () => true,
) {
  const rulesInput = { kind, occurredAt: when.toISOString(), contactIds, commitments: [], eventId: null, programId: null, summary: '' };
  const plan = await planFollowUpsFor(rulesInput, when);
  const fields: InteractionFields = { ...rulesInput };
  const kept = plan.proposals.filter((_, i) => keep(i));
  const logged = await logInteraction(fields, kept, when, { advances: plan.advances });
  return { plan, logged };
}

describe('a mentor with a cadence', () => {
  it('a first meeting proposes a follow-up that replaces the keep-in-touch reminder, and leaves one open update reminder', async () => {
    const mentor = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee', stage: 'mentor' }));
    await logLikeTheDialog('email', [mentor.id], at('2026-12-01'));
    const [keepInTouch] = await openUpdates(mentor.id);
    expect(keepInTouch).toMatchObject({ kind: 'keep-in-touch', dueDate: '2027-01-12' });

    const { plan } = await logLikeTheDialog('meeting', [mentor.id], at('2026-12-02'));
    expect(plan.proposals.map((p) => [p.key, p.replaces])).toEqual([
      [`firstMeetingFollowUp:${mentor.id}`, [{ id: keepInTouch.id, kind: 'keep-in-touch', dueDate: '2027-01-12' }]],
    ]);
    const open = await openUpdates(mentor.id);
    expect(open.map((r) => [r.kind, r.dueDate])).toEqual([['follow-up', '2026-12-30']]);
  });

  it('when the follow-up is done, the cadence starts again from that day', async () => {
    const mentor = await contactCommands.create(contactFields({ stage: 'mentor' }));
    await logLikeTheDialog('meeting', [mentor.id], at('2026-12-02'));
    const [followUp] = await openUpdates(mentor.id);
    await completeReminder(followUp.id, at('2027-01-05'));
    expect((await openUpdates(mentor.id)).map((r) => [r.kind, r.dueDate])).toEqual([['keep-in-touch', '2027-02-16']]);
    // Reopening the follow-up from the Done history puts the cadence back on hold.
    await reopenReminder(followUp.id, at('2027-01-06'));
    expect((await openUpdates(mentor.id)).map((r) => [r.id, r.kind])).toEqual([[followUp.id, 'follow-up']]);
  });

  it('when the follow-up is dismissed, the cadence re-plans from the last touch', async () => {
    const mentor = await contactCommands.create(contactFields({ stage: 'mentor' }));
    await logLikeTheDialog('meeting', [mentor.id], at('2026-12-02'));
    const [followUp] = await openUpdates(mentor.id);
    await dismissReminder(followUp.id, at('2026-12-20'));
    expect((await openUpdates(mentor.id)).map((r) => [r.kind, r.dueDate])).toEqual([['keep-in-touch', '2027-01-13']]);
  });

  it('unticking the follow-up keeps the cadence reminder moving as before', async () => {
    const mentor = await contactCommands.create(contactFields({ stage: 'mentor' }));
    await logLikeTheDialog('meeting', [mentor.id], at('2026-12-02'), () => false);
    expect((await openUpdates(mentor.id)).map((r) => [r.kind, r.dueDate])).toEqual([['keep-in-touch', '2027-01-13']]);
  });
});

describe('a new follow-up replaces an earlier open one', () => {
  it('conference follow-up, then a first meeting: one follow-up, the newer', async () => {
    const lee = await contactCommands.create(contactFields());
    await logLikeTheDialog('conference-conversation', [lee.id], at('2026-12-01'));
    const [first] = await openUpdates(lee.id);
    const { plan, logged } = await logLikeTheDialog('meeting', [lee.id], at('2026-12-08'));
    expect(plan.proposals[0].replaces.map((r) => r.id)).toEqual([first.id]);
    expect(logged.replacedReminderIds).toEqual([first.id]);
    expect((await openUpdates(lee.id)).map((r) => [r.kind, r.dueDate])).toEqual([['follow-up', '2027-01-05']]);
  });
});

describe('stage and how-met advances', () => {
  it('a conference chat with a new inline contact saves them as Met, met at a conference', async () => {
    const when = at('2026-12-01');
    const id = 'new-contact';
    const rulesInput = { kind: 'conference-conversation' as const, occurredAt: when.toISOString(), contactIds: [id], commitments: [], eventId: null, programId: null, summary: '' };
    const plan = await planFollowUpsFor(rulesInput, when, [{ id, name: 'Dr. Ines Varga' }]);
    expect(plan.advances.map((a) => a.label)).toEqual(['Stage Identified → Met; how you met: Conference']);
    expect(plan.proposals.map((p) => [p.kind, p.dueDate])).toEqual([
      ['thank-you', '2026-12-04'],
      ['follow-up', '2026-12-29'],
    ]);
    await logInteraction(rulesInput, plan.proposals, when, {
      newContacts: [{ id, fields: contactFields({ name: 'Dr. Ines Varga' }) }],
      advances: plan.advances,
    });
    expect(await db.contacts.get(id)).toMatchObject({ stage: 'met', howMet: 'conference', lastTouchAt: when.toISOString() });
  });

  it('a meeting with an Identified contact moves them to Met; without the advance they stay', async () => {
    const kept = await contactCommands.create(contactFields());
    const dropped = await contactCommands.create(contactFields());
    await logLikeTheDialog('meeting', [kept.id], at('2026-12-01'));
    const when = at('2026-12-01');
    await logInteraction({ kind: 'meeting', occurredAt: when.toISOString(), contactIds: [dropped.id] }, [], when);
    expect((await db.contacts.get(kept.id))?.stage).toBe('met');
    expect((await db.contacts.get(dropped.id))?.stage).toBe('identified');
  });
});

describe('property: one open update reminder per contact', () => {
  it('holds for any history of logged interactions, kept proposals and inbox actions', async () => {
    const step = fc.oneof(
      fc.record({
        type: fc.constant('log' as const),
        kind: fc.constantFrom(...INTERACTION_KINDS),
        who: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }),
        keepMask: fc.integer({ min: 0, max: 63 }),
      }),
      fc.record({ type: fc.constantFrom('done' as const, 'dismiss' as const), who: fc.integer({ min: 0, max: 2 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 7 }), fc.array(fc.option(fc.integer({ min: 14, max: 120 })), { minLength: 3, maxLength: 3 }), async (steps, cadences) => {
        await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
        const people: Contact[] = [];
        for (const [i, cadenceDays] of cadences.entries()) {
          people.push(await contactCommands.create(contactFields({ stage: i === 0 ? 'mentor' : 'identified', cadenceDays })));
        }
        let day = new Date(2026, 11, 1, 10);
        for (const s of steps) {
          day = new Date(day.getTime() + 5 * 86_400_000);
          if (s.type === 'log') {
            await logLikeTheDialog(s.kind, s.who.map((i) => people[i].id), day, (i) => (s.keepMask & (1 << i)) !== 0);
          } else {
            const [first] = await openUpdates(people[s.who].id);
            if (first) await (s.type === 'done' ? completeReminder(first.id, day) : dismissReminder(first.id, day));
          }
          for (const person of people) expect((await openUpdates(person.id)).length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });
});
