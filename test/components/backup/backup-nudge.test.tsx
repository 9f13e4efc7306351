import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { contactCommands } from '../../../src/data/contacts';
import { getSettings, updateSettings } from '../../../src/data/profile-settings';
import { loadSampleData } from '../../../src/data/sample';
import { BackupNudge } from '../../../src/features/backup/components/backup-nudge';
import { contactFields } from '../../factories';
import { captureDownloads, renderScreen } from './helpers';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('backup nudge on Today', () => {
  it('suggests a first backup once there are records of the user’s own, and exports from there', async () => {
    const downloads = captureDownloads();
    await contactCommands.create(contactFields({ name: 'Ana Reyes' }));
    const { user } = renderScreen(<BackupNudge />);
    const nudge = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(nudge).toHaveTextContent('You have not made a backup yet.');
    await user.click(within(nudge).getByRole('button', { name: 'Export a backup' }));
    await screen.findByText(/Backup saved as/);
    expect(downloads).toHaveLength(1);
    expect((await getSettings()).lastBackupAt).not.toBeNull();
    await expectGone();
  });

  it('stays away while there is only sample data', async () => {
    await loadSampleData();
    renderScreen(<BackupNudge />);
    // Give the live query time to answer, then check it still says nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();
    // One record of the user's own among the samples is data to lose.
    await contactCommands.create(contactFields());
    expect(await screen.findByRole('region', { name: 'Backup reminder' })).toBeInTheDocument();
  });

  it('counts the days since an old backup, and can be set aside for a week', async () => {
    await contactCommands.create(contactFields());
    await updateSettings({ lastBackupAt: daysAgo(45) });
    const { user } = renderScreen(<BackupNudge />);
    const nudge = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(nudge).toHaveTextContent(/Your last backup was 4[456] days ago\./);
    await user.click(within(nudge).getByRole('button', { name: 'Remind me next week' }));
    await expectGone();
    expect((await getSettings()).backupNudgeDismissedAt).not.toBeNull();
  });

  it('stays away while the last backup is recent', async () => {
    await contactCommands.create(contactFields());
    await updateSettings({ lastBackupAt: daysAgo(10) });
    renderScreen(<BackupNudge />);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();
    // A shorter reminder period makes the same backup due.
    await updateSettings({ backupReminderDays: 7 });
    expect(await screen.findByRole('region', { name: 'Backup reminder' })).toHaveTextContent(/last backup was (9|10|11) days ago/);
  });

  it('when the browser has not agreed to keep the data: says what that means and how to protect it, even after a recent backup', async () => {
    let persisted = false;
    const persist = vi.fn(async () => {
      persisted = true;
      return true;
    });
    // The first save asks the browser to keep the data by itself; this browser is asked only by the button.
    await contactCommands.create(contactFields());
    await updateSettings({ lastBackupAt: daysAgo(3) });
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persisted: async () => persisted, persist, estimate: async () => ({ usage: 1000, quota: 1_000_000_000 }) },
    });
    const { user } = renderScreen(<BackupNudge />);
    const nudge = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(within(nudge).getByRole('heading', { name: 'Your data is not protected from automatic clean-up' })).toBeInTheDocument();
    expect(nudge).toHaveTextContent('When the disk runs low it may delete all of it, without asking.');
    expect(nudge).toHaveTextContent('install Rapport as an app');
    expect(nudge).toHaveTextContent('keep a recent backup');
    expect(nudge).toHaveTextContent('Your last backup was 3 days ago.');
    expect(within(nudge).getByRole('button', { name: 'Remind me in 2 days' })).toBeInTheDocument();
    await user.click(within(nudge).getByRole('button', { name: 'Ask the browser to keep my data' }));
    expect(persist).toHaveBeenCalledOnce();
    // Granted, and the backup is recent: nothing left to say.
    await expectGone();
    vi.unstubAllGlobals();
  });
});

async function expectGone() {
  for (let i = 0; i < 40 && screen.queryByRole('region', { name: 'Backup reminder' }); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();
}
