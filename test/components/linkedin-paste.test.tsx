/** Pasting a LinkedIn profile link where a name is asked fills the link and a name guessed from it. */
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GlobalActions } from '../../src/app/global-actions';
import { db } from '../../src/data/db';
import { ContactsScreen } from '../../src/features/contacts/components/contacts-screen';
import { openLogMeeting, useLogMeetingStore } from '../../src/stores/log-meeting-store';
import { renderWithRouter } from '../render';

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  useLogMeetingStore.setState({ open: false, preset: {}, session: 0 });
});

describe('a pasted LinkedIn link', () => {
  it('in the contact form name: the name is guessed from the slug, the link filled in, both saved', async () => {
    const { user } = renderWithRouter(<ContactsScreen />, { path: '/contacts', route: '/contacts' });
    await user.click(await screen.findByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    const name = within(dialog).getByLabelText('Name');
    await user.click(name);
    await user.paste('https://www.linkedin.com/in/ana-maria-reyes-12ab34/');
    expect(name).toHaveValue('Ana Maria Reyes');
    expect(name).toHaveAccessibleDescription(/Guessed from the LinkedIn link/);
    expect(within(dialog).getByLabelText('LinkedIn')).toHaveValue('https://www.linkedin.com/in/ana-maria-reyes-12ab34');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'IR attending');
    await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    await vi.waitFor(async () => expect(await db.contacts.count()).toBe(1));
    expect((await db.contacts.toArray())[0]).toMatchObject({ name: 'Ana Maria Reyes', linkedinUrl: 'https://www.linkedin.com/in/ana-maria-reyes-12ab34' });
  });

  it('in Log meeting’s people box: a new contact with the link, the name to check', async () => {
    const { user } = renderWithRouter(<GlobalActions />);
    act(() => openLogMeeting());
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
    const box = await within(dialog).findByRole('combobox', { name: 'Contacts' });
    await user.click(box);
    await user.paste('linkedin.com/in/omar-haddad');
    const fieldset = within(dialog).getByRole('group', { name: 'New contact' });
    expect(within(fieldset).getByLabelText('Name')).toHaveValue('Omar Haddad');
    expect(fieldset).toHaveTextContent('LinkedIn: https://www.linkedin.com/in/omar-haddad. The name was guessed from the link');
  });

  it('anything else pastes as text', async () => {
    const { user } = renderWithRouter(<ContactsScreen />, { path: '/contacts', route: '/contacts' });
    await user.click(await screen.findByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    const name = within(dialog).getByLabelText('Name');
    await user.click(name);
    await user.paste('Dr. Omar Haddad');
    expect(name).toHaveValue('Dr. Omar Haddad');
    expect(within(dialog).getByLabelText('LinkedIn')).toHaveValue('');
  });
});
