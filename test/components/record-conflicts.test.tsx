/** The record page's notice of a version another device lost at the same time: shown, restored, dismissed. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openSyncState } from '../../src/data/db';
import { createContact } from '../../src/data/contacts';
import { RecordConflicts } from '../../src/components/record-conflicts';
import { contactFields } from '../factories';

const state = openSyncState(db);
beforeEach(async () => {
  await state.conflicts.clear();
});

async function withLostVersion() {
  const ana = await createContact(contactFields({ name: 'Dr. Ana Muñoz', notes: 'Laptop: sent the abstract.' }));
  await state.conflicts.put({
    id: `contacts/${ana.id}/2-abc`,
    table: 'contacts',
    recordId: ana.id,
    record: { ...ana, notes: 'Phone: talked about Y-90.', updatedAt: '2026-12-01T10:00:00.000Z' },
    changedAt: '2026-12-01T10:00:00.000Z',
    lostTo: '2026-12-01T10:05:00.000Z',
  });
  return ana;
}

describe('RecordConflicts', () => {
  it('shows nothing when no version was lost', async () => {
    const ana = await createContact(contactFields({ name: 'Dr. Ana Muñoz' }));
    const { container } = render(<RecordConflicts table="contacts" recordId={ana.id} current={ana as unknown as Record<string, unknown>} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
  });

  it('shows what the other version said, and restores it as the newest change', async () => {
    const ana = await withLostVersion();
    const user = userEvent.setup();
    render(<RecordConflicts table="contacts" recordId={ana.id} current={ana as unknown as Record<string, unknown>} />);
    const notice = await screen.findByRole('region', { name: 'Edited on another device at the same time' });
    await user.click(within(notice).getByRole('button', { name: 'Show' }));
    expect(within(notice).getByText('Notes').nextSibling?.textContent).toBe('Phone: talked about Y-90.');
    // Only the field that differs.
    expect(within(notice).queryByText('Name')).toBeNull();
    await user.click(within(notice).getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edited on another device at the same time' })).toBeNull());
    const after = await db.contacts.get(ana.id);
    expect(after?.notes).toBe('Phone: talked about Y-90.');
    expect(after?.createdAt).toBe(ana.createdAt);
    expect(after!.updatedAt > ana.updatedAt).toBe(true);
  });

  it('dismisses a version, leaving the record as it is', async () => {
    const ana = await withLostVersion();
    const user = userEvent.setup();
    render(<RecordConflicts table="contacts" recordId={ana.id} current={ana as unknown as Record<string, unknown>} />);
    const notice = await screen.findByRole('region', { name: 'Edited on another device at the same time' });
    await user.click(within(notice).getByRole('button', { name: 'Show' }));
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edited on another device at the same time' })).toBeNull());
    expect((await db.contacts.get(ana.id))?.notes).toBe('Laptop: sent the abstract.');
    expect(await state.conflicts.count()).toBe(0);
  });
});
