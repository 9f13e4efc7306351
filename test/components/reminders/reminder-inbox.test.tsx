/** The Reminders inbox on real Dexie over fake-indexeddb: groups, one-click actions, undo, edit and .ics export. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { RemindersRoute } from '../../../src/app/routes/reminders-route';
import { Toasts } from '../../../src/components/toasts';
import { contactCommands } from '../../../src/data/contacts';
import { db } from '../../../src/data/db';
import { reminderCommands } from '../../../src/data/reminders';
import type { Contact, Reminder, ReminderFields } from '../../../src/domain/entities';
import { useToastStore } from '../../../src/stores/toast-store';
import { contactFields, reminderFields } from '../../factories';
import { renderWithRouter } from '../../render';

configure({ asyncUtilTimeout: 5000 });

/** Wednesday 10 March 2027, mid-morning. */
const NOW = new Date('2027-03-10T10:00:00');

let lee: Contact;
let overdue: Reminder;
let dueToday: Reminder;
let nextWeek: Reminder;
let later: Reminder;
let snoozed: Reminder;

const add = (fields: Partial<ReminderFields>) => reminderCommands.create(reminderFields({ contactId: lee.id, ...fields }));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  useToastStore.setState({ toasts: [] });
  lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
  overdue = await add({ title: 'Thank Dr. Ana Lee after SIR', kind: 'thank-you', dueDate: '2027-03-01', latestDate: '2027-03-05', reason: 'Talked about Y-90.' });
  dueToday = await add({ title: 'Send Dr. Ana Lee a progress update', kind: 'follow-up', dueDate: '2027-03-08', latestDate: '2027-03-12' });
  nextWeek = await add({ title: 'Deliver the abstract', kind: 'commitment', dueDate: '2027-03-15', latestDate: '2027-03-15' });
  later = await add({ title: 'Plan the away rotation ask', kind: 'custom', contactId: null, dueDate: '2027-04-20', latestDate: '2027-04-20' });
  snoozed = await add({ title: 'Ask about the case log', kind: 'custom', dueDate: '2027-03-01', latestDate: '2027-03-03', status: 'snoozed', snoozedUntil: '2027-03-12' });
  await add({ title: 'Already done', status: 'done', doneAt: NOW.toISOString() });
});
afterEach(() => {
  vi.useRealTimers();
});

function renderInbox() {
  const view = renderWithRouter(
    <>
      <RemindersRoute />
      <Toasts />
    </>,
  );
  return view;
}

const group = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const row = (title: string) => screen.getByRole('article', { name: title });
const titlesIn = (name: string) => within(group(name)).queryAllByRole('article').map((a) => within(a).getByRole('heading').textContent);

