/** The log-interaction writes on real Dexie over fake-indexeddb. */
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { contactCommands } from '../../src/data/contacts';
import { eventCommands } from '../../src/data/events';
import { interactionCommands, interactionsWithContact } from '../../src/data/interactions';
import { createEventOutreach, logInteraction, proposeFollowUpsFor, replanContactCadence } from '../../src/data/log-interaction';
import { completeReminder, completeThankYouWithEmail, dismissReminder, snoozeReminder } from '../../src/data/reminders-inbox';
import { updateSettings } from '../../src/data/profile-settings';
import { NotFoundError } from '../../src/data/record-commands';
import { reminderCommands } from '../../src/data/reminders';
import type { Contact, InteractionFields, Reminder } from '../../src/domain/entities';
import type { ReminderDraft } from '../../src/domain/follow-ups/reminder-draft';
import { defaultSettingsFields } from '../../src/domain/settings';
import { ValidationError } from '../../src/domain/validation';
import { contactFields, eventFields, interactionFields, reminderFields } from '../factories';

/** Noon local time on a day, so the local day is the same in every zone. */
const at = (day: string, time = '12:00') => new Date(`${day}T${time}:00`);
const iso = (day: string, time?: string) => at(day, time).toISOString();

async function tableCounts() {
  return {
    contacts: await db.contacts.count(),
    interactions: await db.interactions.count(),
    reminders: await db.reminders.count(),
  };
}

const openKeepInTouch = async (contactId: string) =>
  (await db.reminders.where('contactId').equals(contactId).toArray()).filter(
    (r) => r.kind === 'keep-in-touch' && (r.status === 'open' || r.status === 'snoozed'),
  );

async function conferenceWith(contact: Contact, day = '2026-03-10'): Promise<{ fields: InteractionFields; kept: ReminderDraft[] }> {
  const fields = interactionFields([contact.id], { kind: 'conference-conversation', occurredAt: iso(day, '15:00'), summary: 'IO research' });
  const proposals = await proposeFollowUpsFor(
    { kind: 'conference-conversation', occurredAt: fields.occurredAt, contactIds: [contact.id], commitments: [], eventId: null, programId: null, summary: 'IO research' },
    at(day),
  );
  return { fields, kept: proposals };
}

