import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/data/db';
import { getSettings } from '../../../src/data/profile-settings';
import { STORAGE_FULL_MESSAGE } from '../../../src/data/storage-errors';
import { BackupReminderForm } from '../../../src/features/backup/forms/backup-reminder-form';
import { quotaError, renderScreen } from './helpers';

describe('backup reminder form', () => {
  it('on a QuotaExceededError shows the storage-full message and keeps what was typed', async () => {
    const { user } = renderScreen(<BackupReminderForm />);
    const days = await screen.findByRole('spinbutton', { name: 'Days between backups' });
    expect(days).toHaveValue(30);
    await user.clear(days);
    await user.type(days, '45');

    const put = vi.spyOn(db.settings, 'put').mockRejectedValue(quotaError());
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(STORAGE_FULL_MESSAGE);
    expect(days).toHaveValue(45);
    expect(screen.getByRole('checkbox', { name: /Suggest a backup on Today/ })).toBeChecked();
    expect((await getSettings()).backupReminderDays).toBe(30);

    // Space freed: the same input saves with one more press.
    put.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    await screen.findByText('Saved. Today will suggest a backup after 45 days.');
    expect(screen.queryByText(STORAGE_FULL_MESSAGE)).toBeNull();
    expect((await getSettings()).backupReminderDays).toBe(45);
  });

  it('says what is wrong next to the field and saves nothing', async () => {
    const { user } = renderScreen(<BackupReminderForm />);
    const days = await screen.findByRole('spinbutton', { name: 'Days between backups' });
    await user.clear(days);
    await user.type(days, '3');
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose 7 days or more');
    expect(days).toHaveAccessibleDescription(expect.stringMatching(/Choose 7 days or more/));
    expect((await getSettings()).backupReminderDays).toBe(30);
  });

  it('turns the suggestion off', async () => {
    const { user } = renderScreen(<BackupReminderForm />);
    await user.click(await screen.findByRole('checkbox', { name: /Suggest a backup on Today/ }));
    await user.click(screen.getByRole('button', { name: 'Save reminder' }));
    await screen.findByText('Saved. Today will not suggest backups.');
    expect((await getSettings()).backupReminderDays).toBeNull();
  });
});
