/** The Log meeting dialog, opened from the top bar as a user would, on real Dexie over fake-indexeddb. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { GlobalActions } from '../../../src/app/global-actions';
import { Toasts } from '../../../src/components/toasts';
import { contactCommands } from '../../../src/data/contacts';
import { db } from '../../../src/data/db';
import * as logInteractionModule from '../../../src/data/log-interaction';
import type { Contact } from '../../../src/domain/entities';
import { useLogMeetingStore } from '../../../src/stores/log-meeting-store';
import { useToastStore } from '../../../src/stores/toast-store';
import { useUnsavedChangesStore } from '../../../src/stores/unsaved-changes-store';
import { reminderCommands } from '../../../src/data/reminders';
import { contactFields, reminderFields } from '../../factories';
import { renderWithRouter } from '../../render';

vi.mock('../../../src/data/log-interaction', async (importOriginal) => {
  const actual = await importOriginal<typeof logInteractionModule>();
  return { ...actual, logInteraction: vi.fn(actual.logInteraction) };
});

const NOW = new Date('2027-03-10T10:00:00');
// Saving runs real IndexedDB transactions; on a busy machine that can take more than the default second.
configure({ asyncUtilTimeout: 5000 });

function App() {
  return (
    <>
      <label>
        Somewhere else
        <input />
      </label>
      <GlobalActions />
      <Toasts />
    </>
  );
}

let amara: Contact;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  useLogMeetingStore.setState({ open: false, preset: {}, session: 0 });
  useToastStore.setState({ toasts: [] });
  amara = await contactCommands.create(contactFields({ name: 'Dr. Amara Drummond', role: 'program-director' }));
  await contactCommands.create(contactFields({ name: 'Ben Castellano', role: 'resident' }));
});
afterEach(() => {
  vi.useRealTimers();
});

async function openDialog() {
  const view = renderWithRouter(<App />);
  await view.user.click(screen.getByRole('button', { name: 'Log meeting' }));
  const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
  const contacts = await within(dialog).findByRole('combobox', { name: 'Contacts' });
  return { ...view, dialog, contacts };
}

describe('Log meeting dialog', () => {
  it('opens from the top bar with focus in the contact box, and the button names its shortcut', async () => {
    const { contacts } = await openDialog();
    await waitFor(() => expect(contacts).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Log meeting' })).toHaveAttribute('aria-keyshortcuts', 'L');
  });

  it('rejects a save with no contact, with a message next to the contact field, and writes nothing', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Talked about Y-90');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(contacts).toHaveAccessibleDescription(expect.stringMatching(/Add at least one contact/)));
    expect(contacts).toHaveAttribute('aria-invalid', 'true');
    expect(contacts).toHaveFocus();
    expect(screen.getByRole('dialog', { name: 'Log meeting' })).toBeInTheDocument();
    expect(await db.interactions.count()).toBe(0);
  });

  it('logs a meeting with a known contact by keyboard alone: type, Enter, Tab, type, Ctrl+Enter', async () => {
    const { user, contacts } = await openDialog();
    await waitFor(() => expect(contacts).toHaveFocus());
    await user.keyboard('Ama');
    expect(screen.getByRole('option', { name: /Dr\. Amara Drummond/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('list', { name: 'Chosen contacts' })).toHaveTextContent('Dr. Amara Drummond');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveFocus();
    await user.keyboard('Asked about the integrated IR years');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [interaction] = await db.interactions.toArray();
    expect(interaction).toMatchObject({
      kind: 'meeting',
      contactIds: [amara.id],
      summary: 'Asked about the integrated IR years',
      occurredAt: new Date('2027-03-10T10:00:00').toISOString(),
    });
    // A first meeting earns the progress follow-up 4 to 6 weeks later.
    const reminders = await db.reminders.where('interactionId').equals(interaction.id).toArray();
    expect(reminders.map((r) => [r.kind, r.dueDate, r.latestDate])).toEqual([['follow-up', '2027-04-07', '2027-04-21']]);
    expect(screen.getByRole('status')).toHaveTextContent('Logged meeting with Dr. Amara Drummond · 1 reminder');
  });

  it('proposes a thank-you and a later follow-up for a conference conversation with someone new; an unticked one is not written', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Conference conversation');
    const thankYou = await within(dialog).findByRole('checkbox', { name: 'Thank Dr. Amara Drummond' });
    expect(thankYou).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Send Dr. Amara Drummond an update after the thank-you' })).toBeChecked();
    expect(within(dialog).getByRole('region', { name: /Reminders to create/ })).toHaveTextContent(
      'Due Sat 13 Mar, latest Wed 17 Mar',
    );
    const advance = within(dialog).getByRole('checkbox', {
      name: 'Dr. Amara Drummond: stage Identified → Met; how you met: Conference',
    });
    expect(advance).toBeChecked();
    await user.click(thankYou);
    expect(thankYou).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.interactions.count()).toBe(1);
    expect((await db.reminders.toArray()).map((r) => [r.kind, r.dueDate])).toEqual([['follow-up', '2027-04-07']]);
    expect(await db.contacts.get(amara.id)).toMatchObject({ stage: 'met', howMet: 'conference' });
    expect(screen.getByRole('status')).toHaveTextContent('Logged conference conversation with Dr. Amara Drummond · 1 reminder');
  });

  it('says which reminder a follow-up replaces, and leaves one open update reminder', async () => {
    await contactCommands.update(amara.id, { stage: 'mentor' });
    await reminderCommands.create(
      reminderFields({ kind: 'keep-in-touch', contactId: amara.id, dueDate: '2027-04-12', latestDate: '2027-04-26', title: 'Send Dr. Amara Drummond an update' }),
    );
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    const followUp = await within(dialog).findByRole('checkbox', { name: 'Send Dr. Amara Drummond a progress update' });
    expect(followUp.closest('li')).toHaveTextContent('Replaces the keep-in-touch reminder due Mon 12 Apr.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const open = (await db.reminders.toArray()).filter((r) => r.status === 'open');
    expect(open.map((r) => r.kind)).toEqual(['follow-up']);
  });

  it('asks before saving patient identifiers: "Remove them" takes them out, "Save anyway" saves as typed', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    const notes = within(dialog).getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'Case: MRN 12345678, DOB 03/14/1962 in clinic');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const ask = await within(dialog).findByRole('alert');
    expect(ask).toHaveTextContent('This note looks like it holds patient identifiers: “MRN 12345678”, “DOB 03/14/1962”');
    expect(await db.interactions.count()).toBe(0);
    await user.click(within(ask).getByRole('button', { name: 'Remove them' }));
    expect(notes).toHaveValue('Case: in clinic');
    expect(await db.interactions.count()).toBe(0);

    await user.type(notes, ' MRN 87654321');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await db.interactions.toArray();
    expect(saved.notes).toBe('Case: in clinic MRN 87654321');
  });

  it('asks before saving patient identifiers in the summary, the next step or a commitment too, and "Remove them" cleans each', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    const summary = within(dialog).getByRole('textbox', { name: 'Summary' });
    await user.type(summary, 'Coffee, pt J.S.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Next step' }), 'Send the MRN 12 34 56 78 case');
    await user.click(within(dialog).getByRole('button', { name: '+ I promised…' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'What' }), 'Share dob:03041955 slides');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const ask = await within(dialog).findByRole('alert');
    expect(ask).toHaveTextContent('“pt J.S.”, “MRN 12 34 56 78”, “dob:03041955”');
    expect(await db.interactions.count()).toBe(0);
    await user.click(within(ask).getByRole('button', { name: 'Remove them' }));
    expect(summary).toHaveValue('Coffee');
    expect(within(dialog).getByRole('textbox', { name: 'Next step' })).toHaveValue('Send the case');
    expect(within(dialog).getByRole('textbox', { name: 'What' })).toHaveValue('Share slides');
  });

  it('says where the keep-in-touch reminder moves when no follow-up replaces it', async () => {
    await contactCommands.update(amara.id, { stage: 'mentor' });
    await reminderCommands.create(
      reminderFields({ kind: 'keep-in-touch', contactId: amara.id, dueDate: '2027-04-12', latestDate: '2027-04-26', title: 'Send Dr. Amara Drummond an update' }),
    );
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    const followUp = await within(dialog).findByRole('checkbox', { name: 'Send Dr. Amara Drummond a progress update' });
    expect(within(dialog).queryByRole('list', { name: 'Keep-in-touch reminders' })).not.toBeInTheDocument();
    await user.click(followUp);
    expect(await within(dialog).findByRole('list', { name: 'Keep-in-touch reminders' })).toHaveTextContent(
      'Keep in touch: the update reminder for Dr. Amara Drummond moves from Mon 12 Apr to Wed 21 Apr.',
    );
  });

  it('an unticked contact update is not written', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    const advance = await within(dialog).findByRole('checkbox', { name: 'Dr. Amara Drummond: stage Identified → Met' });
    await user.click(advance);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await db.contacts.get(amara.id))?.stage).toBe('identified');
  });

  it('asks before saving a meeting more than a year ahead, at the When field, and saves on the second try', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    const when = within(dialog).getByLabelText('When');
    await user.clear(when);
    await user.type(when, '2029-03-10T10:00');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(when).toHaveAccessibleDescription(/more than a year from now \(10 Mar 2029\)/));
    expect(await db.interactions.count()).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.interactions.count()).toBe(1);
  });

  it('writes an edited proposal with the new title and dates', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Poster visit');
    const edit = await within(dialog).findByRole('group', { name: 'Edit “Thank Dr. Amara Drummond”' });
    const title = within(edit).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Thank Dr. Drummond for the poster tips');
    const due = within(edit).getByLabelText('Due');
    await user.clear(due);
    await user.type(due, '2027-03-12');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const reminder = await db.reminders.where('kind').equals('thank-you').first();
    expect(reminder).toMatchObject({
      title: 'Thank Dr. Drummond for the poster tips',
      dueDate: '2027-03-12',
      latestDate: '2027-03-17',
      kind: 'thank-you',
      contactId: amara.id,
    });
  });

  it('refuses a proposal whose latest day is before its due day, naming the field', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Interview day');
    await within(dialog).findByRole('checkbox', { name: /Thank Dr\. Amara Drummond/ });
    const latest = within(dialog).getByLabelText('Latest');
    await user.clear(latest);
    await user.type(latest, '2027-03-05');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(latest).toHaveAccessibleDescription('The latest day cannot be before the due day'));
    expect(await db.interactions.count()).toBe(0);
  });

  it('keeps everything typed when the write fails, and shows the error', async () => {
    vi.mocked(logInteractionModule.logInteraction).mockRejectedValueOnce(new Error('The disk is full (simulated).'));
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'drum{Enter}');
    await user.type(within(dialog).getByRole('textbox', { name: 'Summary' }), 'PAE research chat');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Conference conversation');
    await user.type(within(dialog).getByRole('textbox', { name: 'Notes' }), 'Wants a one-page summary');
    await user.type(within(dialog).getByRole('textbox', { name: 'Next step' }), 'Email the summary');
    await user.click(within(dialog).getByRole('button', { name: '+ I promised…' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'What' }), 'Send the abstract');
    await within(dialog).findByRole('checkbox', { name: 'Thank Dr. Amara Drummond' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The disk is full (simulated).');
    expect(screen.getByRole('dialog', { name: 'Log meeting' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Chosen contacts' })).toHaveTextContent('Dr. Amara Drummond');
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('PAE research chat');
    expect(within(dialog).getByRole('combobox', { name: 'Kind' })).toHaveValue('conference-conversation');
    expect(within(dialog).getByRole('textbox', { name: 'Notes' })).toHaveValue('Wants a one-page summary');
    expect(within(dialog).getByRole('textbox', { name: 'Next step' })).toHaveValue('Email the summary');
    expect(within(dialog).getByRole('textbox', { name: 'What' })).toHaveValue('Send the abstract');
    expect(within(dialog).getByRole('checkbox', { name: 'Thank Dr. Amara Drummond' })).toBeChecked();
    expect(await db.interactions.count()).toBe(0);
    expect(useUnsavedChangesStore.getState().dirtyForms.size).toBe(1);

    // The second try goes through with what is still there.
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.interactions.count()).toBe(1);
    // The thank-you and the follow-up for someone new.
    expect(await db.reminders.count()).toBe(2);
  });

  it('saves once however often Save is pressed while the write is in flight, and saves after an error is fixed', async () => {
    let release: () => void = () => {};
    const actual = vi.mocked(logInteractionModule.logInteraction).getMockImplementation();
    vi.mocked(logInteractionModule.logInteraction).mockImplementationOnce(async (...args) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return actual!(...args);
    });
    const callsBefore = vi.mocked(logInteractionModule.logInteraction).mock.calls.length;
    const { user, dialog, contacts } = await openDialog();
    // First a refused save: the error shows beside the field.
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(contacts).toHaveAttribute('aria-invalid', 'true'));
    await user.type(contacts, 'drum{Enter}');
    await waitFor(() => expect(contacts).not.toHaveAttribute('aria-invalid'));
    await user.type(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Fellowship question');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const busy = await within(dialog).findByRole('button', { name: 'Saving…' });
    expect(busy).toBeDisabled();
    // The shortcut works from any field, so it is the way a second save could slip through.
    await user.click(within(dialog).getByRole('textbox', { name: 'Summary' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    release();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(vi.mocked(logInteractionModule.logInteraction).mock.calls.length - callsBefore).toBe(1);
    expect(await db.interactions.count()).toBe(1);
  });

  it('creates a new contact inline with just a name and a role, saved with the meeting', async () => {
    const { user, dialog, contacts } = await openDialog();
    await user.type(contacts, 'Dr. Nadia Okonkwo');
    await user.click(within(dialog).getByRole('option', { name: 'Create “Dr. Nadia Okonkwo”' }));
    const newContact = within(dialog).getByRole('group', { name: 'New contact' });
    const role = within(newContact).getByRole('combobox', { name: 'Role' });
    expect(role).toHaveFocus();
    await user.selectOptions(role, 'IR fellow');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('list', { name: 'Chosen contacts' })).toHaveTextContent('Dr. Nadia Okonkwo');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Conference conversation');
    await within(dialog).findByRole('checkbox', { name: 'Thank Dr. Nadia Okonkwo' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const created = await db.contacts.where('name').equals('Dr. Nadia Okonkwo').first();
    expect(created).toMatchObject({ role: 'ir-fellow' });
    const [interaction] = await db.interactions.toArray();
    expect(interaction.contactIds).toEqual([created?.id]);
    expect((await db.reminders.toArray()).map((r) => r.contactId)).toEqual([created?.id, created?.id]);
    expect(created).toMatchObject({ stage: 'met', howMet: 'conference' });
  });

  it('asks before discarding typed input on Escape, and closes at once when nothing was typed', async () => {
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByRole('textbox', { name: 'Summary' }), 'Half a thought');
    await user.keyboard('{Escape}');
    const confirm = within(dialog).getByRole('alertdialog', { name: /Discard this meeting\?/ });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByRole('textbox', { name: 'Summary' })).toHaveValue('Half a thought');
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Log meeting' }));
    const fresh = await screen.findByRole('dialog', { name: 'Log meeting' });
    expect(within(fresh).getByRole('textbox', { name: 'Summary' })).toHaveValue('');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('the L shortcut', () => {
  it('opens the dialog from the page, but not while typing in a field', async () => {
    const { user } = renderWithRouter(<App />);
    const elsewhere = screen.getByRole('textbox', { name: 'Somewhere else' });
    await user.click(elsewhere);
    await user.keyboard('l');
    expect(elsewhere).toHaveValue('l');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.keyboard('{Control>}l{/Control}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    elsewhere.blur();
    await user.keyboard('l');
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
    // Typing an L inside the dialog writes the letter; it does not open a second dialog.
    const summary = within(dialog).getByRole('textbox', { name: 'Summary' });
    await user.click(summary);
    await user.keyboard('Lunch with the fellows');
    expect(summary).toHaveValue('Lunch with the fellows');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });
});
