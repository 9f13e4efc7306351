/**
 * Several emails, phones, links and addresses per person: the contact page
 * shows every one with its label, and the form adds, removes and re-orders
 * them (the primary email is the one drafts use).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { db } from '../../../src/data/db';
import { createContact } from '../../../src/data/contacts';
import { ContactRoute } from '../../../src/app/routes/contact-route';
import { contactFields } from '../../factories';

function renderContactPage(contactId: string) {
  const router = createMemoryRouter([{ path: '/contacts/:contactId', element: <ContactRoute /> }], {
    initialEntries: [`/contacts/${contactId}`],
  });
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  return { user };
}

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

async function kamala() {
  return createContact(
    contactFields({
      name: 'Dr. Kamala Natarajan',
      emails: [
        { value: 'k.natarajan@lakeshore.example', label: 'work' },
        { value: 'kamala@example.org', label: 'home' },
      ],
      phones: [
        { value: '+1 555 010 0200', label: 'mobile' },
        { value: '+1 555 010 0201', label: 'work' },
      ],
      urls: [{ value: 'https://lakeshore.example/ir/natarajan', label: 'work' }],
      addresses: [{ street: '1200 Lakeshore Dr', city: 'Chicago', region: 'IL', postcode: '60611', country: 'USA', label: 'work' }],
      birthday: '--04-12',
    }),
  );
}

describe('contact points on the contact page', () => {
  it('shows every email, phone, link and address with its label, the primary email first', async () => {
    const contact = await kamala();
    expect(contact.email).toBe('k.natarajan@lakeshore.example');
    renderContactPage(contact.id);
    const reach = await screen.findByRole('region', { name: 'Reach' });
    const emails = within(reach).getAllByRole('link', { name: /@/ }).map((a) => a.textContent);
    expect(emails).toEqual(['k.natarajan@lakeshore.example', 'kamala@example.org']);
    expect(reach).toHaveTextContent('(work)');
    expect(reach).toHaveTextContent('used for drafts');
    expect(within(reach).getByRole('link', { name: '+1 555 010 0201' })).toHaveAttribute('href', 'tel:+15550100201');
    expect(reach).toHaveTextContent('1200 Lakeshore Dr, Chicago, IL 60611, USA');
    expect(within(reach).getByRole('link', { name: 'https://lakeshore.example/ir/natarajan' })).toBeInTheDocument();
    expect(reach).toHaveTextContent('Birthday');
  });

  it('the form makes the second email primary, adds a phone, removes a link, and keeps the rest', async () => {
    const contact = await kamala();
    const { user } = renderContactPage(contact.id);
    await user.click(await screen.findByRole('button', { name: 'Edit contact' }));
    const dialog = await screen.findByRole('dialog', { name: /Edit Dr. Kamala Natarajan/ });
    expect(within(dialog).getByLabelText('Email')).toHaveValue('k.natarajan@lakeshore.example');
    expect(within(dialog).getByLabelText('Email 2')).toHaveValue('kamala@example.org');

    await user.click(within(dialog).getAllByRole('button', { name: 'Make primary' })[0]);
    expect(within(dialog).getByLabelText('Email')).toHaveValue('kamala@example.org');
    expect(within(dialog).getByLabelText('Email 2')).toHaveValue('k.natarajan@lakeshore.example');

    await user.click(within(dialog).getByRole('button', { name: 'Add another phone' }));
    await user.type(within(dialog).getByLabelText('Phone 3'), '+1 555 010 0202');
    await user.type(within(dialog).getByLabelText('Label for phone 3'), 'pager');
    await user.click(within(dialog).getByRole('button', { name: 'Remove web link 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(async () => expect((await db.contacts.get(contact.id))?.email).toBe('kamala@example.org'));
    const saved = await db.contacts.get(contact.id);
    expect(saved?.emails).toEqual([
      { value: 'kamala@example.org', label: 'home' },
      { value: 'k.natarajan@lakeshore.example', label: 'work' },
    ]);
    expect(saved?.phones.map((p) => `${p.value} ${p.label}`)).toEqual(['+1 555 010 0200 mobile', '+1 555 010 0201 work', '+1 555 010 0202 pager']);
    expect(saved?.urls).toEqual([]);
    expect(saved?.addresses).toHaveLength(1);
    expect(saved?.birthday).toBe('--04-12');
  });

  it('shows an invalid second email next to its field and writes nothing', async () => {
    const contact = await kamala();
    const { user } = renderContactPage(contact.id);
    await user.click(await screen.findByRole('button', { name: 'Edit contact' }));
    const dialog = await screen.findByRole('dialog', { name: /Edit/ });
    const second = within(dialog).getByLabelText('Email 2');
    await user.clear(second);
    await user.type(second, 'kamala-at-home');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Email 2')).toHaveAccessibleDescription(/Enter a valid email address/));
    expect((await db.contacts.get(contact.id))?.emails[1].value).toBe('kamala@example.org');
  });
});
