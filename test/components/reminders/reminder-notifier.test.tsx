/** System notifications and the app badge, with the browser APIs stubbed and the clock fixed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { contactCommands } from '../../../src/data/contacts';
import { updateSettings } from '../../../src/data/profile-settings';
import { reminderCommands } from '../../../src/data/reminders';
import { NOTIFIED_STORAGE_KEY, ReminderNotifier } from '../../../src/features/reminders/components/reminder-notifier';
import { contactFields, reminderFields } from '../../factories';

const NOW = new Date('2027-03-10T10:00:00');

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  static shown: { title: string; body?: string; tag?: string }[] = [];
  onclick: (() => void) | null = null;
  constructor(title: string, options: NotificationOptions = {}) {
    FakeNotification.shown.push({ title, body: options.body, tag: options.tag });
  }
  close() {}
}

let badge: { set: ReturnType<typeof vi.fn>; clear: ReturnType<typeof vi.fn> };

function renderNotifier() {
  const router = createMemoryRouter([{ path: '*', element: <ReminderNotifier /> }]);
  return render(<RouterProvider router={router} />);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  localStorage.clear();
  FakeNotification.permission = 'granted';
  FakeNotification.shown = [];
  FakeNotification.requestPermission.mockClear();
  vi.stubGlobal('Notification', FakeNotification);
  badge = { set: vi.fn(async () => undefined), clear: vi.fn(async () => undefined) };
  Object.assign(navigator, { setAppBadge: badge.set, clearAppBadge: badge.clear });

  const lee = await contactCommands.create(contactFields({ name: 'Dr. Ana Lee' }));
  const add = (title: string, dueDate: string, latestDate: string) =>
    reminderCommands.create(reminderFields({ title, dueDate, latestDate, contactId: lee.id }));
  await add('Overdue thank-you', '2027-03-01', '2027-03-05');
  await add('Due today', '2027-03-10', '2027-03-12');
  await add('In its window', '2027-03-08', '2027-03-11');
  await add('Next week', '2027-03-15', '2027-03-15');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'setAppBadge');
  Reflect.deleteProperty(navigator, 'clearAppBadge');
});

describe('ReminderNotifier', () => {
  it('does nothing and never asks for permission while notifications are off, and starts when they are turned on', async () => {
    renderNotifier();
    await waitFor(() => expect(badge.clear).toHaveBeenCalled());
    expect(FakeNotification.shown).toEqual([]);
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
    expect(badge.set).not.toHaveBeenCalled();

    // Turned on in Settings while the app is open: the due reminders notify without a reload.
    await act(async () => {
      await updateSettings({ notifications: 'on' });
    });
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(3));
  });

  it('raises one notification per due reminder, sets the badge to the overdue count, and never repeats', async () => {
    await updateSettings({ notifications: 'on' });
    const first = renderNotifier();
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(3));
    expect(FakeNotification.shown.map((n) => n.title).sort()).toEqual(['Due today', 'In its window', 'Overdue thank-you']);
    expect(FakeNotification.shown.find((n) => n.title === 'Due today')?.body).toBe('Dr. Ana Lee · due today, latest Fri 12 Mar');
    expect(badge.set).toHaveBeenLastCalledWith(1);
    first.unmount();

    // A reload (or a second tab) remembers what was notified.
    renderNotifier();
    await waitFor(() => expect(badge.set).toHaveBeenCalledTimes(2));
    expect(FakeNotification.shown).toHaveLength(3);
    expect(JSON.parse(localStorage.getItem(NOTIFIED_STORAGE_KEY) ?? '[]')).toHaveLength(3);

    // A reminder that comes due later notifies once, when it does.
    await act(async () => {
      await reminderCommands.create(reminderFields({ title: 'Just added, due today', dueDate: '2027-03-10', latestDate: '2027-03-10' }));
    });
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(4));
    expect(FakeNotification.shown[3].title).toBe('Just added, due today');
  });

  it('shows nothing when the browser permission was withdrawn, even if the setting is on', async () => {
    await updateSettings({ notifications: 'on' });
    FakeNotification.permission = 'denied';
    renderNotifier();
    await waitFor(() => expect(badge.clear).toHaveBeenCalled());
    expect(FakeNotification.shown).toEqual([]);
  });

  it('sums up a burst of due reminders in one notification', async () => {
    for (const n of [1, 2]) {
      await reminderCommands.create(reminderFields({ title: `Extra ${n}`, dueDate: '2027-03-09', latestDate: '2027-03-09' }));
    }
    await updateSettings({ notifications: 'on' });
    renderNotifier();
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    expect(FakeNotification.shown[0].title).toBe('5 reminders are due');
    expect(badge.set).toHaveBeenLastCalledWith(3);
  });
});
