import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../src/data/db';
import { createContact, removeContact } from '../../../src/data/contacts';
import { createInteraction } from '../../../src/data/interactions';
import { createProgram, removeProgram } from '../../../src/data/programs';
import { createReminder } from '../../../src/data/reminders';
import { renderContactPage } from './render-contact-page';
import { useToastStore } from '../../../src/stores/toast-store';
import { contactFields, interactionFields, programFields, reminderFields } from '../../factories';

/** Local-time instant, so the local calendar day is the same in every time zone. */
const at = (day: string, time = '15:00:00') => new Date(`${day}T${time}`).toISOString();


beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 20, 9, 0, 0));
  useToastStore.setState({ toasts: [] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function buildNetwork() {
  const aldercrest = await createProgram(programFields({ name: 'Aldercrest IR Residency' }));
  const closed = await createProgram(programFields({ name: 'Closed Program' }));
  const introducer = await createContact(contactFields({ name: 'Dr. Gone Introducer' }));
  const ana = await createContact(
    contactFields({
      name: 'Dr. Ana Ruiz',
      role: 'program-director',
      title: 'Program Director',
      institution: 'Aldercrest University',
      programIds: [aldercrest.id, closed.id],
      email: 'ana@aldercrest.example',
      phone: '+1 555 0100',
      linkedinUrl: 'https://www.linkedin.com/in/ana-ruiz',
      xUrl: 'https://x.com/anaruiz_ir',
      tags: ['PAD', 'Letter writer'],
      interests: ['interventional oncology'],
      howMet: 'introduction',
      introducedById: introducer.id,
      stage: 'mentor',
      mentorSignals: { suggestsOpportunities: true, offersIntroductions: true, givesCriticalFeedback: false },
      letterStatus: 'agreed',
      cadenceDays: 30,
      notes: 'Prefers email.\nLikes specific questions.',
    }),
  );
  const ben = await createContact(contactFields({ name: 'Ben Referred', introducedById: ana.id }));
  const colleague = await createContact(contactFields({ name: 'Cara Colleague' }));
  await createInteraction(
    interactionFields([ana.id], {
      occurredAt: at('2026-01-10'),
      kind: 'meeting',
      summary: 'First meeting about IR',
      commitments: [
        { id: 'k1', direction: 'promised', text: 'Send my CV', dueDate: '2026-03-01', done: false },
        { id: 'k2', direction: 'offered', text: 'Introduce me to the APD', dueDate: null, done: false },
      ],
    }),
  );
  await createInteraction(
    interactionFields([ana.id, colleague.id], {
      occurredAt: at('2026-03-10'),
      kind: 'conference-conversation',
      summary: 'Chat at the SIR meeting',
      programId: closed.id,
      learned: 'They value research continuity',
      nextStep: 'Email the abstract',
    }),
  );
  await createReminder(reminderFields({ contactId: ana.id, title: 'Thank Ana for the SIR chat', dueDate: '2026-03-13', latestDate: '2026-03-17' }));
  await createReminder(reminderFields({ contactId: ana.id, title: 'Old one', status: 'done', doneAt: at('2026-03-01') }));
  await removeContact(introducer.id);
  await removeContact(colleague.id);
  await removeProgram(closed.id);
  return { ana, ben, aldercrest };
}

describe('contact page', () => {
  it('shows every field, the links made safe, introductions both ways, reminders, commitments and the timeline', async () => {
    const { ana, ben, aldercrest } = await buildNetwork();
    renderContactPage(ana.id);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dr. Ana Ruiz' })).toBeInTheDocument();
    expect(screen.getByText('Program Director · Aldercrest University')).toBeInTheDocument();

    const reach = screen.getByRole('region', { name: 'Reach' });
    expect(within(reach).getByRole('link', { name: 'ana@aldercrest.example' })).toHaveAttribute('href', 'mailto:ana@aldercrest.example');
    expect(within(reach).getByRole('link', { name: '+1 555 0100' })).toHaveAttribute('href', 'tel:+15550100');
    expect(within(reach).getByRole('link', { name: 'LinkedIn profile' })).toHaveAttribute('href', 'https://www.linkedin.com/in/ana-ruiz');
    expect(within(reach).getByRole('link', { name: 'X profile' })).toHaveAttribute('href', 'https://x.com/anaruiz_ir');

    const touch = screen.getByRole('region', { name: 'Keeping in touch' });
    expect(touch).toHaveTextContent('Last touch10 Mar 2026 (10 days ago)');
    expect(touch).toHaveTextContent('Every 30 days next touch by 9 Apr 2026');

    const relationship = screen.getByRole('region', { name: 'Relationship' });
    expect(relationship).toHaveTextContent('Program director');
    expect(relationship).toHaveTextContent('Mentor');
    expect(relationship).toHaveTextContent('Introduction');
    // The introducer was deleted: shown plainly, not as a broken link.
    expect(relationship).toHaveTextContent('Introduced byRemoved contact');
    expect(within(relationship).getByRole('link', { name: 'Ben Referred' })).toHaveAttribute('href', `/contacts/${ben.id}`);
    expect(relationship).toHaveTextContent('Suggests opportunities: Yes');
    expect(relationship).toHaveTextContent('Offers introductions: Yes');
    expect(relationship).toHaveTextContent('Gives critical feedback: No');
    expect(relationship).toHaveTextContent('LetterLetter agreed');

    const programs = screen.getByRole('region', { name: 'Programs' });
    expect(within(programs).getByRole('link', { name: 'Aldercrest IR Residency' })).toHaveAttribute('href', `/programs/${aldercrest.id}`);
    expect(programs).toHaveTextContent('Removed program');

    const reminders = screen.getByRole('region', { name: 'Open reminders' });
    expect(reminders).toHaveTextContent('Thank Ana for the SIR chat');
    expect(reminders).toHaveTextContent('7 days overdue');
    expect(reminders).not.toHaveTextContent('Old one');

    const commitments = screen.getByRole('region', { name: 'Commitments' });
    expect(within(commitments).getByRole('region', { name: 'I promised' })).toHaveTextContent('Send my CV Overdue since 1 Mar 2026 · from 10 Jan 2026');
    expect(within(commitments).getByRole('region', { name: 'They offered' })).toHaveTextContent('Introduce me to the APD');

    const timeline = screen.getByRole('list', { name: 'Interactions, newest first' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual(['Chat at the SIR meeting', 'First meeting about IR']);
    expect(items[0]).toHaveTextContent('Also with: Removed contact');
    expect(items[0]).toHaveTextContent('Removed program');
    expect(items[0]).toHaveTextContent('Learned: They value research continuity');

    expect(screen.getByRole('region', { name: 'Tags and interests' })).toHaveTextContent('PADLetter writer');
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Prefers email. Likes specific questions.');
  });

  it('never turns a stored unsafe link into a clickable one', async () => {
    const contact = await createContact(contactFields({ name: 'Plain Person' }));
    // Written past the schema, as an old or imported row might be.
    await db.contacts.update(contact.id, { linkedinUrl: 'javascript:alert(1)' });
    renderContactPage(contact.id);
    const reach = await screen.findByRole('region', { name: 'Reach' });
    expect(within(reach).queryByRole('link')).not.toBeInTheDocument();
    expect(reach).toHaveTextContent('LinkedInNot recorded');
    expect(screen.getByRole('region', { name: 'Keeping in touch' })).toHaveTextContent('Never — no interaction logged');
  });

  it('says clearly when the contact does not exist', async () => {
    renderContactPage('no-such-contact');
    expect(await screen.findByRole('heading', { name: 'Contact not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to contacts' })).toHaveAttribute('href', '/contacts');
  });

  it('deletes after a confirm step, and Undo brings the contact back with its program links and reminders', async () => {
    const { ana, aldercrest } = await buildNetwork();
    const before = await db.contacts.get(ana.id);
    const remindersBefore = await db.reminders.where('contactId').equals(ana.id).sortBy('id');
    expect(remindersBefore).toHaveLength(2);
    const { user, router } = renderContactPage(ana.id);

    await user.click(await screen.findByRole('button', { name: 'Delete contact' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete Dr. Ana Ruiz?' });
    expect(confirm).toHaveTextContent('with 1 open reminder');
    // Focus starts on Cancel: Enter alone never deletes.
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Delete contact' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/contacts'));
    expect(await db.contacts.get(ana.id)).toBeUndefined();
    expect(await db.reminders.where('contactId').equals(ana.id).count()).toBe(0);
    const toast = await screen.findByText('Deleted Dr. Ana Ruiz.');
    await user.click(within(toast.closest('li') as HTMLElement).getByRole('button', { name: 'Undo' }));

    await waitFor(async () => expect(await db.contacts.get(ana.id)).toEqual(before));
    expect((await db.contacts.get(ana.id))?.programIds).toContain(aldercrest.id);
    expect(await db.reminders.where('contactId').equals(ana.id).sortBy('id')).toEqual(remindersBefore);
    expect(await db.trash.count()).toBe(3);
    expect(await screen.findByText('Restored Dr. Ana Ruiz.')).toBeInTheDocument();
  });

  it('edits the contact in a dialog and shows the change', async () => {
    const contact = await createContact(contactFields({ name: 'Li Chen', role: 'resident' }));
    const { user } = renderContactPage(contact.id);
    await user.click(await screen.findByRole('button', { name: 'Edit contact' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Li Chen' });
    await user.clear(within(dialog).getByLabelText('Title'));
    await user.type(within(dialog).getByLabelText('Title'), 'PGY-3, integrated IR');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/PGY-3, integrated IR/)).toBeInTheDocument();
  });
});