describe('logInteraction', () => {
  it('writes the interaction and the kept reminders, linked to it', async () => {
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    const { fields, kept } = await conferenceWith(lee);
    expect(kept.map((p) => [p.kind, p.dueDate, p.latestDate])).toEqual([
      ['thank-you', '2026-03-13', '2026-03-17'],
      ['follow-up', '2026-04-07', '2026-04-21'],
    ]);

    const logged = await logInteraction(fields, kept, at('2026-03-10', '16:00'));
    expect(await db.interactions.get(logged.interaction.id)).toEqual(logged.interaction);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const stored = (await db.reminders.where('interactionId').equals(logged.interaction.id).toArray()).sort(byId);
    expect(stored).toEqual([...logged.reminders].sort(byId));
    expect(logged.reminders[0]).toMatchObject({ contactId: lee.id, status: 'open', title: 'Thank Dr. Ana Lee', dueDate: '2026-03-13' });
    expect(stored[0]).not.toHaveProperty('key');
    expect(stored[0]).not.toHaveProperty('ruleId');
    expect(stored[0]).not.toHaveProperty('replaces');
    expect((await db.contacts.get(lee.id))?.lastTouchAt).toBe(fields.occurredAt);
  });

  it('keeps the user’s edits and writes only the reminders kept', async () => {
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    const fields = interactionFields([lee.id], {
      kind: 'meeting',
      occurredAt: iso('2026-03-10'),
      commitments: [{ id: 'k1', direction: 'promised', text: 'Send CV', dueDate: '2026-03-20' }],
    });
    const proposals = await proposeFollowUpsFor(
      { kind: 'meeting', occurredAt: fields.occurredAt, contactIds: [lee.id], commitments: [{ id: 'k1', direction: 'promised', text: 'Send CV', dueDate: '2026-03-20', done: false }], eventId: null, programId: null, summary: '' },
      at('2026-03-10'),
    );
    expect(proposals.map((p) => p.key)).toEqual([`firstMeetingFollowUp:${lee.id}`, 'commitment:k1']);
    const edited = { ...proposals[1], dueDate: '2026-03-18', latestDate: '2026-03-19' };
    const logged = await logInteraction(fields, [edited], at('2026-03-10'));
    expect(logged.reminders.map((r) => [r.kind, r.dueDate, r.latestDate, r.commitmentId])).toEqual([['commitment', '2026-03-18', '2026-03-19', 'k1']]);
    expect(await db.reminders.where('kind').equals('follow-up').count()).toBe(0);
  });

  it('creates contacts typed inline in the same transaction', async () => {
    const id = crypto.randomUUID();
    const fields = interactionFields([id], { kind: 'poster-visit', occurredAt: iso('2026-03-10') });
    const proposals = await proposeFollowUpsFor(
      { kind: 'poster-visit', occurredAt: fields.occurredAt, contactIds: [id], commitments: [], eventId: null, programId: null, summary: '' },
      at('2026-03-10'),
      [{ id, name: 'Dr. New Person' }],
    );
    expect(proposals[0].title).toBe('Thank Dr. New Person');
    const logged = await logInteraction(fields, proposals, at('2026-03-10'), {
      newContacts: [{ id, fields: { name: 'Dr. New Person', role: 'ir-fellow' } }],
    });
    expect(logged.contacts.map((c) => c.id)).toEqual([id]);
    expect((await db.contacts.get(id))?.name).toBe('Dr. New Person');
  });

  it('writes the details a scanned code drafted with the new contact; the typed name wins', async () => {
    const id = 'scanned-1';
    const fields = interactionFields([id], { kind: 'conference-conversation', occurredAt: iso('2026-03-10') });
    await logInteraction(fields, [], at('2026-03-10'), {
      newContacts: [
        {
          id,
          fields: { name: 'Dr. Ana Reyes', role: 'program-director' },
          details: {
            email: 'ana.reyes@mountsinai.example',
            phone: '+1 555 010 0142',
            title: 'Program Director',
            institution: 'Mount Sinai',
            linkedinUrl: 'https://www.linkedin.com/in/ana-reyes',
            urls: [{ value: 'https://orcid.org/0000-0002-1825-0097', label: 'ORCID' }],
          },
        },
      ],
    });
    expect(await db.contacts.get(id)).toMatchObject({
      name: 'Dr. Ana Reyes',
      role: 'program-director',
      email: 'ana.reyes@mountsinai.example',
      emails: [{ value: 'ana.reyes@mountsinai.example', label: '' }],
      phone: '+1 555 010 0142',
      title: 'Program Director',
      institution: 'Mount Sinai',
      linkedinUrl: 'https://www.linkedin.com/in/ana-reyes',
      urls: [{ value: 'https://orcid.org/0000-0002-1825-0097', label: 'ORCID' }],
    });
  });

  describe('is one transaction', () => {
    it('writes nothing when a kept reminder fails validation', async () => {
      const lee = await contactCommands.create(contactFields());
      const { fields, kept } = await conferenceWith(lee);
      const before = await tableCounts();
      const broken = { ...kept[0], latestDate: '2026-03-01' };
      const attempt = logInteraction(fields, [broken], at('2026-03-10'), { newContacts: [{ id: 'n1', fields: contactFields() }] });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toThrow(/latestDate: The latest day cannot be before the due day/);
      expect(await tableCounts()).toEqual(before);
    });

    it('rolls back the interaction and new contacts when a reminder write fails midway', async () => {
      const mentor = await contactCommands.create(contactFields({ stage: 'mentor' }));
      const { fields, kept } = await conferenceWith(mentor);
      const before = await tableCounts();
      let reminderWrites = 0;
      const failOnReminder = () => {
        reminderWrites += 1;
        throw new Error('disk full (simulated)');
      };
      db.reminders.hook('creating', failOnReminder);
      try {
        const attempt = logInteraction(fields, kept, at('2026-03-10'), { newContacts: [{ id: 'n1', fields: contactFields() }] });
        await expect(attempt).rejects.toThrow('disk full (simulated)');
      } finally {
        db.reminders.hook('creating').unsubscribe(failOnReminder);
      }
      // The interaction and the contact were added before the failing reminder, and are gone again.
      expect(reminderWrites).toBe(1);
      expect(await tableCounts()).toEqual(before);
      expect(await db.contacts.get(mentor.id)).toEqual(mentor);
    });

    it('rolls back everything when the cadence step fails (a contact deleted in another tab)', async () => {
      const lee = await contactCommands.create(contactFields());
      const fields = interactionFields([lee.id, 'c-deleted'], { kind: 'conference-conversation', occurredAt: iso('2026-03-10') });
      const kept: ReminderDraft[] = [{ ...reminderFields(), kind: 'thank-you', reason: '', contactId: lee.id, programId: null, interactionId: null, eventId: null, commitmentId: null, dueDate: '2026-03-13', latestDate: '2026-03-17', title: 'Thank' }];
      const before = await tableCounts();
      await expect(logInteraction(fields, kept, at('2026-03-10'))).rejects.toBeInstanceOf(NotFoundError);
      expect(await tableCounts()).toEqual(before);
    });
  });

  describe('keep-in-touch cadence', () => {
    it('moves the reminder on every touch instead of adding one', async () => {
      const mentor = await contactCommands.create(contactFields({ name: 'Dr. Mentor', stage: 'mentor' }));
      const first = await logInteraction(interactionFields([mentor.id], { kind: 'meeting', occurredAt: iso('2026-03-10') }), [], at('2026-03-10'));
      expect(first.cadence.map((w) => w.type)).toEqual(['create']);
      const [created] = await openKeepInTouch(mentor.id);
      expect([created.dueDate, created.latestDate]).toEqual(['2026-04-21', '2026-05-05']);

      await logInteraction(interactionFields([mentor.id], { kind: 'call', occurredAt: iso('2026-03-20') }), [], at('2026-03-20'));
      const afterCall = await openKeepInTouch(mentor.id);
      expect(afterCall.map((r) => [r.id, r.dueDate])).toEqual([[created.id, '2026-05-01']]);

      // An older meeting logged late does not pull the reminder back.
      await logInteraction(interactionFields([mentor.id], { kind: 'email', occurredAt: iso('2026-03-01') }), [], at('2026-03-21'));
      expect((await openKeepInTouch(mentor.id)).map((r) => [r.id, r.dueDate])).toEqual([[created.id, '2026-05-01']]);
      expect(await db.reminders.where('kind').equals('keep-in-touch').count()).toBe(1);
    });

    it('moves a snoozed one and heals duplicates', async () => {
      const mentor = await contactCommands.create(contactFields({ stage: 'advocate' }));
      const copy = (id: string, status: Reminder['status']) =>
        reminderCommands.create(
          reminderFields({ kind: 'keep-in-touch', contactId: mentor.id, status, snoozedUntil: status === 'snoozed' ? '2026-04-01' : null }),
          { id },
        );
      await copy('a-1', 'snoozed');
      await copy('a-2', 'open');
      await logInteraction(interactionFields([mentor.id], { occurredAt: iso('2026-03-10') }), [], at('2026-03-10'));
      expect((await openKeepInTouch(mentor.id)).map((r) => [r.id, r.status, r.dueDate])).toEqual([['a-1', 'open', '2026-04-21']]);
    });

    it('creates nothing for a contact with no cadence, and removes the reminder when the cadence is cleared', async () => {
      const peer = await contactCommands.create(contactFields({ stage: 'met' }));
      await logInteraction(interactionFields([peer.id], { occurredAt: iso('2026-03-10') }), [], at('2026-03-10'));
      expect(await openKeepInTouch(peer.id)).toEqual([]);

      await contactCommands.update(peer.id, { cadenceDays: 30 });
      await replanContactCadence(peer.id, at('2026-03-11'));
      expect((await openKeepInTouch(peer.id)).map((r) => r.dueDate)).toEqual(['2026-04-09']);

      await contactCommands.update(peer.id, { cadenceDays: null });
      const writes = await replanContactCadence(peer.id, at('2026-03-12'));
      expect(writes.map((w) => w.type)).toEqual(['remove']);
      expect(await openKeepInTouch(peer.id)).toEqual([]);
    });

    it('follows the mentor default from Settings', async () => {
      const rules = defaultSettingsFields().rules;
      await updateSettings({ rules: { ...rules, keepInTouch: { ...rules.keepInTouch, mentorDefaultDays: 28, graceDays: 7 } } });
      const mentor = await contactCommands.create(contactFields({ stage: 'mentor' }));
      await logInteraction(interactionFields([mentor.id], { occurredAt: iso('2026-12-20') }), [], at('2026-12-20'));
      expect((await openKeepInTouch(mentor.id)).map((r) => [r.dueDate, r.latestDate])).toEqual([['2027-01-17', '2027-01-24']]);
    });
  });
});

