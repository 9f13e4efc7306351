/**
 * What another tab (or a stray key) can do to an open edit form: nothing typed
 * is lost. A deletion elsewhere keeps the form and offers to save it as a new
 * contact or copy it; Escape, × and Cancel ask before throwing input away.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderContactPage } from './render-contact-page';
import { createContact, removeContact } from '../../../src/data/contacts';
import { db } from '../../../src/data/db';
import { useToastStore } from '../../../src/stores/toast-store';
import { contactFields } from '../../factories';


beforeEach(() => useToastStore.setState({ toasts: [] }));

describe('editing a contact while something else happens', () => {
  it('deleted in another tab while editing: the typed text stays and can be saved as a new contact', async () => {
    const contact = await createContact(contactFields({ name: 'Dr. Maya Okafor', title: 'Fellow' }));
    const { user, router } = renderContactPage(contact.id);
    await user.click(await screen.findByRole('button', { name: 'Edit contact' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Dr. Maya Okafor' });
    await user.clear(within(dialog).getByLabelText('Title'));
    await user.type(within(dialog).getByLabelText('Title'), 'Assistant Professor of IR');
    await user.type(within(dialog).getByLabelText('Notes'), 'Offered to review my personal statement.');

    // Another tab deletes the contact (the same database, written outside this page).
    await removeContact(contact.id);

    const notice = await within(dialog).findByRole('alert');
    expect(notice).toHaveTextContent('Dr. Maya Okafor was deleted in another tab or window while you were editing.');
    expect(screen.getByRole('dialog', { name: 'Edit Dr. Maya Okafor' })).toBe(dialog);
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Assistant Professor of IR');
    expect(within(dialog).getByLabelText('Notes')).toHaveValue('Offered to review my personal statement.');

    await user.click(within(dialog).getByRole('button', { name: 'Save as a new contact' }));
    await screen.findByText('Saved Dr. Maya Okafor as a new contact.');
    const saved = await db.contacts.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: 'Dr. Maya Okafor', title: 'Assistant Professor of IR', notes: 'Offered to review my personal statement.' });
    expect(saved[0].id).not.toBe(contact.id);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${saved[0].id}`));
    // The deleted one is still in the trash.
    expect(await db.trash.count()).toBe(1);
  });

  it('deleted elsewhere: "Copy what I typed" copies the form as text', async () => {
    const contact = await createContact(contactFields({ name: 'Dr. Sam Lee', institution: 'Lakeshore Medical' }));
    const { user } = renderContactPage(contact.id);
    await user.click(await screen.findByRole('button', { name: 'Edit contact' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Dr. Sam Lee' });
    await user.type(within(dialog).getByLabelText('Notes'), 'Y-90 research, wants an update in May.');
    await removeContact(contact.id);
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: 'Copy what I typed' }));
    await within(dialog).findByText('Copied.');
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Name: Dr. Sam Lee');
    expect(copied).toContain('Institution: Lakeshore Medical');
    expect(copied).toContain('Notes: Y-90 research, wants an update in May.');
  });

  it('Escape with typed changes asks first; Keep editing keeps them, Discard closes', async () => {
    const contact = await createContact(contactFields({ name: 'Dr. Ana Ruiz' }));
    const { user } = renderContactPage(contact.id);
    await user.click(await screen.findByRole('button', { name: 'Edit contact' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Dr. Ana Ruiz' });
    await user.type(within(dialog).getByLabelText('Notes'), 'Met at SIR.');
    await user.keyboard('{Escape}');
    const question = within(dialog).getByRole('alertdialog', { name: /Discard these changes\?/ });
    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByLabelText('Notes')).toHaveValue('Met at SIR.');
    // Cancel asks the same way.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await db.contacts.get(contact.id))?.notes).toBe(contact.notes);
  });

  it('Escape with nothing typed closes at once', async () => {
    const contact = await createContact(contactFields({ name: 'Dr. Bo Lind' }));
    const { user } = renderContactPage(contact.id);
    await user.click(await screen.findByRole('button', { name: 'Edit contact' }));
    screen.getByRole('dialog', { name: 'Edit Dr. Bo Lind' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
