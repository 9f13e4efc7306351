/** Settings: the follow-up rules editor and the notifications switch. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { SettingsRoute } from '../../../src/app/routes/settings-route';
import { Toasts } from '../../../src/components/toasts';
import { getSettings, updateSettings } from '../../../src/data/profile-settings';
import { defaultSettingsFields } from '../../../src/domain/settings';
import { renderWithRouter } from '../../render';

configure({ asyncUtilTimeout: 5000 });

function renderSettings() {
  return renderWithRouter(
    <>
      <SettingsRoute />
      <Toasts />
    </>,
  );
}

const rule = (name: string) => screen.getByRole('group', { name });

describe('Follow-up rules', () => {
  it('saves an edited window and a switched-off rule', async () => {
    const { user } = renderSettings();
    const thanks = await screen.findByRole('group', { name: 'Thank-you after a conference conversation or poster visit' });
    const due = within(thanks).getByRole('spinbutton', { name: 'Due after (days)' });
    expect(due).toHaveValue(3);
    await user.clear(due);
    await user.type(due, '2');
    await user.click(within(rule('Thank-you after an interview day')).getByRole('checkbox', { name: 'On' }));
    await user.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(async () => expect((await getSettings()).rules.conferenceThankYou.dueOffsetDays).toBe(2));
    const { rules } = await getSettings();
    expect(rules.interviewThankYou.enabled).toBe(false);
    expect(rules.conferenceThankYou.latestOffsetDays).toBe(7);
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Follow-up rules saved'))).toBe(true);
  });

  it('shows messages next to the fields and saves nothing while a value is invalid', async () => {
    const { user } = renderSettings();
    const thanks = await screen.findByRole('group', { name: 'Thank-you after a conference conversation or poster visit' });
    const due = within(thanks).getByRole('spinbutton', { name: 'Due after (days)' });
    const latest = within(thanks).getByRole('spinbutton', { name: 'Latest after (days)' });
    await user.clear(due);
    await user.type(due, '9');
    const cadence = screen.getByRole('spinbutton', { name: 'Default cadence for mentors (days)' });
    await user.clear(cadence);
    await user.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() => expect(latest).toHaveAccessibleDescription('The latest day cannot be before the due day'));
    expect(cadence).toHaveAccessibleDescription('Enter a whole number of days');
    expect(cadence).toHaveAttribute('aria-invalid', 'true');
    expect((await getSettings()).rules).toEqual(defaultSettingsFields().rules);
  });

  it('shows the pre-event window as days before the event and stores it as negative offsets', async () => {
    const { user } = renderSettings();
    const outreach = await screen.findByRole('group', { name: 'Outreach before an event with target contacts' });
    const from = within(outreach).getByRole('spinbutton', { name: 'From (days before)' });
    const until = within(outreach).getByRole('spinbutton', { name: 'Until (days before)' });
    expect(from).toHaveValue(14);
    expect(until).toHaveValue(7);
    await user.clear(from);
    await user.type(from, '21');
    await user.clear(until);
    await user.type(until, '10');
    await user.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(async () =>
      expect((await getSettings()).rules.preEventOutreach).toEqual({ enabled: true, dueOffsetDays: -21, latestOffsetDays: -10 }),
    );

    await user.clear(until);
    await user.type(until, '30');
    await user.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() => expect(until).toHaveAccessibleDescription('Must be no more days before the event than “From”'));
  });

  it('“Reset to defaults” fills in the defaults, saved on Save', async () => {
    await updateSettings({
      rules: { ...defaultSettingsFields().rules, conferenceThankYou: { enabled: false, dueOffsetDays: 1, latestOffsetDays: 2 } },
    });
    const { user } = renderSettings();
    const thanks = await screen.findByRole('group', { name: 'Thank-you after a conference conversation or poster visit' });
    await waitFor(() => expect(within(thanks).getByRole('spinbutton', { name: 'Due after (days)' })).toHaveValue(1));
    await user.click(within(screen.getByRole('region', { name: 'Follow-up rules' })).getByRole('button', { name: 'Reset to defaults' }));
    expect(within(thanks).getByRole('spinbutton', { name: 'Due after (days)' })).toHaveValue(3);
    expect(within(thanks).getByRole('checkbox', { name: 'On' })).toBeChecked();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(async () => expect((await getSettings()).rules).toEqual(defaultSettingsFields().rules));
  });
});

describe('Notifications', () => {
  const requestPermission = vi.fn<() => Promise<NotificationPermission>>();
  beforeEach(() => {
    requestPermission.mockReset();
    vi.stubGlobal('Notification', Object.assign(function Notification() {}, { permission: 'default', requestPermission }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks the browser only when the button is clicked, then turns them on', async () => {
    requestPermission.mockResolvedValue('granted');
    const { user } = renderSettings();
    const section = await screen.findByRole('region', { name: 'Notifications and calendar' });
    await within(section).findByRole('button', { name: 'Turn on notifications' });
    expect(requestPermission).not.toHaveBeenCalled();
    await user.click(within(section).getByRole('button', { name: 'Turn on notifications' }));
    expect(requestPermission).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await getSettings()).notifications).toBe('on'));
    expect(await within(section).findByRole('button', { name: 'Turn off notifications' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Turn off notifications' }));
    await waitFor(async () => expect((await getSettings()).notifications).toBe('off'));
  });

  it('keeps them off and says what to do when the browser refuses', async () => {
    requestPermission.mockResolvedValue('denied');
    const { user } = renderSettings();
    const section = await screen.findByRole('region', { name: 'Notifications and calendar' });
    await user.click(await within(section).findByRole('button', { name: 'Turn on notifications' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('The browser blocked notifications');
    expect((await getSettings()).notifications).toBe('off');
  });
});
