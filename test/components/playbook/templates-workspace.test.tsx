import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithRouter } from '../../render';
import { TemplatesWorkspace } from '../../../src/features/playbook/components/templates-workspace';
import { createContact } from '../../../src/data/contacts';
import { createEvent } from '../../../src/data/events';
import { createInteraction } from '../../../src/data/interactions';
import { createReminder, getReminder } from '../../../src/data/reminders';
import { getSettings, saveProfile } from '../../../src/data/profile-settings';
import { db } from '../../../src/data/db';
import { contactFields, eventFields, interactionFields, reminderFields } from '../../factories';
import { templateById } from '../../../src/domain/playbook/templates';

async function seed() {
  await saveProfile({ name: 'Sam Rivera', school: 'Fictional State School of Medicine', interests: ['embolization'] });
  const contact = await createContact(
    contactFields({ name: 'Dr. José Núñez', email: 'jose.nunez@example.org', institution: 'Fictional University Hospital' }),
  );
  const noEmail = await createContact(contactFields({ name: 'Dr. Ana Silva', email: '' }));
  const event = await createEvent(eventFields({ name: 'SIR 2027', startDate: '2027-03-20', endDate: '2027-03-25' }));
  const talk = await createInteraction(
    interactionFields([contact.id], {
      kind: 'conference-conversation',
      eventId: event.id,
      occurredAt: '2027-03-22T15:00:00.000Z',
      summary: 'Talked about GAE outcomes.',
    }),
  );
  const reminder = await createReminder(
    reminderFields({
      title: 'Thank Dr. José Núñez after SIR 2027',
      kind: 'thank-you',
      contactId: contact.id,
      interactionId: talk.id,
      eventId: event.id,
      dueDate: '2027-03-25',
      latestDate: '2027-03-29',
    }),
  );
  return { contact, noEmail, event, talk, reminder };
}

function renderAt(search: string) {
  return renderWithRouter(<TemplatesWorkspace />, { path: '/templates', route: `/templates${search}` });
}

describe('Templates: the draft editor', () => {
  it('flags "I will rank you #1" inline, next to the message, with a plain explanation', async () => {
    const { contact } = await seed();
    const { user } = renderAt(`?template=post-conference-thank-you&contact=${contact.id}`);
    const message = await screen.findByRole('textbox', { name: 'Message' });
    expect(screen.queryByText('NRMP wording')).not.toBeInTheDocument();

    await user.click(message);
    await user.keyboard('{Control>}{End}{/Control}');
    await user.type(message, '\nI will rank you #1.');
    const warning = await screen.findByText('NRMP wording');
    const region = warning.closest('[role="status"]');
    expect(region).not.toBeNull();
    expect(region).toHaveTextContent('I will rank you #1');
    expect(region).toHaveTextContent('NRMP rules forbid giving ranking commitments');
    expect(message).toHaveAccessibleDescription(expect.stringContaining('This promises a place on your rank list'));
  });

  it('fills merge fields from the contact, event and last conversation, and builds an encoded mailto link', async () => {
    const { contact } = await seed();
    renderAt(`?template=post-conference-thank-you&contact=${contact.id}`);
    const subject = await screen.findByRole('textbox', { name: 'Subject' });
    const message = screen.getByRole('textbox', { name: 'Message' });
    expect(subject).toHaveValue('Thank you for our conversation at SIR 2027');
    expect((message as HTMLTextAreaElement).value).toMatch(/^Dear Dr\. Núñez,\n/);
    expect((message as HTMLTextAreaElement).value).toContain('spoke with you about GAE outcomes');

    const link = screen.getByRole('link', { name: 'Open in mail app' });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:jose.nunez@example.org?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Thank you for our conversation at SIR 2027');
    expect(url.searchParams.get('body')).toBe((message as HTMLTextAreaElement).value.replace(/\n/g, '\r\n'));
    expect(href).toContain('N%C3%BA%C3%B1ez');
    expect(href).toContain('%0D%0A');
  });

  it('marks merge fields it cannot fill, and keeps "Open in mail app" disabled with a reason when there is no email', async () => {
    const { noEmail } = await seed();
    const { user } = renderAt(`?template=post-conference-thank-you&contact=${noEmail.id}`);
    const placeholders = await screen.findByRole('list', { name: 'Placeholders left in the draft' });
    expect(within(placeholders).getByRole('button', { name: /\[where you met\]/ })).toBeInTheDocument();
    expect(within(placeholders).getByRole('button', { name: /\[topic you discussed\]/ })).toBeInTheDocument();
    expect(screen.getByText(/Not in your records yet: .*Topic you discussed last time/)).toBeInTheDocument();

    const open = screen.getByRole('button', { name: 'Open in mail app' });
    expect(open).toBeDisabled();
    expect(open).toHaveAccessibleDescription(/Dr\. Ana Silva has no email address yet/);

    // Filling a placeholder by hand takes it off the list.
    const message = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    await user.click(within(placeholders).getByRole('button', { name: /\[topic you discussed\]/ }));
    expect(message).toHaveFocus();
    expect(message.value.slice(message.selectionStart, message.selectionEnd)).toBe('[topic you discussed]');
    await user.keyboard('GAE outcomes');
    await waitFor(() =>
      expect(within(placeholders).queryByRole('button', { name: /\[topic you discussed\]/ })).not.toBeInTheDocument(),
    );
    expect(message.value).toContain('spoke with you about GAE outcomes');
  });

  it('keeps "Open in mail app" disabled while [event name] is left, and opens it once the gap is filled', async () => {
    const { contact } = await seed();
    const { user } = renderAt(`?template=pre-conference-chat&contact=${contact.id}`);
    const placeholders = await screen.findByRole('list', { name: 'Placeholders left in the draft' });
    expect(screen.getByText(/^Still to fill in: \d+ gaps?\./)).toBeInTheDocument();
    const open = screen.getByRole('button', { name: 'Open in mail app' });
    expect(open).toBeDisabled();
    expect(open).toHaveAccessibleDescription(/^Fill in or remove /);
    const message = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    const subject = screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement;
    // Fill every gap by hand: the event name in subject and body, and anything else left.
    for (const box of [subject, message]) {
      const filled = box.value.replace(/\[event name\]/g, 'SIR 2027').replace(/\[[^\]\n]+\]/g, 'a detail');
      await user.clear(box);
      await user.click(box);
      await user.paste(filled);
    }
    await waitFor(() => expect(placeholders).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(/^mailto:/);
  });

  it('asks for a contact before it can open the mail app', async () => {
    await seed();
    renderAt('?template=first-contact');
    const open = await screen.findByRole('button', { name: 'Open in mail app' });
    expect(open).toBeDisabled();
    expect(open).toHaveAccessibleDescription('Pick a contact to open this in your mail app.');
  });

  it('copies subject and body', async () => {
    const { contact } = await seed();
    const { user } = renderAt(`?template=mentor-progress-update&contact=${contact.id}`);
    await screen.findByRole('textbox', { name: 'Message' });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Subject: A quick update since we last spoke\n\nDear Dr\. Núñez,/);
  });
});