describe('inbox actions', () => {
  it('reports a missing record as NotFoundError, even from inside a transaction', async () => {
    // Dexie rewraps errors named like its own (NotFoundError, ConstraintError…); ours must survive as thrown.
    await expect(reminderCommands.update('missing', { title: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(dismissReminder('missing', at('2026-03-15'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('completeReminder marks done; a second click changes nothing', async () => {
    const reminder = await reminderCommands.create(reminderFields());
    const done = await completeReminder(reminder.id, at('2026-03-14'));
    expect(done).toMatchObject({ status: 'done', doneAt: at('2026-03-14').toISOString() });
    expect(await completeReminder(reminder.id, at('2026-03-15'))).toEqual(done);
    await expect(completeReminder('missing', at('2026-03-15'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('completing a commitment reminder ticks the commitment', async () => {
    const lee = await contactCommands.create(contactFields());
    const logged = await logInteraction(
      interactionFields([lee.id], { commitments: [{ id: 'k1', direction: 'promised', text: 'Send CV', dueDate: '2026-03-20' }] }),
      [{ dueDate: '2026-03-20', latestDate: '2026-03-20', title: 'Send CV', reason: '', kind: 'commitment', contactId: lee.id, programId: null, interactionId: null, eventId: null, commitmentId: 'k1' }],
      at('2026-03-10'),
    );
    await completeReminder(logged.reminders[0].id, at('2026-03-19'));
    expect((await db.interactions.get(logged.interaction.id))?.commitments[0].done).toBe(true);
  });

  it('completing a keep-in-touch reminder starts the next cadence from that day', async () => {
    const mentor = await contactCommands.create(contactFields({ stage: 'mentor' }));
    await logInteraction(interactionFields([mentor.id], { occurredAt: iso('2026-01-05') }), [], at('2026-01-05'));
    const [first] = await openKeepInTouch(mentor.id);
    await completeReminder(first.id, at('2026-02-20'));
    const [next] = await openKeepInTouch(mentor.id);
    expect(next.id).not.toBe(first.id);
    expect(next.dueDate).toBe('2026-04-03');
    expect((await db.reminders.get(first.id))?.status).toBe('done');
  });

  it('snoozeReminder never moves a reminder earlier and refuses closed ones', async () => {
    const future = await reminderCommands.create(reminderFields({ dueDate: '2026-03-20', latestDate: '2026-03-22' }));
    const snoozed = await snoozeReminder(future.id, '1d', at('2026-03-10'));
    expect(snoozed).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-03-21', dueDate: '2026-03-20' });
    const picked = await snoozeReminder(future.id, { pickedDay: '2026-03-12' }, at('2026-03-10'));
    expect(picked.snoozedUntil).toBe('2026-03-21');

    const closed = await reminderCommands.create(reminderFields({ status: 'dismissed' }));
    await expect(snoozeReminder(closed.id, '1w', at('2026-03-10'))).rejects.toThrow('already dismissed');
    expect((await db.reminders.get(closed.id))?.status).toBe('dismissed');
  });

  it('dismissReminder keeps the reminder as history', async () => {
    const reminder = await reminderCommands.create(reminderFields({ status: 'snoozed', snoozedUntil: '2026-03-20' }));
    const dismissed = await dismissReminder(reminder.id, at('2026-03-12'));
    expect(dismissed).toMatchObject({ status: 'dismissed', snoozedUntil: null });
    await expect(completeReminder(reminder.id, at('2026-03-13'))).rejects.toThrow('already dismissed');
  });
});

describe('completeThankYouWithEmail', () => {
  it('marks the thank-you done and logs an email with the same contact, in one step', async () => {
    const mentor = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee', stage: 'mentor' }));
    const { fields, kept } = await conferenceWith(mentor);
    // The thank-you alone: a kept follow-up would hold the cadence back until it is done.
    const logged = await logInteraction(fields, kept.filter((p) => p.kind === 'thank-you'), at('2026-03-10'));
    const thanks = logged.reminders[0];

    const { reminder, interaction } = await completeThankYouWithEmail(thanks.id, at('2026-03-18', '09:30'));
    expect(reminder).toMatchObject({ id: thanks.id, status: 'done', doneAt: at('2026-03-18', '09:30').toISOString() });
    expect(interaction).toMatchObject({ kind: 'email', contactIds: [mentor.id], summary: 'Sent the thank-you: Thank Dr. Ana Lee' });
    expect(await db.reminders.get(thanks.id)).toEqual(reminder);

    expect((await db.contacts.get(mentor.id))?.lastTouchAt).toBe(at('2026-03-18', '09:30').toISOString());
    // The contact's timeline shows both touches, newest first.
    expect((await interactionsWithContact(mentor.id)).map((i) => i.kind)).toEqual(['email', 'conference-conversation']);
    // The email is a touch: the keep-in-touch reminder moved to 6 weeks after it.
    expect((await openKeepInTouch(mentor.id)).map((r) => r.dueDate)).toEqual(['2026-04-29']);
  });

  it('cannot log two emails for one reminder', async () => {
    const lee = await contactCommands.create(contactFields());
    const thanks = await reminderCommands.create(reminderFields({ contactId: lee.id }));
    await completeThankYouWithEmail(thanks.id, at('2026-03-14'));
    await expect(completeThankYouWithEmail(thanks.id, at('2026-03-14'))).rejects.toThrow('already done');
    expect(await db.interactions.count()).toBe(1);
  });

  it('refuses a reminder with no contact and writes nothing', async () => {
    const orphan = await reminderCommands.create(reminderFields({ contactId: null }));
    await expect(completeThankYouWithEmail(orphan.id, at('2026-03-14'))).rejects.toThrow('not linked to a contact');
    expect(await db.interactions.count()).toBe(0);
    expect((await db.reminders.get(orphan.id))?.status).toBe('open');
  });

  it('rolls back the done mark when logging the email fails', async () => {
    const lee = await contactCommands.create(contactFields());
    const thanks = await reminderCommands.create(reminderFields({ contactId: lee.id }));
    const fail = () => {
      throw new Error('quota exceeded (simulated)');
    };
    db.reminders.hook('updating', fail);
    try {
      await expect(completeThankYouWithEmail(thanks.id, at('2026-03-14'))).rejects.toThrow('quota exceeded');
    } finally {
      db.reminders.hook('updating').unsubscribe(fail);
    }
    expect(await db.interactions.count()).toBe(0);
    expect((await db.reminders.get(thanks.id))?.status).toBe('open');
  });
});

describe('createEventOutreach', () => {
  async function setup() {
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    const ortiz = await contactCommands.create(contactFields({ name: 'Dr. Ben Ortiz' }));
    const event = await eventCommands.create(eventFields({ startDate: '2027-03-20', endDate: '2027-03-24', targetContactIds: [lee.id, ortiz.id] }));
    return { lee, ortiz, event };
  }
  const outreach = () => db.reminders.where('kind').equals('pre-event-outreach').toArray();

  it('writes one reminder per target, and nothing new when run again', async () => {
    const { event, lee, ortiz } = await setup();
    const first = await createEventOutreach(event, at('2027-01-10'));
    expect(first.created.map((r) => [r.contactId, r.dueDate, r.latestDate])).toEqual([
      [lee.id, '2027-03-06', '2027-03-13'],
      [ortiz.id, '2027-03-06', '2027-03-13'],
    ]);
    const again = await createEventOutreach(event, at('2027-01-11'));
    expect(again).toEqual({ created: [], updated: [], removedIds: [] });
    expect(await outreach()).toHaveLength(2);
  });

  it('moves reminders when the event moves, drops untargeted contacts, and does not redo finished outreach', async () => {
    const { event, lee, ortiz } = await setup();
    const first = await createEventOutreach(event, at('2027-01-10'));
    const leeReminder = first.created.find((r) => r.contactId === lee.id);
    const ortizReminder = first.created.find((r) => r.contactId === ortiz.id);
    if (!leeReminder || !ortizReminder) throw new Error('expected both reminders');
    await completeReminder(ortizReminder.id, at('2027-01-12'));

    const chen = await contactCommands.create(contactFields({ name: 'Dr. Chen' }));
    const moved = await eventCommands.update(event.id, { startDate: '2027-04-10', endDate: '2027-04-12', targetContactIds: [ortiz.id, chen.id] });
    const second = await createEventOutreach(moved, at('2027-01-13'));
    expect(second.removedIds).toEqual([leeReminder.id]);
    expect(second.created.map((r) => [r.contactId, r.dueDate])).toEqual([[chen.id, '2027-03-27']]);
    expect(second.updated).toEqual([]);
    const rows = await outreach();
    expect(rows.map((r) => [r.contactId, r.status]).sort()).toEqual(
      [
        [ortiz.id, 'done'],
        [chen.id, 'open'],
      ].sort(),
    );

    const later = await eventCommands.update(event.id, { startDate: '2027-05-01', endDate: '2027-05-02' });
    const third = await createEventOutreach(later, at('2027-01-14'));
    expect(third.updated.map((r) => [r.contactId, r.dueDate, r.latestDate])).toEqual([[chen.id, '2027-04-17', '2027-04-24']]);
    expect(third.updated[0].id).toBe(second.created[0].id);
  });

  it('keeps a snooze that still fits the window', async () => {
    const { event } = await setup();
    const [first] = (await createEventOutreach(event, at('2027-01-10'))).created;
    await snoozeReminder(first.id, { pickedDay: '2027-03-09' }, at('2027-01-10'));
    await createEventOutreach(event, at('2027-01-11'));
    expect(await db.reminders.get(first.id)).toMatchObject({ status: 'snoozed', snoozedUntil: '2027-03-09' });
  });

  it('writes nothing once the event has begun', async () => {
    const { event } = await setup();
    expect(await createEventOutreach(event, at('2027-03-20'))).toEqual({ created: [], updated: [], removedIds: [] });
    expect(await outreach()).toEqual([]);
  });
});

describe('proposeFollowUpsFor', () => {
  it('reads history from the database: a second meeting is not a first', async () => {
    const lee = await contactCommands.create(contactFields());
    await interactionCommands.create(interactionFields([lee.id], { kind: 'meeting', occurredAt: iso('2026-01-10') }));
    const subject = { kind: 'meeting' as const, occurredAt: iso('2026-03-10'), contactIds: [lee.id], commitments: [], eventId: null, programId: null, summary: '' };
    expect((await proposeFollowUpsFor(subject, at('2026-03-10'))).map((p) => p.key)).toEqual([`repeatMeetingFollowUp:${lee.id}`]);
    const ortiz = await contactCommands.create(contactFields());
    const both = await proposeFollowUpsFor({ ...subject, contactIds: [lee.id, ortiz.id] }, at('2026-03-10'));
    expect(both.map((p) => p.key)).toEqual([`repeatMeetingFollowUp:${lee.id}`, `firstMeetingFollowUp:${ortiz.id}`]);
    // With a mentor's cadence, the keep-in-touch reminder covers the update after a repeat meeting.
    await contactCommands.update(lee.id, { stage: 'mentor' });
    expect(await proposeFollowUpsFor(subject, at('2026-03-10'))).toEqual([]);
  });

  it('names the event and follows the rules in Settings', async () => {
    const rules = defaultSettingsFields().rules;
    await updateSettings({ rules: { ...rules, conferenceThankYou: { enabled: true, dueOffsetDays: 2, latestOffsetDays: 4 } } });
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    const event = await eventCommands.create(eventFields({ name: 'SIR 2026', startDate: '2026-03-07', endDate: '2026-03-12' }));
    const [thanks] = await proposeFollowUpsFor(
      { kind: 'conference-conversation', occurredAt: iso('2026-03-10'), contactIds: [lee.id], commitments: [], eventId: event.id, programId: null, summary: '' },
      at('2026-03-10'),
    );
    expect(thanks).toMatchObject({ title: 'Thank Dr. Ana Lee after SIR 2026', dueDate: '2026-03-12', latestDate: '2026-03-14', eventId: event.id });
  });
});
