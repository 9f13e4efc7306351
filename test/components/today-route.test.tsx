/** Today: overdue and due-today reminders first with their actions, then recent meetings, and Log meeting. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { TodayRoute } from '../../src/app/routes/today-route';
import { contactCommands } from '../../src/data/contacts';
import { db } from '../../src/data/db';
import { interactionCommands } from '../../src/data/interactions';
import { updateSettings } from '../../src/data/profile-settings';
import { reminderCommands } from '../../src/data/reminders';
import { useLogMeetingStore } from '../../src/stores/log-meeting-store';
import { contactFields, interactionFields, reminderFields } from '../factories';
import { renderWithRouter } from '../render';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-10T10:00:00') });
  useLogMeetingStore.setState({ open: false, preset: {}, session: 0 });
  await updateSettings({ firstRunChoice: 'empty' });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Today', () => {
  it('lists overdue then due-today reminders before the counts, and recent meetings with linked names', async () => {
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    const ortiz = await contactCommands.create(contactFields({ name: 'Dr. Ben Ortiz' }));
    await reminderCommands.create(reminderFields({ title: 'Due today', contactId: lee.id, dueDate: '2027-03-10', latestDate: '2027-03-12' }));
    const overdue = await reminderCommands.create(reminderFields({ title: 'Overdue', kind: 'custom', dueDate: '2027-03-01', latestDate: '2027-03-02' }));
    await reminderCommands.create(reminderFields({ title: 'Next week', dueDate: '2027-03-15', latestDate: '2027-03-15' }));
    for (let day = 1; day <= 9; day++) {
      await interactionCommands.create(
        interactionFields([day === 9 ? ortiz.id : lee.id], {
          occurredAt: new Date(2027, 2, day, 9).toISOString(),
          summary: `Talk ${day}`,
        }),
      );
    }

    const { user } = renderWithRouter(<TodayRoute />);
    const due = await screen.findByRole('region', { name: 'Overdue and due today' });
    await within(due).findByRole('article', { name: 'Overdue' });
    expect(within(due).getAllByRole('article').map((a) => within(a).getByRole('heading').textContent)).toEqual(['Overdue', 'Due today']);
    expect(within(due).getByRole('link', { name: /All reminders \(1 in the next 7 days\)/ })).toHaveAttribute('href', '/reminders');
    // Due first, then the counts.
    const counts = screen.getByRole('list', { name: 'Your network at a glance' });
    expect(due.compareDocumentPosition(counts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const recent = screen.getByRole('region', { name: 'Recent meetings' });
    await waitFor(() => expect(within(recent).getAllByRole('listitem')).toHaveLength(8));
    const first = within(recent).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent('Yesterday');
    expect(first).toHaveTextContent('Talk 9');
    expect(within(first).getByRole('link', { name: 'Dr. Ben Ortiz' })).toHaveAttribute('href', `/contacts/${ortiz.id}`);
    expect(within(recent).queryByText('Talk 1')).not.toBeInTheDocument();

    await user.click(within(within(due).getByRole('article', { name: 'Overdue' })).getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect((await db.reminders.get(overdue.id))?.status).toBe('done'));
    await waitFor(() => expect(within(due).queryByRole('article', { name: 'Overdue' })).not.toBeInTheDocument());

    // The top bar holds the one general Log meeting button; each reminder row with a person has its own.
    await user.click(screen.getAllByRole('button', { name: 'Log meeting' })[0]);
    expect(useLogMeetingStore.getState().open).toBe(true);
  });

  it('shows at most 10 due reminders and says how many more wait in Reminders', async () => {
    for (let i = 0; i < 14; i++) {
      await reminderCommands.create(reminderFields({ title: `Overdue ${i}`, dueDate: '2027-03-01', latestDate: '2027-03-02' }));
    }
    await reminderCommands.create(reminderFields({ title: 'Next week', dueDate: '2027-03-15', latestDate: '2027-03-15' }));
    renderWithRouter(<TodayRoute />);
    const due = await screen.findByRole('region', { name: 'Overdue and due today' });
    await waitFor(() => expect(within(due).getAllByRole('article')).toHaveLength(10));
    expect(within(due).getByRole('link', { name: 'All reminders (4 more overdue or due today, 1 in the next 7 days)' })).toHaveAttribute(
      'href',
      '/reminders',
    );
  });

  it('says when nothing is due, and invites the first meeting when none is logged', async () => {
    renderWithRouter(<TodayRoute />);
    const due = await screen.findByRole('region', { name: 'Overdue and due today' });
    expect(await within(due).findByText(/Nothing overdue or due today\./)).toBeInTheDocument();
    const recent = screen.getByRole('region', { name: 'Recent meetings' });
    expect(await within(recent).findByRole('heading', { name: 'No meetings logged yet' })).toBeInTheDocument();
  });
});
