import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../src/data/db';
import { createContact } from '../../../src/data/contacts';
import { createProgram } from '../../../src/data/programs';
import { ContactsScreen } from '../../../src/features/contacts/components/contacts-screen';
import { ContactFormDialog } from '../../../src/features/contacts/forms/contact-form-dialog';
import { renderWithRouter } from '../../render';
import { contactFields, programFields } from '../../factories';

beforeEach(() => {
  // jsdom has no scrolling; the virtualized list asks for it on mount.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

async function openNewContactForm() {
  const rendered = renderWithRouter(<ContactsScreen />, { path: '/contacts', route: '/contacts' });
  await rendered.user.click(await screen.findByRole('button', { name: 'New contact' }));
  const dialog = await screen.findByRole('dialog', { name: 'New contact' });
  return { ...rendered, dialog };
}

describe('contact form: bad input', () => {
  it('shows a message next to an empty name and a missing role, and writes nothing', async () => {
    const { user, dialog } = await openNewContactForm();
    await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    const name = await within(dialog).findByLabelText('Name');
    await waitFor(() => expect(name).toHaveAccessibleDescription('Enter a name'));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Role')).toHaveAccessibleDescription('Pick a role');
    expect(await db.contacts.count()).toBe(0);
    expect(screen.getByRole('dialog', { name: 'New contact' })).toBeInTheDocument();
  });

  it('refuses a name of only zero-width characters, and adds https:// to a typed web address', async () => {
    const { user, dialog } = await openNewContactForm();
    await user.type(within(dialog).getByLabelText('Name'), '\u200b\u200d');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'IR attending');
    await user.type(within(dialog).getByLabelText('LinkedIn'), 'linkedin.com/in/ana-ruiz');
    await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    const name = within(dialog).getByLabelText('Name');
    await waitFor(() => expect(name).toHaveAccessibleDescription('Enter a name (this one holds only invisible characters)'));
    expect(await db.contacts.count()).toBe(0);
    await user.clear(name);
    await user.type(name, 'Dr. Ana Ruiz');
    await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => expect(await db.contacts.count()).toBe(1));
    expect((await db.contacts.toArray())[0].linkedinUrl).toBe('https://linkedin.com/in/ana-ruiz');
  });

  it('refuses an invalid email with a message next to the field, and writes nothing', async () => {
    const { user, dialog } = await openNewContactForm();
    await user.type(within(dialog).getByLabelText('Name'), 'Dr. Ana Ruiz');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'IR attending');
    await user.type(within(dialog).getByLabelText('Email'), 'ana-at-aldercrest');
    await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    const email = within(dialog).getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Enter a valid email address/));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    expect(await db.contacts.count()).toBe(0);
  });

  it.each(['LinkedIn', 'X (Twitter)'])('refuses a javascript: link in %s with a field message, and writes nothing', async (label) => {
    const { user, dialog } = await openNewContactForm();
    await user.type(within(dialog).getByLabelText('Name'), 'Dr. Ana Ruiz');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'IR attending');
    await user.type(within(dialog).getByLabelText(label), 'javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    const link = within(dialog).getByLabelText(label);
    await waitFor(() => expect(link).toHaveAccessibleDescription(/Enter a web address starting with https:\/\//));
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('contact form: saving', () => {
  it('saves every kind of field: pickers, programs, tags from existing ones, introducer, links, signals, cadence', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR Residency' }));
    await createProgram(programFields({ name: 'Bramblewood IR' }));
    const mentor = await createContact(contactFields({ name: 'Dr. Mentor Mendez', tags: ['Letter writer', 'PAD'] }));
    const { user, dialog, router } = await openNewContactForm();

    await user.type(within(dialog).getByLabelText('Name'), 'Dr. Ana Ruiz');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'Program director');
    await user.type(within(dialog).getByLabelText('Institution'), 'Aldercrest University');
    await user.type(within(dialog).getByLabelText('Email'), 'ana@aldercrest.example');
    await user.type(within(dialog).getByLabelText('Phone'), '+1 (555) 010-0100');
    await user.type(within(dialog).getByLabelText('LinkedIn'), 'https://www.linkedin.com/in/ana-ruiz');
    await user.selectOptions(within(dialog).getByLabelText('Relationship stage'), 'Met');
    await user.selectOptions(within(dialog).getByLabelText('How you met'), 'Conference');
    await user.click(await within(dialog).findByRole('checkbox', { name: /Aldercrest IR Residency/ }));

    // Tags suggest the ones already in use.
    const tags = within(dialog).getByLabelText('Tags');
    const suggestions = [...document.querySelectorAll(`#${CSS.escape(tags.getAttribute('list') ?? '')} option`)].map((o) =>
      o.getAttribute('value'),
    );
    expect(suggestions).toEqual(['Letter writer', 'PAD']);
    await user.type(tags, 'pad{Enter}embolization,');
    expect(within(dialog).getByRole('list', { name: 'Chosen tags' })).toHaveTextContent(/PAD.*embolization/);

    const introducer = within(dialog).getByRole('combobox', { name: 'Introduced by' });
    await user.type(introducer, 'mendez');
    await user.click(await within(dialog).findByRole('option', { name: /Dr. Mentor Mendez/ }));
    expect(introducer).toHaveValue('Dr. Mentor Mendez');

    await user.type(within(dialog).getByLabelText('Keep in touch every (days)'), '42');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Offers introductions' }));
    await user.selectOptions(within(dialog).getByLabelText('Letter of recommendation'), 'Letter asked');
    await user.type(within(dialog).getByLabelText('Notes'), 'Runs the journal club.');
    await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/contacts\/.+/));
    const saved = await db.contacts.where('name').equals('Dr. Ana Ruiz').first();
    expect(saved).toMatchObject({
      role: 'program-director',
      institution: 'Aldercrest University',
      email: 'ana@aldercrest.example',
      phone: '+1 (555) 010-0100',
      linkedinUrl: 'https://www.linkedin.com/in/ana-ruiz',
      stage: 'met',
      howMet: 'conference',
      programIds: [program.id],
      tags: ['PAD', 'embolization'],
      introducedById: mentor.id,
      cadenceDays: 42,
      mentorSignals: { suggestsOpportunities: false, offersIntroductions: true, givesCriticalFeedback: false },
      letterStatus: 'asked',
      notes: 'Runs the journal club.',
      lastTouchAt: null,
    });
    expect(router.state.location.pathname).toBe(`/contacts/${saved?.id}`);
  });

  it('keeps what the user typed and shows the error when the write fails', async () => {
    const failWrites = () => {
      throw new Error('The disk is full');
    };
    db.contacts.hook('creating', failWrites);
    try {
      const { user, dialog } = await openNewContactForm();
      await user.type(within(dialog).getByLabelText('Name'), 'Dr. Ana Ruiz');
      await user.selectOptions(within(dialog).getByLabelText('Role'), 'IR attending');
      await user.type(within(dialog).getByLabelText('Notes'), 'Long notes I do not want to lose.');
      await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));

      expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Could not save: .*disk is full.*still here/);
      expect(within(dialog).getByLabelText('Name')).toHaveValue('Dr. Ana Ruiz');
      expect(within(dialog).getByLabelText('Notes')).toHaveValue('Long notes I do not want to lose.');
      expect(await db.contacts.count()).toBe(0);

      // Once the problem is gone, the same entry saves.
      db.contacts.hook('creating').unsubscribe(failWrites);
      await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));
      await waitFor(async () => expect(await db.contacts.count()).toBe(1));
    } finally {
      db.contacts.hook('creating').unsubscribe(failWrites);
    }
  });

  it('warns, next to the notes, about what looks like patient data', async () => {
    const { user, dialog } = await openNewContactForm();
    const notes = within(dialog).getByLabelText('Notes');
    await user.type(notes, 'Talked about the case from MRN 1234567');
    await waitFor(() => expect(notes).toHaveAccessibleDescription(/Possible patient data/));
    expect(notes).toHaveAccessibleDescription(/No patient details here/);
  });

  it('edits an existing contact without touching its derived last touch', async () => {
    const existing = await createContact(contactFields({ name: 'Li Chen', role: 'resident', tags: ['venous'] }));
    await db.contacts.update(existing.id, { lastTouchAt: '2026-03-01T10:00:00.000Z' });
    const onSaved = vi.fn();
    const { user } = renderWithRouter(<ContactFormDialog contact={{ ...existing, lastTouchAt: '2026-03-01T10:00:00.000Z' }} onClose={() => {}} onSaved={onSaved} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit Li Chen' });
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Li Chen');
    await user.selectOptions(within(dialog).getByLabelText('Relationship stage'), 'Engaged');
    await user.click(within(dialog).getByRole('button', { name: 'Remove tag venous' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(await db.contacts.get(existing.id)).toMatchObject({ stage: 'engaged', tags: [], lastTouchAt: '2026-03-01T10:00:00.000Z' });
  });
});

describe('contact form: likely duplicates', () => {
  it('points out a contact with the same email before saving, and saves a second one only when asked', async () => {
    const existing = await createContact(contactFields({ name: 'Dr. Ana Ruiz', email: 'ana@aldercrest.example', institution: 'Aldercrest' }));
    const { user, dialog } = await openNewContactForm();
    await user.type(within(dialog).getByLabelText('Name'), 'A. Ruiz');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'IR attending');
    await user.type(within(dialog).getByLabelText('Email'), 'ANA@Aldercrest.example');

    const notice = await within(dialog).findByRole('region', { name: 'Possible duplicate' });
    expect(notice).toHaveTextContent('Dr. Ana Ruiz (Aldercrest) — same email address');
    expect(within(notice).getByRole('button', { name: 'Open Dr. Ana Ruiz' })).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'Merge into Dr. Ana Ruiz' })).toBeInTheDocument();

    // Saving is held back until the user decides.
    await user.click(within(dialog).getByRole('button', { name: 'Save contact' }));
    const saveAnyway = await within(notice).findByRole('button', { name: 'Save as a new contact' });
    expect(await db.contacts.count()).toBe(1);
    await user.click(saveAnyway);
    await waitFor(async () => expect(await db.contacts.count()).toBe(2));
    expect((await db.contacts.get(existing.id))?.name).toBe('Dr. Ana Ruiz');
  });

  it('points out the same name at the same institution, and merges into it', async () => {
    const existing = await createContact(
      contactFields({ name: 'Dr. Ana Ruiz', institution: 'Aldercrest University', tags: ['PAD'], phone: '' }),
    );
    const { user, dialog, router } = await openNewContactForm();
    await user.type(within(dialog).getByLabelText('Name'), 'ana ruiz, MD');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'IR attending');
    await user.type(within(dialog).getByLabelText('Institution'), 'aldercrest university');
    await user.type(within(dialog).getByLabelText('Phone'), '555 0100');
    await user.type(within(dialog).getByLabelText('Tags'), 'venous{Enter}');

    const notice = await within(dialog).findByRole('region', { name: 'Possible duplicate' });
    expect(notice).toHaveTextContent('same name at the same institution');
    await user.click(within(notice).getByRole('button', { name: 'Merge into Dr. Ana Ruiz' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${existing.id}`));
    expect(await db.contacts.count()).toBe(1);
    expect(await db.contacts.get(existing.id)).toMatchObject({ phone: '555 0100', tags: ['PAD', 'venous'], institution: 'aldercrest university' });
  });

  it('opens the existing contact instead', async () => {
    const existing = await createContact(contactFields({ name: 'Ben Okafor', email: 'ben@x.example' }));
    const { user, dialog, router } = await openNewContactForm();
    await user.type(within(dialog).getByLabelText('Email'), 'ben@x.example');
    const notice = await within(dialog).findByRole('region', { name: 'Possible duplicate' });
    await user.click(within(notice).getByRole('button', { name: 'Open Ben Okafor' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${existing.id}`));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.contacts.count()).toBe(1);
  });
});
