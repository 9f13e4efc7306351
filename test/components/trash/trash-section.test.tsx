import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../src/data/db';
import { createContact, removeContact } from '../../../src/data/contacts';
import { createProgram, removeProgram } from '../../../src/data/programs';
import { createReminder } from '../../../src/data/reminders';
import { TrashSection } from '../../../src/features/trash/components/trash-section';
import { SettingsRoute } from '../../../src/app/routes/settings-route';
import { useToastStore } from '../../../src/stores/toast-store';
import { renderWithRouter } from '../../render';
import { contactFields, programFields, reminderFields } from '../../factories';

beforeEach(() => {
  useToastStore.setState({ toasts: [] });
});

async function fillTrash() {
  const ana = await createContact(contactFields({ name: 'Dr. Ana Ruiz' }));
  await createReminder(reminderFields({ contactId: ana.id }));
  await createReminder(reminderFields({ contactId: ana.id }));
  const program = await createProgram(programFields({ name: 'Aldercrest IR' }));
  await removeContact(ana.id, { now: new Date('2026-03-01T10:00:00Z') });
  await removeProgram(program.id, { now: new Date('2026-03-02T10:00:00Z') });
  return { ana, program };
}

const items = () => within(screen.getByRole('list', { name: 'Deleted items' })).getAllByRole('listitem');

describe('trash section', () => {
  it('sits under a "Trash" heading in Settings and says when it is empty', async () => {
    renderWithRouter(<SettingsRoute />, { path: '/settings', route: '/settings' });
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Trash' })).toBeInTheDocument();
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
  });

  it('lists what was deleted, newest first, with what went along', async () => {
    await fillTrash();
    renderWithRouter(<TrashSection />);
    await screen.findByRole('list', { name: 'Deleted items' });
    expect(items().map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Aldercrest IRProgram · deleted 2 Mar 2026/),
      expect.stringMatching(/^Dr. Ana RuizContact · deleted 1 Mar 2026 · with 2 reminders/),
    ]);
  });

  it('restores an entry with everything that went with it', async () => {
    const { ana } = await fillTrash();
    const { user } = renderWithRouter(<TrashSection />);
    await user.click(await screen.findByRole('button', { name: 'Restore Dr. Ana Ruiz' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect((await db.contacts.get(ana.id))?.name).toBe('Dr. Ana Ruiz');
    expect(await db.reminders.where('contactId').equals(ana.id).count()).toBe(2);
  });

  it('deletes one entry forever only after a confirm', async () => {
    await fillTrash();
    const { user } = renderWithRouter(<TrashSection />);
    await user.click(await screen.findByRole('button', { name: 'Delete Aldercrest IR forever' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Aldercrest IR forever?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.trash.count()).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Delete Aldercrest IR forever' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete forever' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(await db.trash.count()).toBe(1);
    expect(await db.programs.count()).toBe(0);
  });

  it('empties the whole trash after a confirm', async () => {
    await fillTrash();
    const { user } = renderWithRouter(<TrashSection />);
    await user.click(await screen.findByRole('button', { name: 'Empty trash' }));
    const dialog = screen.getByRole('dialog', { name: 'Empty the trash?' });
    expect(dialog).toHaveTextContent('2 items');
    await user.click(within(dialog).getByRole('button', { name: 'Empty trash' }));
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
    expect(await db.trash.count()).toBe(0);
  });
});