describe('Reminders inbox', () => {
  it('groups open reminders by what they hold: overdue, in their window, due today, next 7 days and later', async () => {
    await add({ title: 'Call the coordinator', kind: 'custom', dueDate: '2027-03-10', latestDate: '2027-03-11' });
    renderInbox();
    await screen.findByRole('heading', { name: 'Reminders', level: 1 });
    await screen.findByRole('article', { name: 'Thank Dr. Ana Lee after SIR' });
    expect(titlesIn('Overdue')).toEqual(['Thank Dr. Ana Lee after SIR']);
    expect(titlesIn('In their window')).toEqual(['Send Dr. Ana Lee a progress update']);
    expect(titlesIn('Due today')).toEqual(['Call the coordinator']);
    expect(titlesIn('Coming up in the next 7 days')).toEqual(['Ask about the case log', 'Deliver the abstract']);
    expect(titlesIn('Later')).toEqual(['Plan the away rotation ask']);
    expect(screen.queryByText('Already done')).not.toBeInTheDocument();

    const thanks = row('Thank Dr. Ana Lee after SIR');
    expect(within(thanks).getByText('Due Mon 1 Mar, latest Fri 5 Mar')).toBeInTheDocument();
    expect(within(thanks).getByText('Talked about Y-90.')).toBeInTheDocument();
    expect(within(thanks).getByRole('link', { name: 'Dr. Ana Lee' })).toHaveAttribute('href', `/contacts/${lee.id}`);
    expect(within(thanks).getByRole('link', { name: 'Open contact' })).toHaveAttribute('href', `/contacts/${lee.id}`);
    expect(within(thanks).getByRole('link', { name: 'Draft message' })).toHaveAttribute('href', `/templates?reminder=${overdue.id}`);
    expect(within(row('Ask about the case log')).getByText('Snoozed until Fri 12 Mar')).toBeInTheDocument();
    expect(within(row('Send Dr. Ana Lee a progress update')).getByText('Due Mon 8 Mar, latest Fri 12 Mar')).toBeInTheDocument();
  });

  it('renders a long group 50 rows at a time, with a button for the next page', async () => {
    await db.reminders.bulkAdd(
      Array.from({ length: 54 }, (_, i) => ({
        ...overdue,
        id: `bulk-${String(i).padStart(3, '0')}`,
        title: `Bulk overdue ${i}`,
        dueDate: '2027-02-01',
        latestDate: '2027-02-02',
      })),
    );
    const { user } = renderWithRouter(<RemindersRoute />);
    const group = await screen.findByRole('region', { name: /^Overdue/ });
    await waitFor(() => expect(within(group).getAllByRole('article')).toHaveLength(50));
    expect(within(group).getByText('55', { selector: '.group-count' })).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: 'Show 5 more (5 not shown)' }));
    expect(within(group).getAllByRole('article')).toHaveLength(55);
    expect(within(group).queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });

  it('shows an empty state for a group with nothing in it, and for no reminders at all', async () => {
    await db.reminders.bulkDelete([dueToday.id, nextWeek.id, snoozed.id]);
    const view = renderInbox();
    await screen.findByRole('article', { name: 'Thank Dr. Ana Lee after SIR' });
    expect(group('Due today')).toHaveTextContent('Nothing due today.');
    expect(group('In their window')).toHaveTextContent('Nothing that was due earlier is still waiting.');
    expect(group('Coming up in the next 7 days')).toHaveTextContent('Nothing due in the next 7 days.');
    await db.reminders.clear();
    expect(await screen.findByRole('heading', { name: 'No open reminders' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log meeting' })).toBeInTheDocument();
    view.unmount();
  });

  it('marks a thank-you done and logs the email in one step, and Undo takes both back', async () => {
    const { user } = renderInbox();
    const thanks = await screen.findByRole('article', { name: 'Thank Dr. Ana Lee after SIR' });
    await user.click(within(thanks).getByRole('button', { name: 'Done' }));
    const offer = within(thanks).getByRole('group', { name: 'Mark done' });
    expect(offer).toHaveTextContent('Also log the email you sent to Dr. Ana Lee?');
    await user.click(within(offer).getByRole('button', { name: 'Done and log the email' }));

    await waitFor(async () => expect((await db.reminders.get(overdue.id))?.status).toBe('done'));
    const [email] = await db.interactions.toArray();
    expect(email).toMatchObject({ kind: 'email', contactIds: [lee.id], occurredAt: NOW.toISOString() });
    expect((await db.contacts.get(lee.id))?.lastTouchAt).toBe(NOW.toISOString());
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Thank Dr. Ana Lee after SIR' })).not.toBeInTheDocument());

    const toast = screen.getByRole('status');
    expect(toast).toHaveTextContent('Done, and the email to Dr. Ana Lee is logged');
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.reminders.get(overdue.id))?.status).toBe('open'));
    expect(await db.interactions.count()).toBe(0);
    expect((await db.contacts.get(lee.id))?.lastTouchAt).toBeNull();
    expect(await screen.findByRole('article', { name: 'Thank Dr. Ana Lee after SIR' })).toBeInTheDocument();
  });

  it('“Just mark done” completes without logging anything; a reminder with no message is done in one click', async () => {
    const { user } = renderInbox();
    const update = await screen.findByRole('article', { name: 'Send Dr. Ana Lee a progress update' });
    await user.click(within(update).getByRole('button', { name: 'Done' }));
    await user.click(within(update).getByRole('button', { name: 'Just mark done' }));
    await waitFor(async () => expect((await db.reminders.get(dueToday.id))?.status).toBe('done'));
    expect(await db.interactions.count()).toBe(0);

    await user.click(within(row('Deliver the abstract')).getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect((await db.reminders.get(nextWeek.id))).toMatchObject({ status: 'done', doneAt: NOW.toISOString() }));
    const undoButtons = within(screen.getByRole('status')).getAllByRole('button', { name: 'Undo' });
    await user.click(undoButtons[undoButtons.length - 1]);
    await waitFor(async () => expect((await db.reminders.get(nextWeek.id))).toMatchObject({ status: 'open', doneAt: null }));
  });

  it('snoozes by a preset or to a picked day (never before the earliest allowed), and Undo reopens it', async () => {
    const { user } = renderInbox();
    const update = await screen.findByRole('article', { name: 'Send Dr. Ana Lee a progress update' });
    await user.click(within(update).getByRole('button', { name: /^Snooze/ }));
    const options = within(update).getByRole('group', { name: 'Snooze until' });
    await user.click(within(options).getByRole('button', { name: /^3 days/ }));
    await waitFor(async () => expect(await db.reminders.get(dueToday.id)).toMatchObject({ status: 'snoozed', snoozedUntil: '2027-03-13' }));
    await waitFor(() => expect(titlesIn('Coming up in the next 7 days')).toContain('Send Dr. Ana Lee a progress update'));
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.reminders.get(dueToday.id)).toMatchObject({ status: 'open', snoozedUntil: null }));

    const abstract = row('Deliver the abstract');
    await user.click(within(abstract).getByRole('button', { name: /^Snooze/ }));
    const picker = within(abstract).getByLabelText('Pick a date');
    expect(picker).toHaveAttribute('min', '2027-03-15');
    await user.clear(picker);
    await user.type(picker, '2027-03-12');
    await user.click(within(abstract).getByRole('button', { name: 'Snooze to this day' }));
    expect(within(abstract).getByRole('alert')).toHaveTextContent('Pick Mon 15 Mar or later.');
    expect((await db.reminders.get(nextWeek.id))?.status).toBe('open');
    await user.clear(picker);
    await user.type(picker, '2027-03-22');
    await user.click(within(abstract).getByRole('button', { name: 'Snooze to this day' }));
    await waitFor(async () => expect(await db.reminders.get(nextWeek.id)).toMatchObject({ status: 'snoozed', snoozedUntil: '2027-03-22' }));
    await waitFor(() => expect(titlesIn('Later')).toContain('Deliver the abstract'));
  });

  it('dismisses a reminder, and Undo brings it back', async () => {
    const { user } = renderInbox();
    const ask = await screen.findByRole('article', { name: 'Plan the away rotation ask' });
    await user.click(within(ask).getByRole('button', { name: 'Dismiss' }));
    await waitFor(async () => expect((await db.reminders.get(later.id))?.status).toBe('dismissed'));
    await waitFor(() => expect(group('Later')).toHaveTextContent('Nothing planned further out.'));
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.reminders.get(later.id))?.status).toBe('open'));
    expect(await screen.findByRole('article', { name: 'Plan the away rotation ask' })).toBeInTheDocument();
  });

  it('edits title, reason and window, refusing a latest day before the due day', async () => {
    const { user } = renderInbox();
    const ask = await screen.findByRole('article', { name: 'Plan the away rotation ask' });
    await user.click(within(ask).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit reminder' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Ask about an away rotation in May');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Slots fill by April.');
    const latest = within(dialog).getByLabelText('Latest');
    await user.clear(latest);
    await user.type(latest, '2027-04-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('The latest day cannot be before the due day')).toBeInTheDocument();
    expect((await db.reminders.get(later.id))?.title).toBe('Plan the away rotation ask');

    await user.clear(latest);
    await user.type(latest, '2027-04-25');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.reminders.get(later.id)).toMatchObject({
      title: 'Ask about an away rotation in May',
      reason: 'Slots fill by April.',
      dueDate: '2027-04-20',
      latestDate: '2027-04-25',
    });
    expect(await screen.findByRole('article', { name: 'Ask about an away rotation in May' })).toBeInTheDocument();
  });
});

