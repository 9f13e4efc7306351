import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderWithRouter } from '../../render';
import { EventRoute } from '../../../src/app/routes/event-route';
import { createContact } from '../../../src/data/contacts';
import { saveEvent } from '../../../src/data/event-plans';
import { db } from '../../../src/data/db';
import { contactFields, eventFields } from '../../factories';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function plannedEvent() {
  vi.setSystemTime(new Date(2027, 1, 1, 10, 0));
  const lee = await createContact(contactFields({ name: 'Dr. Grace Lee', role: 'program-director', stage: 'identified' }));
  const ortiz = await createContact(contactFields({ name: 'Dr. Mateo Ortiz', role: 'ir-attending', stage: 'engaged' }));
  await createContact(contactFields({ name: 'Dr. Nadia Okafor', role: 'associate-pd' }));
  const { event } = await saveEvent(
    eventFields({ name: 'SIR 2027', startDate: '2027-03-20', endDate: '2027-03-25', targetContactIds: [lee.id, ortiz.id], sessions: ['IO plenary'] }),
    { now: new Date() },
  );
  return { event, lee, ortiz };
}

function renderEvent(id: string) {
  return renderWithRouter(<EventRoute />, { path: '/events/:eventId', route: `/events/${id}` });
}

describe('Event page', () => {
  it('before the event: shows the people to meet with their outreach window, the sessions, and no capture yet', async () => {
    const { event } = await plannedEvent();
    renderEvent(event.id);
    const targets = await screen.findByRole('region', { name: 'People to meet' });
    expect(within(targets).getAllByText('Outreach 6 Mar – 13 Mar')).toHaveLength(2);
    expect(within(targets).getAllByRole('link', { name: 'Draft the note' })[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/templates\?reminder=/),
    );
    expect(screen.getByRole('region', { name: 'Sessions to attend' })).toHaveTextContent('IO plenary');
    expect(screen.queryByRole('form', { name: 'Who did I meet?' })).not.toBeInTheDocument();
    expect(screen.getByText(/From the first day of the event/)).toBeInTheDocument();
  });

  it('after the event: captures three people (two existing, one new) with their thank-yous in one go', async () => {
    const { event, lee, ortiz } = await plannedEvent();
    vi.setSystemTime(new Date(2027, 2, 27, 9, 30));
    const { user } = renderEvent(event.id);
    const form = await screen.findByRole('form', { name: 'Who did I meet?' });
    expect(within(form).getByLabelText('Day you met them')).toHaveValue('2027-03-25');

    // An empty row is refused with a message next to it; nothing is written.
    await user.click(within(form).getByRole('button', { name: 'Save this person' }));
    expect(await within(form).findByText('Pick who you met, or switch to “Someone new”')).toBeInTheDocument();
    expect(await db.interactions.count()).toBe(0);

    await user.type(within(form).getByRole('searchbox', { name: 'Person 1: find in contacts' }), 'lee{Enter}');
    await user.type(within(form).getByRole('textbox', { name: 'Person 1: what you talked about (optional)' }), 'Y-90 dosimetry');
    await user.click(within(form).getByRole('button', { name: 'Add another person' }));
    // Lee is already in the list, so person 2 is not offered Lee.
    await user.type(within(form).getByRole('searchbox', { name: 'Person 2: find in contacts' }), 'lee');
    expect(within(form).getByText('No contact matches.')).toBeInTheDocument();
    await user.clear(within(form).getByRole('searchbox', { name: 'Person 2: find in contacts' }));
    await user.type(within(form).getByRole('searchbox', { name: 'Person 2: find in contacts' }), 'ortiz{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Add another person' }));
    const third = within(form).getByRole('group', { name: 'Person 3' });
    await user.click(within(third).getByRole('radio', { name: 'Someone new' }));
    await user.click(within(form).getByRole('button', { name: 'Save these 3 people' }));
    expect(await within(third).findByText('Enter their name')).toBeInTheDocument();
    expect(await db.interactions.count()).toBe(0);

    await user.type(within(third).getByRole('textbox', { name: 'Person 3: name' }), 'Dr. Priya Shah');
    await user.selectOptions(within(third).getByRole('combobox', { name: 'Person 3: role' }), 'ir-fellow');
    await user.type(within(third).getByRole('textbox', { name: 'Person 3: what you talked about (optional)' }), 'pt J.S. MRN 1234567');
    await waitFor(() =>
      expect(within(third).getByRole('textbox', { name: 'Person 3: what you talked about (optional)' })).toHaveAccessibleDescription(
        /Possible patient data.*MRN 1234567/,
      ),
    );
    await user.clear(within(third).getByRole('textbox', { name: 'Person 3: what you talked about (optional)' }));
    await user.type(within(third).getByRole('textbox', { name: 'Person 3: what you talked about (optional)' }), 'fellowship call');
    await user.click(within(form).getByRole('button', { name: 'Save these 3 people' }));

    const conversations = screen.getByRole('region', { name: 'Conversations logged here' });
    await waitFor(() => expect(within(conversations).getAllByRole('listitem')).toHaveLength(3));
    const thankYous = (await db.reminders.where('eventId').equals(event.id).toArray()).filter((r) => r.kind === 'thank-you');
    expect(thankYous.map((r) => [r.dueDate, r.latestDate])).toEqual([
      ['2027-03-28', '2027-04-01'],
      ['2027-03-28', '2027-04-01'],
      ['2027-03-28', '2027-04-01'],
    ]);
    const shah = await db.contacts.where('name').equals('Dr. Priya Shah').first();
    expect(shah).toMatchObject({ role: 'ir-fellow', howMet: 'conference', stage: 'met' });
    expect(new Set(thankYous.map((r) => r.contactId))).toEqual(new Set([lee.id, ortiz.id, shah?.id]));
    // Lee was only "identified"; meeting moves them to "met". Ortiz was further along and stays.
    expect((await db.contacts.get(lee.id))?.stage).toBe('met');
    expect((await db.contacts.get(ortiz.id))?.stage).toBe('engaged');
    const targets = screen.getByRole('region', { name: 'People to meet' });
    await waitFor(() => expect(within(targets).getAllByText('Met 25 Mar 2027')).toHaveLength(2));
    // The form is ready for the next batch.
    expect(within(form).getByRole('searchbox', { name: 'Person 1: find in contacts' })).toHaveValue('');
  });

  it('says so when the event does not exist', async () => {
    renderEvent('missing');
    expect(await screen.findByRole('heading', { name: 'This event no longer exists' })).toBeInTheDocument();
  });

  it('deletes the event with its reminders and brings them back with Undo', async () => {
    const { event } = await plannedEvent();
    const { user, router } = renderEvent(event.id);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/events'));
    expect(await db.events.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
    const { useToastStore } = await import('../../../src/stores/toast-store');
    const toast = useToastStore.getState().toasts.at(-1);
    expect(toast?.message).toBe('“SIR 2027” deleted with its 2 reminders.');
    await act(async () => {
      await toast?.action?.run();
    });
    expect(router.state.location.pathname).toBe(`/events/${event.id}`);
    expect(await db.events.count()).toBe(1);
    expect(await db.reminders.count()).toBe(2);
  });
});
