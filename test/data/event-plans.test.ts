import { describe, expect, it } from 'vitest';
import { createContact } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { listEventSummaries, loadEventDetail, logPeopleMet, saveEvent } from '../../src/data/event-plans';
import { createInteraction } from '../../src/data/interactions';
import { updateSettings } from '../../src/data/profile-settings';
import { NotFoundError } from '../../src/data/record-commands';
import { ValidationError } from '../../src/domain/validation';
import { blankMetPerson } from '../../src/domain/playbook/met-capture';
import { defaultSettingsFields } from '../../src/domain/settings';
import { contactFields, eventFields, interactionFields } from '../factories';

// Local times, so "today" is the same calendar day in any time zone the tests run in.
const BEFORE = new Date(2027, 1, 1, 10, 0);
const AFTER = new Date(2027, 2, 27, 9, 30);

async function planned(targets = 2) {
  const contacts = [];
  for (let i = 0; i < targets; i++) contacts.push(await createContact(contactFields({ stage: 'identified' })));
  const saved = await saveEvent(
    eventFields({ startDate: '2027-03-20', endDate: '2027-03-25', targetContactIds: contacts.map((c) => c.id) }),
    { now: BEFORE },
  );
  return { ...saved, contacts };
}

describe('saveEvent', () => {
  it('writes the event and one outreach reminder per target, 14 to 7 days before', async () => {
    const { event, outreach, contacts } = await planned(2);
    expect(outreach.created.map((r) => [r.contactId, r.dueDate, r.latestDate, r.eventId])).toEqual(
      contacts.map((c) => [c.id, '2027-03-06', '2027-03-13', event.id]),
    );
    expect(await db.reminders.count()).toBe(2);
  });

  it('re-saving moves the outreach with the dates instead of adding copies', async () => {
    const { event } = await planned(2);
    await saveEvent({ ...event, startDate: '2027-04-10', endDate: '2027-04-12' }, { id: event.id, now: BEFORE });
    const reminders = await db.reminders.toArray();
    expect(reminders.map((r) => [r.dueDate, r.latestDate])).toEqual([
      ['2027-03-27', '2027-04-03'],
      ['2027-03-27', '2027-04-03'],
    ]);
  });

  it('removes the open outreach of an upcoming event left with no targets', async () => {
    const { event } = await planned(2);
    const saved = await saveEvent({ ...event, targetContactIds: [] }, { id: event.id, now: BEFORE });
    expect(saved.outreach.removedIds).toHaveLength(2);
    expect(await db.reminders.count()).toBe(0);
  });

  it('writes nothing when the event is invalid', async () => {
    const contact = await createContact(contactFields());
    await expect(
      saveEvent(eventFields({ startDate: '2027-03-25', endDate: '2027-03-20', targetContactIds: [contact.id] }), { now: BEFORE }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.events.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
  });
});

describe('logPeopleMet', () => {
  it('logs one conference conversation per person with their thank-you, creating new people, in one go', async () => {
    const { event, contacts } = await planned(2);
    const result = await logPeopleMet(
      event.id,
      {
        metOn: '2027-03-25',
        people: [
          { ...blankMetPerson(), contactId: contacts[0].id, topic: 'Talked about Y-90 dosimetry.' },
          { ...blankMetPerson(), contactId: contacts[1].id },
          { ...blankMetPerson(), mode: 'new', name: 'Dr. Priya Shah', role: 'ir-fellow', institution: 'Fictional U' },
        ],
      },
      AFTER,
    );
    expect(result.interactions).toHaveLength(3);
    expect(result.interactions.every((i) => i.kind === 'conference-conversation' && i.eventId === event.id)).toBe(true);
    expect(result.interactions[0].summary).toBe('Talked about Y-90 dosimetry.');
    // A past day is stored at its local midday.
    expect(new Date(result.interactions[0].occurredAt).getHours()).toBe(12);
    expect(result.contacts.map((c) => [c.name, c.role, c.howMet, c.stage])).toEqual([['Dr. Priya Shah', 'ir-fellow', 'conference', 'met']]);
    const thankYous = result.reminders.filter((r) => r.kind === 'thank-you');
    expect(thankYous.map((r) => [r.dueDate, r.latestDate])).toEqual([
      ['2027-03-28', '2027-04-01'],
      ['2027-03-28', '2027-04-01'],
      ['2027-03-28', '2027-04-01'],
    ]);
    expect(thankYous.map((r) => r.interactionId)).toEqual(result.interactions.map((i) => i.id));
    expect((await db.contacts.get(contacts[0].id))?.stage).toBe('met');
    expect((await db.contacts.get(contacts[0].id))?.lastTouchAt).toBe(result.interactions[0].occurredAt);

    const detail = await loadEventDetail(event.id);
    expect(detail?.interactions).toHaveLength(3);
    expect(detail?.reminders.filter((r) => r.kind === 'thank-you')).toHaveLength(3);
    const [summary] = await listEventSummaries();
    expect(summary).toMatchObject({ conversations: 3, openOutreach: 2 });
  });

  it('writes nothing at all when one person fails (a contact deleted meanwhile)', async () => {
    const { event, contacts } = await planned(1);
    const before = { interactions: await db.interactions.count(), reminders: await db.reminders.count(), contacts: await db.contacts.count() };
    await expect(
      logPeopleMet(
        event.id,
        {
          metOn: '2027-03-25',
          people: [
            { ...blankMetPerson(), mode: 'new', name: 'Someone New' },
            { ...blankMetPerson(), contactId: contacts[0].id },
            { ...blankMetPerson(), contactId: 'deleted-contact' },
          ],
        },
        AFTER,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect({ interactions: await db.interactions.count(), reminders: await db.reminders.count(), contacts: await db.contacts.count() }).toEqual(
      before,
    );
    expect((await db.contacts.get(contacts[0].id))?.stage).toBe('identified');
  });

  it('refuses a day outside the event or after today, and incomplete rows, writing nothing', async () => {
    const { event, contacts } = await planned(1);
    const person = { ...blankMetPerson(), contactId: contacts[0].id };
    await expect(logPeopleMet(event.id, { metOn: '2027-03-19', people: [person] }, AFTER)).rejects.toBeInstanceOf(ValidationError);
    await expect(logPeopleMet(event.id, { metOn: '2027-03-26', people: [person] }, AFTER)).rejects.toBeInstanceOf(ValidationError);
    // During the event, not after today.
    await expect(logPeopleMet(event.id, { metOn: '2027-03-23', people: [person] }, new Date(2027, 2, 22, 18))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(logPeopleMet(event.id, { metOn: '2027-03-25', people: [] }, AFTER)).rejects.toBeInstanceOf(ValidationError);
    await expect(logPeopleMet(event.id, { metOn: '2027-03-25', people: [blankMetPerson()] }, AFTER)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.interactions.count()).toBe(0);
  });

  it('adds no thank-yous when asked not to, or when the rule is off in Settings', async () => {
    const { event, contacts } = await planned(1);
    const person = { ...blankMetPerson(), contactId: contacts[0].id };
    const quiet = await logPeopleMet(event.id, { metOn: '2027-03-25', people: [person], thankYous: false }, AFTER);
    expect(quiet.reminders.filter((r) => r.kind === 'thank-you')).toEqual([]);

    const rules = defaultSettingsFields().rules;
    await updateSettings({ rules: { ...rules, conferenceThankYou: { ...rules.conferenceThankYou, enabled: false } } });
    const other = await createContact(contactFields());
    const off = await logPeopleMet(event.id, { metOn: '2027-03-25', people: [{ ...person, contactId: other.id }] }, AFTER);
    expect(off.reminders.filter((r) => r.kind === 'thank-you')).toEqual([]);
    expect(off.interactions).toHaveLength(1);
  });

  it('throws NotFoundError for an event that is gone', async () => {
    await createInteraction(interactionFields([(await createContact(contactFields())).id]));
    await expect(logPeopleMet('gone', { metOn: '2027-03-25', people: [blankMetPerson()] }, AFTER)).rejects.toBeInstanceOf(NotFoundError);
  });
});
