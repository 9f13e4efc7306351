/**
 * The restore preview for a file from an older schema. This app has only
 * schema version 1, so no real older file exists yet: parseBackup is wrapped
 * to report the upgrade it would have done.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { exportEverything } from '../../../src/data/backup';
import { contactCommands } from '../../../src/data/contacts';
import { db } from '../../../src/data/db';
import { LATEST_SCHEMA_VERSION } from '../../../src/data/schema';
import * as backupFormat from '../../../src/domain/backup/backup-format';
import { RestoreBackup } from '../../../src/features/backup/components/restore-backup';
import { contactFields } from '../../factories';
import { renderScreen, textFile } from './helpers';

vi.mock('../../../src/domain/backup/backup-format', async (importOriginal) => {
  const original = await importOriginal<typeof backupFormat>();
  return {
    ...original,
    parseBackup: async (...args: Parameters<typeof original.parseBackup>) => {
      const result = await original.parseBackup(...args);
      return result.ok ? { ...result, upgradedFrom: 0 } : result;
    },
  };
});

describe('restore of a backup from an older version', () => {
  it('says the file will be upgraded, then restores it', async () => {
    await contactCommands.create(contactFields({ name: 'Ana Reyes' }));
    const text = backupFormat.serializeBackup(await exportEverything(new Date('2026-03-14T09:30:00.000Z')));
    await db.contacts.clear();
    const { user } = renderScreen(<RestoreBackup />);
    await user.upload(screen.getByLabelText('Backup file (.json)'), textFile(text, 'old.json'));
    const preview = await screen.findByRole('region', { name: 'Backup to restore' });
    expect(preview).toHaveFocus();
    expect(
      within(preview).getByText(new RegExp(`comes from an older version of Rapport \\(data version 0\\)\\. It will be upgraded to version ${LATEST_SCHEMA_VERSION}`)),
    ).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Merge this backup' }));
    await screen.findByText(/^Backup merged: 1 record added/, { selector: 'p' });
    expect((await db.contacts.toArray()).map((c) => c.name)).toEqual(['Ana Reyes']);
  });
});
