/** The import and restore previews warn about rows whose text looks like patient data, and still let the user go ahead. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportEverything } from '../../../src/data/backup';
import { contactCommands } from '../../../src/data/contacts';
import { db } from '../../../src/data/db';
import { serializeBackup } from '../../../src/domain/backup/backup-format';
import { ImportSection } from '../../../src/features/backup/components/import-section';
import { RestoreBackup } from '../../../src/features/backup/components/restore-backup';
import { contactFields } from '../../factories';
import { renderScreen, summaryValue, textFile } from './helpers';

const fileInput = () => screen.getByLabelText('File to import');
const warningTable = () => screen.findByRole('table', { name: 'Rows that may hold patient data' });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

describe('import preview: rows that may hold patient data', () => {
  const csv = [
    'Name,Title,Notes',
    'Dr. Ana Reyes,Program Director,Met at SIR 2026 booth 12; call (555) 123-4567',
    'Dr. Ben Ode,Attending,"Shadowed him; pt J.S., DOB 4th of March 1955"',
    'Dr. Cy Doe,MRN 12 34 56 78,Step 2 CK 255 talk',
  ].join('\n');

  async function previewCsv(text: string) {
    const view = renderScreen(<ImportSection />);
    await view.user.click(screen.getByRole('radio', { name: /Contacts from any CSV/ }));
    await view.user.upload(fileInput(), textFile(text, 'people.csv'));
    await screen.findByRole('combobox', { name: 'Column “Notes”' });
    await view.user.click(screen.getByRole('button', { name: 'Preview the contacts' }));
    await screen.findByText('To add');
    return view;
  }

  it('lists each row and field whose text looks like patient data, before anything is saved', async () => {
    await previewCsv(csv);
    const table = await warningTable();
    expect(screen.getByRole('heading', { name: 'May hold patient data (2 rows)' })).toBeInTheDocument();
    expect(bodyRows(table).map(cellTexts)).toEqual([
      ['3', 'Dr. Ben Ode', 'Notes', '“pt J.S.”, “DOB 4th of March 1955”'],
      ['4', 'Dr. Cy Doe', 'Title', '“MRN 12 34 56 78”'],
    ]);
    expect(screen.getByText(/You can import anyway and edit the notes afterwards, or cancel/)).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
  });

  it('is a warning, not a refusal: the rows still import when the user confirms', async () => {
    const { user } = await previewCsv(csv);
    await warningTable();
    expect(summaryValue('To add')).toBe('3');
    await user.click(screen.getByRole('button', { name: 'Import 3 contacts' }));
    await screen.findByText('Imported 3 contacts.', { selector: 'p' });
    expect(await db.contacts.count()).toBe(3);
  });

  it('says nothing about patient data for an ordinary file', async () => {
    await previewCsv(csv.split('\n').slice(0, 2).join('\n'));
    expect(screen.queryByRole('table', { name: 'Rows that may hold patient data' })).toBeNull();
    expect(screen.queryByText(/May hold patient data/)).toBeNull();
  });

  it('checks a vCard’s note and title too, with no column matching', async () => {
    const vcf = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Dr. Ana Reyes', 'TITLE:Program Director', 'NOTE:Case from MRN ١٢٣٤٥٦٧٨', 'END:VCARD', ''].join('\r\n');
    const { user } = renderScreen(<ImportSection />);
    await user.click(screen.getByRole('radio', { name: /vCard/ }));
    await user.upload(fileInput(), textFile(vcf, 'contacts.vcf', 'text/vcard'));
    expect(bodyRows(await warningTable()).map(cellTexts)).toEqual([['1', 'Dr. Ana Reyes', 'Notes', '“MRN ١٢٣٤٥٦٧٨”']]);
  });
});

describe('restore preview: records that may hold patient data', () => {
  it('lists them with the record and field, and the restore still goes ahead', async () => {
    await contactCommands.create(contactFields({ name: 'Dr. Ana Reyes', notes: 'dob:03041955, great case' }));
    await contactCommands.create(contactFields({ name: 'Dr. Bo Lind', notes: 'Met at SIR 2026 booth 12' }));
    const text = serializeBackup(await exportEverything(new Date('2026-03-14T09:30:00.000Z')));
    await db.contacts.clear();
    const { user } = renderScreen(<RestoreBackup />);
    await user.upload(screen.getByLabelText('Backup file (.json)'), textFile(text, 'backup.json'));
    const preview = await screen.findByRole('region', { name: 'Backup to restore' });
    const table = within(preview).getByRole('table', { name: 'Rows that may hold patient data' });
    const rows = bodyRows(table).map(cellTexts);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual([expect.stringMatching(/^Contact [12]$/), 'Dr. Ana Reyes', 'Notes', '“dob:03041955”']);
    expect(within(preview).getByRole('heading', { name: 'May hold patient data (1 record)' })).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Merge this backup' }));
    await screen.findByText(/^Backup merged: 2 records added/, { selector: 'p' });
    expect(await db.contacts.count()).toBe(2);
  });
});