describe('Templates: answering a reminder', () => {
  it('preselects the thank-you, and after copying marks the reminder done and logs the email once confirmed', async () => {
    const { reminder, contact } = await seed();
    const { user } = renderAt(`?reminder=${reminder.id}`);
    expect(await screen.findByRole('radio', { name: /After a conference: thank-you/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue(contact.id);
    expect(screen.getByRole('region', { name: 'Answering a reminder' })).toHaveTextContent(reminder.title);
    expect(screen.queryByRole('button', { name: 'Mark reminder done and log the email' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    await user.click(await screen.findByRole('button', { name: 'Mark reminder done and log the email' }));
    const confirm = screen.getByRole('dialog', { name: 'Mark the reminder done?' });
    // Backing out writes nothing.
    await user.click(within(confirm).getByRole('button', { name: 'Not yet' }));
    expect((await getReminder(reminder.id))?.status).toBe('open');

    await user.click(screen.getByRole('button', { name: 'Mark reminder done and log the email' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Mark the reminder done?' })).getByRole('button', { name: 'Mark done and log email' }));
    await screen.findByText(/This reminder is already done/);
    expect((await getReminder(reminder.id))?.status).toBe('done');
    const emails = await db.interactions.where('kind').equals('email').toArray();
    expect(emails).toHaveLength(1);
    expect(emails[0].contactIds).toEqual([contact.id]);
  });

  it('says so when the reminder no longer exists, and still offers a draft', async () => {
    await seed();
    renderAt('?reminder=gone');
    expect(await screen.findByText(/That reminder no longer exists/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
  });
});

describe('Templates: editing a template', () => {
  it('saves an edit into settings, marks it edited, and resets to the default', async () => {
    const { contact } = await seed();
    const { user } = renderAt(`?template=first-contact&contact=${contact.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit template' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit template' });
    const subject = within(dialog).getByRole('textbox', { name: 'Subject' });
    await user.clear(subject);
    await user.type(subject, 'Hello from {{{{profile.name}}');
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Hello from Sam Rivera'));
    expect(screen.getByRole('radio', { name: /First contact/ }).closest('label')).toHaveTextContent('Edited');
    expect((await getSettings()).templates.map((t) => [t.id, t.subject])).toEqual([['first-contact', 'Hello from {{profile.name}}']]);

    await user.click(screen.getByRole('button', { name: 'Reset to default' }));
    await waitFor(async () => expect((await getSettings()).templates).toEqual([]));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue(templateById('first-contact').subject));
    expect(screen.queryByRole('button', { name: 'Reset to default' })).not.toBeInTheDocument();
  });

  it('warns about unknown merge fields and refuses an empty name, writing nothing', async () => {
    await seed();
    const { user } = renderAt('?template=first-contact');
    await user.click(await screen.findByRole('button', { name: 'Edit template' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit template' });
    const body = within(dialog).getByRole('textbox', { name: 'Message' });
    await user.type(body, ' {{{{contact.nickname}}');
    expect(within(dialog).getByText(/Unknown merge field: \{\{contact\.nickname\}\}/)).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    expect(await within(dialog).findByText('Give the template a name')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Give the template a name');
    expect((await getSettings()).templates).toEqual([]);
  });

  it('inserts a merge field at the cursor', async () => {
    await seed();
    const { user } = renderAt('?template=first-contact');
    await user.click(await screen.findByRole('button', { name: 'Edit template' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit template' });
    const body = within(dialog).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    await user.clear(body);
    await user.type(body, 'Hi ');
    await user.click(within(dialog).getByText('Merge fields you can insert'));
    await user.click(within(dialog).getByRole('button', { name: 'Insert Contact first name' }));
    expect(body.value).toBe('Hi {{contact.firstName}}');
  });
});
