/**
 * Every free-text field of the record forms warns, as the user types, about
 * text that looks like patient data, and stays quiet on ordinary networking
 * text. Each case opens a form, types into one field and reads the field's
 * accessible description, as a screen reader would hear it.
 */
import type { ReactElement } from 'react';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GlobalActions } from '../../src/app/global-actions';
import { reminderCommands } from '../../src/data/reminders';
import { MESSAGE_TEMPLATES } from '../../src/domain/playbook/templates';
import { ContactFormDialog } from '../../src/features/contacts/forms/contact-form-dialog';
import { EventFormDialog } from '../../src/features/events/forms/event-form-dialog';
import { TemplateEditorDialog } from '../../src/features/playbook/forms/template-editor-dialog';
import { ProgramFormDialog } from '../../src/features/programs/forms/program-form-dialog';
import { ReminderEditDialog } from '../../src/features/reminders/forms/reminder-edit-dialog';
import { reminderFields } from '../factories';
import { renderWithRouter } from '../render';

configure({ asyncUtilTimeout: 5000 });

const PROBE = 'pt J.S. MRN 12 34 56 78';
const ORDINARY = 'SIR 2026 booth 12, PGY-2';
const noop = () => {};

type Opener = () => Promise<{ dialog: HTMLElement; user: ReturnType<typeof renderWithRouter>['user'] }>;

function opener(ui: () => ReactElement | Promise<ReactElement>, dialogName: string, prepare?: (dialog: HTMLElement, user: ReturnType<typeof renderWithRouter>['user']) => Promise<void>): Opener {
  return async () => {
    const { user } = renderWithRouter(await ui());
    const dialog = await screen.findByRole('dialog', { name: dialogName });
    if (prepare) await prepare(dialog, user);
    return { dialog, user };
  };
}

const contactForm = opener(() => <ContactFormDialog onClose={noop} onSaved={noop} />, 'New contact');
const programForm = opener(() => <ProgramFormDialog onClose={noop} onSaved={noop} />, 'New program');
const eventForm = opener(() => <EventFormDialog contacts={[]} onClose={noop} />, 'New event');
const templateForm = opener(() => <TemplateEditorDialog template={MESSAGE_TEMPLATES[0]} onClose={noop} />, 'Edit template');
const reminderForm = opener(async () => <ReminderEditDialog reminder={await reminderCommands.create(reminderFields({ title: 'Send CV' }))} onClose={noop} />, 'Edit reminder');

async function openMeeting() {
  const { user } = renderWithRouter(<GlobalActions />);
  await user.click(screen.getByRole('button', { name: 'Log meeting' }));
  const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
  await within(dialog).findByRole('combobox', { name: 'Contacts' });
  return { dialog, user };
}

/** [form, the field's label, how to open the form] */
const FIELDS: [string, string, Opener][] = [
  ['contact', 'Title', contactForm],
  ['contact', 'Institution', contactForm],
  ['contact', 'Notes', contactForm],
  ['program', 'Program name', programForm],
  ['program', 'Institution', programForm],
  ['program', 'Notes on case mix', programForm],
  ['program', 'Notes on culture', programForm],
  ['program', 'Notes on research', programForm],
  ['program', 'Notes on call', programForm],
  ['program', 'Other notes', programForm],
  ['event', 'Name', eventForm],
  ['event', 'Place', eventForm],
  ['event', 'Add a session', eventForm],
  ['event', 'Notes', eventForm],
  ['reminder', 'Title', reminderForm],
  ['reminder', 'Reason', reminderForm],
  ['template', 'Name', templateForm],
  ['template', 'When to send it', templateForm],
  ['template', 'Subject', templateForm],
  ['meeting', 'Summary', openMeeting],
  ['meeting', 'Notes', openMeeting],
  ['meeting', 'What I learned', openMeeting],
  ['meeting', 'Next step', openMeeting],
];

describe('free-text form fields check for patient data', () => {
  it.each(FIELDS)('%s form: %s', async (_form, label, open) => {
    const { dialog, user } = await open();
    const field = within(dialog).getByLabelText(label);
    await user.clear(field);
    await user.type(field, ORDINARY);
    expect(field).not.toHaveAccessibleDescription(/Possible patient data/);
    await user.clear(field);
    await user.type(field, PROBE);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Possible patient data.*MRN 12 34 56 78/));
  });

  it('meeting form: each commitment', async () => {
    const { dialog, user } = await openMeeting();
    await user.click(within(dialog).getByRole('button', { name: '+ I promised…' }));
    const what = within(dialog).getByLabelText('What');
    await user.type(what, 'send my CV to DOB 4th of March 1955');
    await waitFor(() => expect(what).toHaveAccessibleDescription(/Possible patient data.*DOB 4th of March 1955/));
  });

  it('contact form: an address street', async () => {
    const { dialog, user } = await contactForm();
    await user.click(within(dialog).getByRole('button', { name: 'Add an address' }));
    const street = within(dialog).getByLabelText('Street');
    await user.type(street, '12 Main St');
    expect(street).not.toHaveAccessibleDescription(/Possible patient data/);
    await user.type(street, ', pt J.S.');
    await waitFor(() => expect(street).toHaveAccessibleDescription(/Possible patient data.*pt J\.S\./));
  });

  it('contact form: tags', async () => {
    const { dialog, user } = await contactForm();
    const tags = within(dialog).getByLabelText('Tags');
    await user.type(tags, 'MRN 1234567{Enter}');
    await waitFor(() => expect(tags).toHaveAccessibleDescription(/Possible patient data.*MRN 1234567/));
  });
});
