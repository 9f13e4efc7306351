import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dumpDatabase, exportEverything } from '../../../src/data/backup';
import { contactCommands } from '../../../src/data/contacts';
import { db } from '../../../src/data/db';
import { getSettings } from '../../../src/data/profile-settings';
import { programCommands } from '../../../src/data/programs';
import { LATEST_SCHEMA_VERSION } from '../../../src/data/schema';
import { STORAGE_FULL_MESSAGE } from '../../../src/data/storage-errors';
import { parseBackup, serializeBackup } from '../../../src/domain/backup/backup-format';
import { BackupSection } from '../../../src/features/backup/components/backup-section';
import { toLocalDate } from '../../../src/lib/dates';
import { contactFields, programFields } from '../../factories';
import { captureDownloads, failCreatesWith, quotaError, renderScreen, textFile } from './helpers';

const backupInput = () => screen.getByLabelText('Backup file (.json)');

async function backupText(): Promise<string> {
  return serializeBackup(await exportEverything(new Date('2026-03-14T09:30:00.000Z')));
}

describe('export', () => {
  it('downloads everything as JSON, records the date, and shows it as the last backup', async () => {
    const downloads = captureDownloads();
    await contactCommands.create(contactFields({ name: 'Ana Reyes' }));
    await programCommands.create(programFields({ name: 'Lakeshore IR' }));
    const { user } = renderScreen(<BackupSection />);
    expect(await screen.findByText('Never')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await screen.findByText(/Backup saved as rapport-backup-/);
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    const today = toLocalDate(new Date());
    expect(file.fileName).toBe(`rapport-backup-${today}.json`);
    expect(file.type).toBe('application/json');
    const parsed = await parseBackup(await file.text(), LATEST_SCHEMA_VERSION);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.backup.tables.contacts.map((c) => c.name)).toEqual(['Ana Reyes']);
    expect(parsed.backup.tables.programs.map((p) => p.name)).toEqual(['Lakeshore IR']);

    const { lastBackupAt } = await getSettings();
    expect(lastBackupAt).toBe(parsed.backup.exportedAt);
    expect(await screen.findByText(/\(today\)$/)).toBeInTheDocument();
  });

  it('downloads contacts as CSV and vCard, and programs as CSV', async () => {
    const downloads = captureDownloads();
    await contactCommands.create(contactFields({ name: 'Ana Reyes', email: 'ana@example.org' }));
    await programCommands.create(programFields({ name: 'Lakeshore IR' }));
    const { user } = renderScreen(<BackupSection />);
    await user.click(screen.getByRole('button', { name: 'Contacts as CSV' }));
    await user.click(screen.getByRole('button', { name: 'Programs as CSV' }));
    await user.click(screen.getByRole('button', { name: 'Contacts as vCard' }));
    await screen.findByText('Exported 1 contact as vCard.');
    expect(downloads.map((d) => [d.fileName.replace(/\d{4}-\d\d-\d\d/, 'DAY'), d.type])).toEqual([
      ['rapport-contacts-DAY.csv', 'text/csv;charset=utf-8'],
      ['rapport-programs-DAY.csv', 'text/csv;charset=utf-8'],
      ['rapport-contacts-DAY.vcf', 'text/vcard;charset=utf-8'],
    ]);
    expect(await downloads[0].text()).toMatch(/Ana Reyes.*ana@example\.org/);
    expect(await downloads[1].text()).toMatch(/Lakeshore IR/);
    expect(await downloads[2].text()).toMatch(/BEGIN:VCARD[\s\S]*FN:Ana Reyes/);
    // Partial exports are not backups: the date stays as it was.
    expect((await getSettings()).lastBackupAt).toBeNull();
  });

  it('says the CSV files are for spreadsheets and other apps and the JSON backup is the complete copy; the contacts CSV names each contact’s programs', async () => {
    const downloads = captureDownloads();
    const program = await programCommands.create(programFields({ name: 'Lakeshore IR', institution: 'Lakeshore Medical' }));
    await contactCommands.create(contactFields({ name: 'Ana Reyes', programIds: [program.id] }));
    const { user } = renderScreen(<BackupSection />);
    expect(await screen.findByText(/The CSV files are for a spreadsheet or another app/)).toHaveTextContent(
      /“Export everything” above is the complete copy, and the one to restore from/,
    );
    expect(screen.getByText(/import the programs CSV first, then the contacts CSV/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Contacts as CSV' }));
    await screen.findByText('Exported 1 contact as CSV.');
    const [header, row] = (await downloads[0].text()).split('\r\n');
    const cells = row.split(',');
    expect(cells[header.split(',').indexOf('Programs')]).toBe('Lakeshore IR (Lakeshore Medical)');
  });

  it('still downloads the backup when storage is too full to note the date', async () => {
    const downloads = captureDownloads();
    await contactCommands.create(contactFields({ name: 'Ana Reyes' }));
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaError());
    const { user } = renderScreen(<BackupSection />);
    await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    expect(await screen.findByText(/storage is full, so Rapport could not note today/)).toHaveAttribute('role', 'alert');
    expect(downloads).toHaveLength(1);
    expect(await downloads[0].text()).toMatch(/Ana Reyes/);
  });
});

describe('restore', () => {
  it('refuses a backup from a newer version with the domain’s message, next to the file control', async () => {
    await contactCommands.create(contactFields({ name: 'Ana Reyes' }));
    const newer = JSON.parse(await backupText());
    newer.schemaVersion = LATEST_SCHEMA_VERSION + 1;
    const before = await dumpDatabase();
    const { user } = renderScreen(<BackupSection />);
    await user.upload(backupInput(), textFile(JSON.stringify(newer), 'future.json', 'application/json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/made by a newer version of Rapport .*Nothing was changed\./);
    expect(backupInput()).toHaveAccessibleDescription(expect.stringMatching(/newer version/));
    expect(screen.queryByRole('button', { name: /Merge this backup/ })).toBeNull();
    expect(await dumpDatabase()).toEqual(before);
  });

  it.each<[string, string, RegExp]>([
    ['a truncated file', '{"format":"rapport-backup","schemaVersion":1,"tables":{"contacts":[{"id":"a"', /This backup is incomplete/],
    ['an empty file', '', /This file is empty/],
    ['a CSV', 'Name,Email\nAna,ana@example.org\n', /looks like a CSV file/],
    ['some other JSON', '{"hello":"world"}', /This is not a Rapport backup/],
  ])('explains %s and changes nothing', async (_what, text, message) => {
    await contactCommands.create(contactFields({ name: 'Ana Reyes' }));
    const before = await dumpDatabase();
    const { user } = renderScreen(<BackupSection />);
    await user.upload(backupInput(), textFile(text, 'backup.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await dumpDatabase()).toEqual(before);
  });

  async function twoVersions() {
    // The backup holds Ana (edited later than Rapport's copy) and Cy; Rapport holds Ana and Bo.
    const ana = await contactCommands.create(contactFields({ name: 'Ana Reyes', title: 'Fellow' }), { now: new Date('2026-01-01T00:00:00Z') });
    const cy = await contactCommands.create(contactFields({ name: 'Cy Okafor' }), { now: new Date('2026-01-01T00:00:00Z') });
    await contactCommands.update(ana.id, { title: 'Attending' }, { now: new Date('2026-02-01T00:00:00Z') });
    const text = await backupText();
    await db.contacts.delete(cy.id);
    await db.contacts.put({ ...(await db.contacts.get(ana.id))!, title: 'Fellow', updatedAt: '2026-01-15T00:00:00.000Z' });
    await contactCommands.create(contactFields({ name: 'Bo Lindqvist' }));
    return text;
  }

  it('previews the file and merges it: newer copies win, nothing is deleted', async () => {
    const text = await twoVersions();
    const { user } = renderScreen(<BackupSection />);
    await user.upload(backupInput(), textFile(text, 'rapport-backup-2026-03-14.json'));
    const preview = await screen.findByRole('region', { name: 'Backup to restore' });
    expect(within(preview).getByText('rapport-backup-2026-03-14.json')).toBeInTheDocument();
    expect(within(preview).getByRole('row', { name: 'Contacts 2' })).toBeInTheDocument();
    expect(within(preview).getByText(String(LATEST_SCHEMA_VERSION), { selector: 'dd' })).toBeInTheDocument();
    expect(within(preview).getByRole('radio', { name: /Merge with what is in Rapport/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Merge this backup' }));
    expect(await screen.findByText(/^Backup merged: .*added, 1 updated from newer copies/, { selector: 'p' })).toBeInTheDocument();
    const contacts = (await db.contacts.toArray()).map((c) => [c.name, c.title]).sort();
    expect(contacts).toEqual([
      ['Ana Reyes', 'Attending'],
      ['Bo Lindqvist', ''],
      ['Cy Okafor', ''],
    ]);
  });

  it('replaces everything only after a clear confirmation', async () => {
    const text = await twoVersions();
    const before = await dumpDatabase();
    const { user } = renderScreen(<BackupSection />);
    await user.upload(backupInput(), textFile(text, 'backup.json'));
    await screen.findByRole('region', { name: 'Backup to restore' });
    await user.click(screen.getByRole('radio', { name: /Replace everything/ }));
    await user.click(screen.getByRole('button', { name: 'Replace everything…' }));
    const dialog = screen.getByRole('dialog', { name: 'Replace everything?' });
    expect(dialog).toHaveTextContent('This replaces everything in Rapport with the file’s contents.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep my data' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await dumpDatabase()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Replace everything…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace everything' }));
    expect(await screen.findByText(/^Backup restored\. Rapport now holds the file's/, { selector: 'p' })).toBeInTheDocument();
    expect((await db.contacts.toArray()).map((c) => [c.name, c.title]).sort()).toEqual([
      ['Ana Reyes', 'Attending'],
      ['Cy Okafor', ''],
    ]);
  });

  it('shows the storage-full message and keeps the preview when the restore runs out of space', async () => {
    const text = await twoVersions();
    const before = await dumpDatabase();
    const { user } = renderScreen(<BackupSection />);
    await user.upload(backupInput(), textFile(text, 'backup.json'));
    await screen.findByRole('region', { name: 'Backup to restore' });
    const undo = failCreatesWith('contacts', quotaError);
    try {
      await user.click(screen.getByRole('button', { name: 'Merge this backup' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(STORAGE_FULL_MESSAGE);
    } finally {
      undo();
    }
    expect(screen.getByRole('region', { name: 'Backup to restore' })).toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(before);
    await user.click(screen.getByRole('button', { name: 'Merge this backup' }));
    await screen.findByText(/^Backup merged/, { selector: 'p' });
    expect(await db.contacts.count()).toBe(3);
  });
});
