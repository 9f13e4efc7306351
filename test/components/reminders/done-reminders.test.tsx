/** Reminders → Done on real Dexie over fake-indexeddb: the history, search, reopen and undo. */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { RemindersRoute } from '../../../src/app/routes/reminders-route';
import { Toasts } from '../../../src/components/toasts';
import { contactCommands } from '../../../src/data/contacts';
import { db } from '../../../src/data/db';
import { reminderCommands } from '../../../src/data/reminders';
import { contactFields, reminderFields } from '../../factories';
import { renderWithRouter } from '../../render';

describe('Reminders → Done', () => {
  it('lists done and dismissed reminders, filters them by search, and reopens one with undo', async () => {
    const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
    const thanks = await reminderCommands.create(
      reminderFields({ title: 'Thank Dr. Ana Lee after SIR', contactId: lee.id, status: 'done', doneAt: '2026-03-05T10:00:00.000Z' }),
    );
    await reminderCommands.create(reminderFields({ title: 'Ask about the case log', kind: 'custom', status: 'dismissed' }));
    await reminderCommands.create(reminderFields({ title: 'Still open' }));
    const { user } = renderWithRouter(
      <>
        <RemindersRoute />
        <Toasts />
      </>,
      { path: '/reminders', route: '/reminders?view=done' },
    );
    const history = await screen.findByRole('region', { name: 'Done and dismissed reminders' });
    await within(history).findByRole('article', { name: 'Thank Dr. Ana Lee after SIR' });
    expect(within(history).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading').textContent)).toEqual([
      'Ask about the case log',
      'Thank Dr. Ana Lee after SIR',
    ]);
    expect(within(history).queryByText('Still open')).not.toBeInTheDocument();

    await user.type(within(history).getByRole('searchbox', { name: 'Search done reminders' }), 'ana lee');
    await waitFor(() => expect(within(history).getAllByRole('article')).toHaveLength(1));
    expect(within(history).getByRole('status')).toHaveTextContent('1 of 2 match “ana lee”');

    await user.click(within(history).getByRole('button', { name: 'Reopen' }));
    await waitFor(async () => expect((await db.reminders.get(thanks.id))?.status).toBe('open'));
    expect((await db.reminders.get(thanks.id))?.doneAt).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.reminders.get(thanks.id))?.status).toBe('done'));
  });

  it('has an Open and a Done tab, the current one marked', async () => {
    renderWithRouter(<RemindersRoute />, { path: '/reminders', route: '/reminders?view=done' });
    const tabs = await screen.findByRole('navigation', { name: 'Reminder lists' });
    expect(within(tabs).getByRole('link', { name: 'Done' })).toHaveAttribute('aria-current', 'page');
    expect(within(tabs).getByRole('link', { name: 'Open' })).not.toHaveAttribute('aria-current');
    expect(await screen.findByRole('heading', { name: 'Nothing done yet' })).toBeInTheDocument();
  });
});
