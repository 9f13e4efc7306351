import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../src/data/db';
import { contactCommands } from '../../../src/data/contacts';
import { createProgram } from '../../../src/data/programs';
import { ContactsScreen } from '../../../src/features/contacts/components/contacts-screen';
import type { ContactFields } from '../../../src/domain/entities';
import { renderWithRouter } from '../../render';
import { contactFields, programFields } from '../../factories';

const at = (day: string) => new Date(`${day}T12:00:00`).toISOString();

async function seed(list: Partial<ContactFields>[]) {
  await db.contacts.bulkAdd(list.map((fields) => contactCommands.build(contactFields(fields))));
}

function renderList(route = '/contacts') {
  return renderWithRouter(<ContactsScreen />, { path: '/contacts', route });
}

const rowNames = () => screen.queryAllByTestId('contact-row').map((row) => within(row).getByRole('link').textContent);

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 20, 9, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('contacts list', () => {
  it('invites the first contact when there are none', async () => {
    renderList();
    expect(await screen.findByRole('heading', { name: 'No contacts yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add your first contact' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New contact' })).toBeInTheDocument();
  });

  it('searches as you type over name, institution, tags and notes, with counts, and keeps the search in the URL', async () => {
    await seed([
      { name: 'Dr. Ana Ruiz', institution: 'Aldercrest University', tags: ['PAD'] },
      { name: 'Li Chen', institution: 'Bramblewood', notes: 'Met at the Aldercrest open house' },
      { name: 'Ife Okafor', institution: 'Coppergate', tags: ['venous'] },
    ]);
    const { user, router } = renderList();
    expect(await screen.findByText('3 contacts')).toHaveRole('status');
    expect(screen.getByRole('list', { name: 'Contacts' })).toBeInTheDocument();
    // By name, ignoring "Dr.".
    expect(rowNames()).toEqual(['Dr. Ana Ruiz', 'Ife Okafor', 'Li Chen']);

    const search = screen.getByRole('searchbox', { name: 'Search contacts' });
    await user.type(search, 'aldercrest');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 3'));
    expect(rowNames()).toEqual(['Dr. Ana Ruiz', 'Li Chen']);
    expect(router.state.location.search).toBe('?q=aldercrest');

    await user.clear(search);
    await user.type(search, 'venous');
    await waitFor(() => expect(rowNames()).toEqual(['Ife Okafor']));

    await user.clear(search);
    await user.type(search, 'nobody here');
    expect(await screen.findByRole('heading', { name: 'No contacts match' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear search and filters' })[0]);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 contacts'));
    expect(search).toHaveValue('');
    expect(router.state.location.search).toBe('');
  });

  it('filters by role, stage, program, tag and time since last touch, and sorts', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR' }));
    await seed([
      { name: 'Dr. Ana Ruiz', role: 'program-director', stage: 'mentor', programIds: [program.id], tags: ['Letter writer'], lastTouchAt: at('2026-03-15') },
      { name: 'Li Chen', role: 'resident', stage: 'met', tags: ['letter writer'], lastTouchAt: at('2026-01-20') },
      { name: 'Ife Okafor', role: 'ir-attending', stage: 'identified' },
    ]);
    const { user, router } = renderList();
    await screen.findByText('3 contacts');

    await user.selectOptions(screen.getByLabelText('Role'), 'Resident');
    await waitFor(() => expect(rowNames()).toEqual(['Li Chen']));
    expect(router.state.location.search).toBe('?role=resident');
    await user.selectOptions(screen.getByLabelText('Role'), 'Any role');

    await user.selectOptions(screen.getByLabelText('Stage'), 'Mentor');
    await waitFor(() => expect(rowNames()).toEqual(['Dr. Ana Ruiz']));
    await user.selectOptions(screen.getByLabelText('Stage'), 'Any stage');

    await user.selectOptions(screen.getByLabelText('Program'), 'Aldercrest IR');
    await waitFor(() => expect(rowNames()).toEqual(['Dr. Ana Ruiz']));
    await user.selectOptions(screen.getByLabelText('Program'), 'Any program');

    // One tag option for both spellings, matching both contacts.
    expect(within(screen.getByLabelText('Tag')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Any tag', 'Letter writer']);
    await user.selectOptions(screen.getByLabelText('Tag'), 'Letter writer');
    await waitFor(() => expect(rowNames()).toEqual(['Dr. Ana Ruiz', 'Li Chen']));
    await user.selectOptions(screen.getByLabelText('Tag'), 'Any tag');

    // Ruiz 5 days ago, Chen 59 days ago, Okafor never.
    await user.selectOptions(screen.getByLabelText('No touch for'), '30 days or more');
    await waitFor(() => expect(rowNames()).toEqual(['Ife Okafor', 'Li Chen']));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 3');
    await user.selectOptions(screen.getByLabelText('No touch for'), 'Any time');

    await user.selectOptions(screen.getByLabelText('Sort by'), 'Last touch, longest ago first');
    await waitFor(() => expect(rowNames()).toEqual(['Ife Okafor', 'Li Chen', 'Dr. Ana Ruiz']));
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Stage, strongest first');
    await waitFor(() => expect(rowNames()).toEqual(['Dr. Ana Ruiz', 'Li Chen', 'Ife Okafor']));
    expect(router.state.location.search).toBe('?sort=stage');
  });

  it('opens with the view a shared URL describes', async () => {
    await seed([
      { name: 'Dr. Ana Ruiz', stage: 'mentor' },
      { name: 'Li Chen', stage: 'mentor', institution: 'Bramblewood' },
      { name: 'Ife Okafor', stage: 'met', institution: 'Bramblewood' },
    ]);
    renderList('/contacts?q=bramble&stage=mentor');
    await waitFor(() => expect(rowNames()).toEqual(['Li Chen']));
    expect(screen.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('bramble');
    expect(screen.getByLabelText('Stage')).toHaveValue('mentor');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3');
  });

  it('keeps only the visible rows in the DOM for a long list', async () => {
    await seed(Array.from({ length: 2000 }, (_, i) => ({ name: `Contact ${String(i).padStart(4, '0')}` })));
    renderList();
    expect(await screen.findByText('2,000 contacts', {}, { timeout: 5000 })).toHaveRole('status');
    const rows = await screen.findAllByTestId('contact-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThanOrEqual(100);
    expect(rows[0]).toHaveAttribute('aria-setsize', '2000');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(within(rows[0]).getByRole('link')).toHaveTextContent('Contact 0000');
  });
});
