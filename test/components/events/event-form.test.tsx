import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventFormDialog } from '../../../src/features/events/forms/event-form-dialog';
import { createContact } from '../../../src/data/contacts';
import { createEvent } from '../../../src/data/events';
import { db } from '../../../src/data/db';
import { contactFields, eventFields } from '../../factories';

beforeEach(() => {
  // Only Date is faked: Dexie and user-event keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2027, 1, 1, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

async function twoContacts() {
  const lee = await createContact(contactFields({ name: 'Dr. Grace Lee', role: 'program-director', institution: 'Aldercrest' }));
  const ortiz = await createContact(contactFields({ name: 'Dr. Mateo Ortiz', role: 'ir-attending', institution: 'Bramblewood' }));
  return [lee, ortiz];
}

describe('Event form', () => {
  it('rejects a last day before the first day with a message next to the field, and writes nothing', async () => {
    const contacts = await twoContacts();
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<EventFormDialog contacts={contacts} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'New event' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'SIR 2027');
    await user.type(within(dialog).getByLabelText('First day'), '2027-03-25');
    await user.type(within(dialog).getByLabelText('Last day'), '2027-03-20');
    await user.type(within(dialog).getByRole('searchbox', { name: 'Add a person' }), 'Lee{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Save event' }));

    const lastDay = within(dialog).getByLabelText('Last day');
    await waitFor(() => expect(lastDay).toHaveAttribute('aria-invalid', 'true'));
    expect(lastDay).toHaveAccessibleDescription('The event cannot end before it starts');
    expect(lastDay.closest('.field')).toHaveTextContent('The event cannot end before it starts');
    expect(onClose).not.toHaveBeenCalled();
    expect(await db.events.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
  });

  it('requires a name and both days', async () => {
    const user = userEvent.setup();
    render(<EventFormDialog contacts={[]} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'New event' });
    await user.click(within(dialog).getByRole('button', { name: 'Save event' }));
    expect(await within(dialog).findByText('Enter the event name')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('First day')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Last day')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.events.count()).toBe(0);
  });

  it('saves an event with two people to meet and writes their outreach 14 to 7 days before', async () => {
    const contacts = await twoContacts();
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<EventFormDialog contacts={contacts} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'New event' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'SIR 2027');
    await user.type(within(dialog).getByLabelText('First day'), '2027-03-20');
    await user.type(within(dialog).getByLabelText('Last day'), '2027-03-25');
    const search = within(dialog).getByRole('searchbox', { name: 'Add a person' });
    await user.type(search, 'aldercrest');
    await user.click(within(dialog).getByRole('button', { name: /Dr\. Grace Lee/ }));
    await user.type(search, 'ortiz{Enter}');
    // Already picked people are not offered again.
    await user.type(search, 'dr');
    expect(within(dialog).queryByRole('button', { name: /^Dr\. (Grace Lee|Mateo Ortiz)/ })).not.toBeInTheDocument();
    expect(within(dialog).getByText('No contact matches.')).toBeInTheDocument();
    await user.clear(search);
    expect(within(within(dialog).getByRole('list', { name: 'People to meet' })).getAllByRole('listitem')).toHaveLength(2);
    await user.type(within(dialog).getByRole('textbox', { name: 'Add a session' }), 'Resident symposium{Enter}');
    await user.type(within(dialog).getByRole('textbox', { name: 'Add a session' }), 'IO plenary');
    await user.click(within(dialog).getByRole('button', { name: 'Save event' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({
      name: 'SIR 2027',
      startDate: '2027-03-20',
      endDate: '2027-03-25',
      targetContactIds: contacts.map((c) => c.id),
      sessions: ['Resident symposium', 'IO plenary'],
    });
    const outreach = await db.reminders.where('eventId').equals(event.id).toArray();
    expect(outreach.map((r) => [r.kind, r.contactId, r.dueDate, r.latestDate]).sort()).toEqual(
      contacts.map((c) => ['pre-event-outreach', c.id, '2027-03-06', '2027-03-13']).sort(),
    );
  });

  it('edits an event: a removed target loses its open outreach, an added one gains it', async () => {
    const contacts = await twoContacts();
    const user = userEvent.setup();
    const { saveEvent } = await import('../../../src/data/event-plans');
    const { event } = await saveEvent(eventFields({ startDate: '2027-03-20', endDate: '2027-03-25', targetContactIds: [contacts[0].id] }), {
      now: new Date(),
    });
    render(<EventFormDialog event={event} contacts={contacts} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit event' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove Dr. Grace Lee' }));
    await user.type(within(dialog).getByRole('searchbox', { name: 'Add a person' }), 'ortiz{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await db.reminders.where('eventId').equals(event.id).toArray()).map((r) => r.contactId)).toEqual([contacts[1].id]),
    );
  });

  it('warns about patient data in the notes', async () => {
    const user = userEvent.setup();
    render(<EventFormDialog event={await createEvent(eventFields())} contacts={[]} onClose={vi.fn()} />);
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'Bring the case of pt J.S. MRN 1234567');
    expect(await screen.findByText('MRN 1234567')).toBeInTheDocument();
    expect(notes).toHaveAccessibleDescription(expect.stringContaining('medical record number'));
  });
});
