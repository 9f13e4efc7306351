import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../src/data/backup';
import { contactCommands } from '../../../src/data/contacts';
import { db } from '../../../src/data/db';
import { STORAGE_FULL_MESSAGE } from '../../../src/data/storage-errors';
import { ImportSection } from '../../../src/features/backup/components/import-section';
import { contactFields } from '../../factories';
import { GOOGLE_CSV } from '../../fixtures/google-contacts';
import { buildLinkedInCsv } from '../../fixtures/linkedin';
import { failCreatesWith, quotaError, renderScreen, summaryValue, textFile } from './helpers';

const fileInput = () => screen.getByLabelText('File to import');

async function previewLinkedIn(count = 200) {
  const fixture = buildLinkedInCsv(count);
  const view = renderScreen(<ImportSection />);
  await view.user.upload(fileInput(), textFile(fixture.csv, 'Connections.csv', 'text/csv'));
  await screen.findByRole('table', { name: 'Rows that cannot be imported' });
  return { ...view, fixture };
}

describe('import wizard: LinkedIn', () => {
  it('previews how many will be added and each invalid row with its reason, before writing anything', async () => {
    const before = await dumpDatabase();
    const { fixture } = await previewLinkedIn();
    expect(summaryValue('To add')).toBe('199');
    expect(summaryValue('To update')).toBe('0');
    expect(summaryValue('Skipped as duplicates')).toBe('0');
    expect(summaryValue('Invalid, not imported')).toBe('1');
    expect(screen.getByText(/199 of 200 rows ready to import/)).toBeInTheDocument();

    const rows = within(screen.getByRole('table', { name: 'Rows that cannot be imported' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    fixture.badRows.forEach((bad, i) => {
      const cells = within(rows[i]).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(String(bad.line));
      expect(cells[2].textContent).toMatch(bad.reason);
    });
    expect(await dumpDatabase()).toEqual(before);
  });

  it('writes nothing when the preview is cancelled', async () => {
    const before = await dumpDatabase();
    const { user } = await previewLinkedIn();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import cancelled. Nothing was saved.')).toHaveAttribute('role', 'status');
    expect(fileInput()).toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('writes every valid row on confirm, and says what it did', async () => {
    const { user, fixture } = await previewLinkedIn();
    await user.click(screen.getByRole('button', { name: 'Import 199 contacts' }));
    expect(await screen.findByText('Imported 199 contacts. 1 row was left out.', { selector: 'p' })).toBeInTheDocument();
    const names = (await db.contacts.toArray()).map((c) => c.name).sort();
    expect(names).toEqual([...fixture.validNames].sort());
    expect(screen.getByRole('link', { name: 'Open contacts' })).toHaveAttribute('href', '/contacts');
  });

  it('skips people already in Rapport as duplicates, or fills their blanks when asked', async () => {
    const fixture = buildLinkedInCsv(20);
    const first = fixture.validNames[0];
    await contactCommands.create(contactFields({ name: first, institution: 'Lakeshore University Medical Center', title: '' }));
    const { user } = renderScreen(<ImportSection />);
    await user.upload(fileInput(), textFile(fixture.csv, 'Connections.csv'));
    await screen.findByText('To add');
    expect(summaryValue('Skipped as duplicates')).toBe('1');
    expect(summaryValue('To add')).toBe(String(fixture.validCount - 1));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('checkbox', { name: /fill in their empty fields/ }));
    await user.upload(fileInput(), textFile(fixture.csv, 'Connections.csv'));
    await screen.findByText('To add');
    expect(summaryValue('To update')).toBe('1');
    await user.click(screen.getByRole('button', { name: `Import ${fixture.validCount - 1} contacts and update 1` }));
    await screen.findByText(/Imported 18 contacts and filled in 1 contact already in Rapport/, { selector: 'p' });
    const updated = await db.contacts.where('name').equals(first).toArray();
    expect(updated).toHaveLength(1);
    expect(updated[0].title).toBe('Interventional Radiologist');
  });

  it('cancelling while saving leaves the database untouched', async () => {
    const before = await dumpDatabase();
    const { user } = await previewLinkedIn();
    let clicked = false;
    let progressShown = false;
    // On the first row written, press Cancel: the commit must roll back everything.
    const hook = () => {
      if (clicked) return;
      clicked = true;
      progressShown = screen.queryByRole('progressbar', { name: /Saving/ }) !== null;
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    };
    db.contacts.hook('creating', hook);
    try {
      await user.click(screen.getByRole('button', { name: 'Import 199 contacts' }));
      expect(await screen.findByText('Import cancelled. Nothing was saved.')).toBeInTheDocument();
    } finally {
      db.contacts.hook('creating').unsubscribe(hook);
    }
    expect(clicked).toBe(true);
    expect(progressShown).toBe(true);
    expect(await dumpDatabase()).toEqual(before);
    // The preview is still there, so the user can confirm again.
    expect(screen.getByRole('button', { name: 'Import 199 contacts' })).toBeInTheDocument();
  });

  it('cancelling while the file is being checked goes back to the start', async () => {
    await contactCommands.create(contactFields({ name: 'Already Here' }));
    const before = await dumpDatabase();
    const { user } = renderScreen(<ImportSection />);
    let progressShown = false;
    // The check reads the contacts already in Rapport; press Cancel at that moment.
    const hook = (row: unknown) => {
      if (!progressShown) {
        progressShown = screen.queryByRole('progressbar', { name: /Checking rows/ }) !== null;
        fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      }
      return row;
    };
    db.contacts.hook('reading', hook);
    try {
      await user.upload(fileInput(), textFile(buildLinkedInCsv(50).csv, 'Connections.csv'));
      expect(await screen.findByText('Import cancelled. Nothing was saved.')).toBeInTheDocument();
    } finally {
      db.contacts.hook('reading').unsubscribe(hook);
    }
    expect(progressShown).toBe(true);
    expect(screen.queryByText('To add')).toBeNull();
    expect(fileInput()).toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('shows the storage-full message and keeps the preview when the save runs out of space', async () => {
    const before = await dumpDatabase();
    const { user } = await previewLinkedIn();
    const undo = failCreatesWith('contacts', quotaError);
    try {
      await user.click(screen.getByRole('button', { name: 'Import 199 contacts' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(STORAGE_FULL_MESSAGE);
    } finally {
      undo();
    }
    expect(await dumpDatabase()).toEqual(before);
    expect(summaryValue('To add')).toBe('199');
    await user.click(screen.getByRole('button', { name: 'Import 199 contacts' }));
    await screen.findByText(/Imported 199 contacts/, { selector: 'p' });
    expect(await db.contacts.count()).toBe(199);
  });

  it('renders imported HTML and script as plain text', async () => {
    const csv = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      '<img src=x onerror="alert(1)">,<b>Bold</b>,,,<script>alert(2)</script>,IR Fellow,01 Jan 2024',
    ].join('\n');
    const { user } = renderScreen(<ImportSection />);
    await user.upload(fileInput(), textFile(csv, 'Connections.csv'));
    await screen.findByText('To add');
    expect(summaryValue('To add')).toBe('1');
    expect(screen.getByText(/contains HTML or script/)).toBeInTheDocument();
    await user.click(screen.getByText(/Will be added/));
    expect(screen.getByRole('cell', { name: '<img src=x onerror="alert(1)"> <b>Bold</b>' })).toBeInTheDocument();
    expect(document.querySelector('img, script, b')).toBeNull();
  });
});

describe('import wizard: bad files get a clear message next to the file control, and nothing is written', () => {
  const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'photo.png', { type: 'image/png' });
  const huge = textFile('First Name,Last Name\nA,B\n', 'huge.csv');
  Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });

  it.each<[string, string, File, RegExp]>([
    ['an empty file', 'linkedin', textFile('', 'Connections.csv'), /This file is empty/],
    ['an image', 'linkedin', png, /This file is a PNG image, not a CSV file/],
    ['a 50 MB file', 'contacts-csv', huge, /This file is 50 MB; Rapport reads CSV files up to 20 MB/],
    ['a CSV without LinkedIn’s columns', 'linkedin', textFile('Name,Email\nAna,ana@example.org\n', 'people.csv'), /not LinkedIn's Connections\.csv/],
    ['a web page', 'contacts-csv', textFile('<!doctype html><html><script>alert(1)</script></html>', 'page.csv'), /web page or XML file/],
    ['a backup chosen as a CSV', 'programs-csv', textFile('{"format":"rapport-backup"', 'backup.csv'), /looks like a JSON file/],
    ['a CSV chosen as vCard', 'vcard', textFile('Name,Email\nAna,ana@example.org\n', 'people.vcf'), /no BEGIN:VCARD line/],
    ['a header with no rows', 'contacts-csv', textFile('Name,Email\n\n', 'people.csv'), /no rows below it/],
  ])('%s', async (_what, source, file, message) => {
    await contactCommands.create(contactFields({ name: 'Already Here' }));
    const before = await dumpDatabase();
    const { user } = renderScreen(<ImportSection />);
    const labels: Record<string, RegExp> = {
      linkedin: /LinkedIn/,
      vcard: /vCard/,
      'contacts-csv': /Contacts from any CSV/,
      'programs-csv': /Programs from a CSV/,
    };
    await user.click(screen.getByRole('radio', { name: labels[source] }));
    await user.upload(fileInput(), file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(fileInput()).toHaveAccessibleDescription(expect.stringMatching(message));
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('import wizard: any CSV, with column matching', () => {
  const csv = ['Full name;E-mail;Hospital;Job;Remarks', 'Dr. Ana Reyes;ana@example.org;Lakeshore Medical;Program Director;Met at SIR', 'Bo Lind;bo@example;Maple Ridge;;'].join('\n');

  it('suggests a mapping, says what is missing inline, and imports with the chosen columns', async () => {
    const { user } = renderScreen(<ImportSection />);
    await user.click(screen.getByRole('radio', { name: /Contacts from any CSV/ }));
    await user.upload(fileInput(), textFile(csv, 'people.csv'));
    const nameColumn = await screen.findByRole('combobox', { name: 'Column “Full name”' });
    expect(nameColumn).toHaveDisplayValue('Name');
    expect(screen.getByRole('combobox', { name: 'Column “E-mail”' })).toHaveDisplayValue('Email');
    expect(screen.getByRole('combobox', { name: 'Column “Hospital”' })).toHaveDisplayValue('Institution');
    expect(screen.getByRole('combobox', { name: 'Column “Job”' })).toHaveDisplayValue('Title');
    expect(screen.getByRole('combobox', { name: 'Column “Remarks”' })).toHaveDisplayValue('Do not import');

    await user.selectOptions(nameColumn, 'Do not import');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the column that holds each person’s name');
    expect(screen.getByRole('button', { name: 'Preview the contacts' })).toBeDisabled();

    await user.selectOptions(nameColumn, 'Name');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column “Remarks”' }), 'Notes');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Preview the contacts' }));

    // Bo's email is not one: it is left out, and Bo is imported without it.
    await screen.findByText('To add');
    expect(summaryValue('To add')).toBe('2');
    expect(summaryValue('Invalid, not imported')).toBe('0');
    await user.click(screen.getByRole('button', { name: 'Import 2 contacts' }));
    await screen.findByText(/Imported 2 contacts\./, { selector: 'p' });
    const [ana, bo] = await db.contacts.orderBy('name').toArray();
    expect(ana).toMatchObject({ name: 'Bo Lind', email: '' });
    expect(bo).toMatchObject({ name: 'Dr. Ana Reyes', email: 'ana@example.org', role: 'program-director', notes: 'Met at SIR' });
  });

  it('imports programs, with a track for rows that do not name one', async () => {
    const programs = ['Program,Institution,City,State,Interest', 'Lakeshore IR,Lakeshore Medical,Chicago,IL,5', 'Maple Ridge Radiology,Maple Ridge Health,Denver,CO,4'].join('\n');
    const { user } = renderScreen(<ImportSection />);
    await user.click(screen.getByRole('radio', { name: /Programs from a CSV/ }));
    await user.upload(fileInput(), textFile(programs, 'programs.csv'));
    await screen.findByRole('combobox', { name: 'Column “Program”' });
    await user.click(screen.getByRole('button', { name: 'Preview the programs' }));
    await screen.findByRole('table', { name: 'Rows that cannot be imported' });
    expect(summaryValue('Invalid, not imported')).toBe('2');
    expect(screen.getAllByText(/Track: Pick a track/)).toHaveLength(2);
    expect(await db.programs.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('radio', { name: /Programs from a CSV/ }));
    await user.upload(fileInput(), textFile(programs, 'programs.csv'));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Track for rows that do not say' }), 'Integrated IR');
    await user.click(screen.getByRole('button', { name: 'Preview the programs' }));
    await screen.findByText('To add');
    expect(summaryValue('To add')).toBe('2');
    await user.click(screen.getByRole('button', { name: 'Import 2 programs' }));
    await screen.findByText('Imported 2 programs.', { selector: 'p' });
    expect((await db.programs.toArray()).map((p) => [p.name, p.track, p.interest]).sort()).toEqual([
      ['Lakeshore IR', 'integrated-ir', 5],
      ['Maple Ridge Radiology', 'integrated-ir', 4],
    ]);
  });
});

describe('import wizard: vCard', () => {
  it('imports the cards of a .vcf file', async () => {
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Dr. Ana Reyes',
      'ORG:Lakeshore Medical',
      'TITLE:Associate Program Director',
      'EMAIL:ana@example.org',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Bo Lind',
      'END:VCARD',
      '',
    ].join('\r\n');
    const { user } = renderScreen(<ImportSection />);
    await user.click(screen.getByRole('radio', { name: /vCard/ }));
    await user.upload(fileInput(), textFile(vcf, 'contacts.vcf', 'text/vcard'));
    await screen.findByText('To add');
    expect(summaryValue('To add')).toBe('2');
    await user.click(screen.getByRole('button', { name: 'Import 2 contacts' }));
    await screen.findByText('Imported 2 contacts.', { selector: 'p' });
    expect((await db.contacts.toArray()).map((c) => [c.name, c.role]).sort()).toEqual([
      ['Bo Lind', 'other'],
      ['Dr. Ana Reyes', 'associate-pd'],
    ]);
  });
});

describe('import wizard: a pasted table and a file without a header line', () => {
  it('says what is wrong next to the paste box: empty, then one column only', async () => {
    const { user } = renderScreen(<ImportSection />);
    await user.click(screen.getByRole('radio', { name: /Programs from a CSV/ }));
    // The box is found afresh each time: while a paste is read, a progress panel stands in for the form.
    const box = () => screen.getByRole('textbox', { name: 'Or paste a table' });
    await user.click(screen.getByRole('button', { name: 'Use the pasted table' }));
    expect(await screen.findByText(/The paste box is empty/)).toBeInTheDocument();
    expect(box()).toHaveAccessibleDescription(expect.stringMatching(/The paste box is empty/));
    expect(box()).toHaveAttribute('aria-invalid', 'true');

    await user.click(box());
    await user.paste('Program\nLakeshore IR\nMaple Ridge IR');
    await user.keyboard('{Tab}{Enter}');
    expect(await screen.findByText(/only one column/)).toBeInTheDocument();
    expect(box()).toHaveAccessibleDescription(expect.stringMatching(/only one column/));
    expect(box()).toHaveValue('Program\nLakeshore IR\nMaple Ridge IR');
    expect(await db.programs.count()).toBe(0);
  });

  it('imports programs pasted from a web page (tab-separated) through the same column matching', async () => {
    const { user } = renderScreen(<ImportSection />);
    await user.click(screen.getByRole('radio', { name: /Programs from a CSV/ }));
    await user.click(screen.getByRole('textbox', { name: 'Or paste a table' }));
    await user.paste('Program\tInstitution\tCity\tState\tTrack\nLakeshore IR\tLakeshore Medical, Chicago\tChicago\tIL\tIntegrated IR\nMaple Ridge\tMaple Ridge Health\tDenver\tCO\tESIR\n');
    await user.click(screen.getByRole('button', { name: 'Use the pasted table' }));
    expect(await screen.findByRole('combobox', { name: 'Column “Institution”' })).toHaveDisplayValue('Institution');
    expect(screen.getByText('Pasted table')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Preview the programs' }));
    await screen.findByText('To add');
    await user.click(screen.getByRole('button', { name: 'Import 2 programs' }));
    await screen.findByText('Imported 2 programs.', { selector: 'p' });
    expect((await db.programs.toArray()).map((p) => [p.name, p.institution, p.track]).sort()).toEqual([
      ['Lakeshore IR', 'Lakeshore Medical, Chicago', 'integrated-ir'],
      ['Maple Ridge', 'Maple Ridge Health', 'dr-esir'],
    ]);
  });

  it('matches a Google Contacts CSV: several email columns, and label columns said to label them', async () => {
    const { user } = renderScreen(<ImportSection />);
    await user.click(screen.getByRole('radio', { name: /Contacts from any CSV/ }));
    await user.upload(fileInput(), textFile(GOOGLE_CSV, 'contacts.csv'));
    const label = await screen.findByRole('combobox', { name: 'Column “E-mail 1 - Label”' });
    expect(label).toHaveDisplayValue('Do not import');
    expect(label).toHaveAccessibleDescription('Gives the labels (work, home …) of “E-mail 1 - Value”, so it needs no field of its own.');
    expect(screen.getByRole('combobox', { name: 'Column “E-mail 1 - Value”' })).toHaveDisplayValue('Email');
    expect(screen.getByRole('combobox', { name: 'Column “E-mail 2 - Value”' })).toHaveDisplayValue('Email');
    expect(screen.getByRole('combobox', { name: 'Column “Organization Title”' })).toHaveDisplayValue('Title');
    expect(screen.getByRole('combobox', { name: 'Column “Address 1 - Formatted”' })).toHaveDisplayValue('Do not import');
    expect(screen.queryByText(/looks like data/)).toBeNull();
  });

  it('notices a first line that is data, and with “First row is data” imports it too', async () => {
    const csv = 'Ana Reyes,ana@example.org,Lakeshore Medical\nBo Lind,bo@example.org,Maple Ridge\n"Cy Okafor,cy@example.org,Mercy"\n';
    const { user } = renderScreen(<ImportSection />);
    await user.click(screen.getByRole('radio', { name: /Contacts from any CSV/ }));
    await user.upload(fileInput(), textFile(csv, 'people.csv'));
    expect(await screen.findByText(/first line of this file looks like data/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /First row is data/ }));
    expect(screen.queryByText(/first line of this file looks like data/)).toBeNull();
    // Generated column names; the email column is recognised from its cells.
    expect(screen.getByRole('combobox', { name: 'Column “Column 2”' })).toHaveDisplayValue('Email');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column “Column 1”' }), 'Name');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column “Column 3”' }), 'Institution');
    await user.click(screen.getByRole('button', { name: 'Preview the contacts' }));
    await screen.findByRole('table', { name: 'Rows that cannot be imported' });
    expect(summaryValue('To add')).toBe('2');
    expect(screen.getByRole('row', { name: /^3 .*one quoted cell/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 2 contacts' }));
    await screen.findByText(/Imported 2 contacts\. 1 row was left out\./, { selector: 'p' });
    expect((await db.contacts.orderBy('name').toArray()).map((c) => [c.name, c.email, c.institution])).toEqual([
      ['Ana Reyes', 'ana@example.org', 'Lakeshore Medical'],
      ['Bo Lind', 'bo@example.org', 'Maple Ridge'],
    ]);
  });
});