function blobText(blob: Blob): Promise<string> {
  // jsdom's Blob has no text(); FileReader reads it.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('calendar export', () => {
  let blobs: Blob[];
  let downloads: string[];
  const captureDownload = (event: MouseEvent) => {
    // jsdom cannot follow a download link; record its file name instead.
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      downloads.push(event.target.download);
      event.preventDefault();
    }
  };
  beforeEach(() => {
    downloads = [];
    document.addEventListener('click', captureDownload, true);
    blobs = [];
    // jsdom has no object URLs; capture what would be downloaded.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    document.removeEventListener('click', captureDownload, true);
  });

  async function parsed(blob: Blob) {
    const text = await blobText(blob);
    return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => ({
      summary: vevent.getFirstPropertyValue('summary'),
      start: String(vevent.getFirstPropertyValue('dtstart')),
      alarms: vevent.getAllSubcomponents('valarm').length,
      description: String(vevent.getFirstPropertyValue('description')),
    }));
  }

  it('“Add to calendar” downloads one reminder as a valid .ics; an overdue one sits on today so its alarm rings', async () => {
    const { user } = renderInbox();
    const thanks = await screen.findByRole('article', { name: 'Thank Dr. Ana Lee after SIR' });
    await user.click(within(thanks).getByRole('button', { name: 'Add to calendar' }));
    await waitFor(() => expect(downloads).toEqual(['rapport-thank-dr-ana-lee-after-sir-2027-03-01.ics']));
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('text/calendar;charset=utf-8');
    const [event] = await parsed(blobs[0]);
    expect(event).toMatchObject({ summary: 'Thank Dr. Ana Lee after SIR', start: '2027-03-10', alarms: 1 });
    expect(event.description).toContain('Person: Dr. Ana Lee');
    expect(event.description).toMatch(/^Overdue: its window ended Fri 5 Mar 2027\. Placed on the day of export/);
  });

  it('“Export all open reminders” puts every open and snoozed reminder in one file', async () => {
    const { user } = renderInbox();
    await screen.findByRole('article', { name: 'Thank Dr. Ana Lee after SIR' });
    await user.click(screen.getByRole('button', { name: 'Export all open reminders' }));
    await waitFor(() => expect(downloads).toEqual(['rapport-reminders-2027-03-10.ics']));
    const events = await parsed(blobs[0]);
    expect(events.map((e) => e.summary).sort()).toEqual(
      [overdue, dueToday, nextWeek, later, snoozed].map((r) => r.title).sort(),
    );
    // A snoozed reminder is on its snooze day.
    expect(events.find((e) => e.summary === 'Ask about the case log')?.start).toBe('2027-03-12');
    expect(screen.getByRole('status')).toHaveTextContent('Saved rapport-reminders-2027-03-10.ics with 5 reminders');
  });
});
