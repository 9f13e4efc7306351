/**
 * CSV files as real producers write them (written by hand for these tests,
 * imitating each producer's header, quoting, line ends and quirks), run
 * through the real reader, column guess, mapping and import plan — and, for
 * one, the Dexie commit — asserting what each contact keeps: name, every
 * email and every phone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitImport, previewContactImport } from '../../../src/data/backup';
import { db } from '../../../src/data/db';
import { headerLooksLikeData, suggestMapping } from '../../../src/domain/backup/csv-columns';
import { parseLinkedInConnections } from '../../../src/domain/backup/csv-linkedin';
import { applyMapping } from '../../../src/domain/backup/csv-mapping';
import { parseCsv, parsePastedTable, withFirstRowAsData, type CsvTable } from '../../../src/domain/backup/csv-read';
import { contactsToCsv } from '../../../src/domain/backup/csv-write';
import { decodeText } from '../../../src/domain/backup/import-file';
import { planImport, planProgramImport, type ContactImportPlan } from '../../../src/domain/backup/import-plan';
import type { Contact } from '../../../src/domain/entities';
import { contactArb } from '../../fixtures/datasets';
import { GOOGLE_CSV } from '../../fixtures/google-contacts';

const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

async function tableOf(text: string, firstRowIsData = false): Promise<CsvTable> {
  const parsed = await parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return firstRowIsData ? withFirstRowAsData(parsed.table) : parsed.table;
}

/** What the import wizard does for "Contacts from any CSV" with the suggested mapping. */
async function planAnyCsv(text: string, firstRowIsData = false): Promise<ContactImportPlan> {
  const table = await tableOf(text, firstRowIsData);
  const mapping = suggestMapping(table.headers, 'contacts', table.rows);
  return planImport(applyMapping(table.rows, mapping, 'contacts', { headers: table.headers, delimiter: table.delimiter }), []);
}

async function planLinkedIn(text: string): Promise<ContactImportPlan> {
  const parsed = await parseLinkedInConnections(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return planImport(parsed.candidates, []);
}

interface Expected {
  name: string;
  emails: string[];
  phones: string[];
  title?: string;
  institution?: string;
  tags?: string[];
  linkedinUrl?: string;
  urls?: string[];
}

function stored(plan: ContactImportPlan) {
  return plan.add.map(({ fields }) => ({
    name: fields.name,
    emails: fields.emails.map((e) => e.value),
    phones: fields.phones.map((p) => p.value),
    email: fields.email,
    phone: fields.phone,
    title: fields.title,
    institution: fields.institution,
    tags: fields.tags,
    linkedinUrl: fields.linkedinUrl,
    urls: fields.urls.map((u) => u.value),
  }));
}

interface ProducerCase {
  producer: string;
  plan: () => Promise<ContactImportPlan>;
  contacts: Expected[];
  /** Each note the preview must show (row and text). */
  notes?: { row: number; message: RegExp }[];
  invalid?: { row: number; reason: RegExp }[];
}

const GOOGLE_OLD_HEADER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Website 1 - Type,Website 1 - Value';

const GOOGLE_OUTLOOK_HEADER =
  "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes";

function googleOutlookRow(values: Record<string, string>): string {
  const headers = GOOGLE_OUTLOOK_HEADER.split(',');
  return headers.map((h) => values[h] ?? '').map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}

const OUTLOOK_HEADERS = [
  'Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title', 'Business Street', 'Business City', 'Business State',
  'Business Postal Code', 'Business Country/Region', 'Home Street', 'Home City', 'Assistant\'s Phone', 'Business Fax', 'Business Phone', 'Business Phone 2',
  'Callback', 'Car Phone', 'Company Main Phone', 'Home Fax', 'Home Phone', 'Home Phone 2', 'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager',
  'Primary Phone', 'Radio Phone', 'TTY/TDD Phone', 'Telex', 'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday',
  'Business Address PO Box', 'Categories', 'Children', 'Directory Server', 'E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-mail 2 Address',
  'E-mail 2 Type', 'E-mail 2 Display Name', 'E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name', 'Gender', 'Government ID Number', 'Hobby',
  'Initials', 'Internet Free Busy', 'Keywords', 'Language', 'Location', "Manager's Name", 'Mileage', 'Notes', 'Office Location', 'Organizational ID Number',
  'Other Address PO Box', 'Priority', 'Private', 'Profession', 'Referred By', 'Sensitivity', 'Spouse', 'User 1', 'User 2', 'User 3', 'User 4', 'Web Page',
];

/** Outlook 2010–2016 quotes every cell, writes "0/0/00" for an empty date and "Normal" for sensitivity. */
function outlookCsv(rows: Record<string, string>[], encode = (s: string) => s): string {
  const line = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  const body = [line(OUTLOOK_HEADERS), ...rows.map((r) => line(OUTLOOK_HEADERS.map((h) => r[h] ?? (h === 'Birthday' || h === 'Anniversary' ? '0/0/00' : h === 'Sensitivity' ? 'Normal' : ''))))];
  return encode(crlf(...body));
}

const LINKEDIN_2024_PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

const cases: ProducerCase[] = [
  {
    producer: 'Google Contacts CSV (2024): ::: multi-values, 3 emails, 4 phones, system groups, a bad email and phone',
    plan: () => planAnyCsv(GOOGLE_CSV),
    contacts: [
      {
        name: 'Ana María Reyes',
        emails: ['ana.reyes@mercy.example.org', 'areyes@mercy.example.org', 'ana@example.com'],
        phones: ['+1 312-555-0100', '+1 312-555-0101', '(312) 555-0199 x12', '+44 20 7946 0958'],
        title: 'Associate Program Director',
        institution: 'Mercy Medical Center',
        tags: ['Mentors'],
        linkedinUrl: 'https://www.linkedin.com/in/ana-reyes',
        urls: [],
      },
      { name: 'Bo Lind', emails: ['bo@maple.example.org'], phones: [], title: 'IR Fellow', tags: [], urls: ['https://www.bo-lind.example.net'] },
      { name: 'Cy Okafor', emails: [], phones: [], tags: [] },
    ],
    notes: [
      { row: 3, message: /Phone not understood, left out: “call the office” is not a phone number, from column “Phone 1 - Value”/ },
      { row: 4, message: /Email not understood, left out: “urn:li:member:8812” is not an email address, from column “E-mail 1 - Value”/ },
    ],
  },
  {
    producer: 'Google Contacts CSV (before 2023): Name, Group Membership, E-mail n - Type, Occupation beside Organization 1 - Title',
    plan: () =>
      planAnyCsv(
        crlf(
          GOOGLE_OLD_HEADER,
          'Dr. Dana Whitfield,Dana,,Whitfield,,,,,Dr.,,,,,,,,,,,,Radiologist,,,,,,,,"* My Contacts ::: IR ::: Paris, France",* Work,dana@lakeshore.example.org,* Home,dana.w@example.com,Work,312 555 0142,Mobile,+1 (773) 555-0177,,Lakeshore University Medical Center,,Program Director,,,',
        ),
      ),
    contacts: [
      {
        name: 'Dr. Dana Whitfield',
        emails: ['dana@lakeshore.example.org', 'dana.w@example.com'],
        phones: ['312 555 0142', '+1 (773) 555-0177'],
        title: 'Program Director',
        institution: 'Lakeshore University Medical Center',
        tags: ['IR', 'Paris, France'],
      },
    ],
  },
  {
    producer: 'Google "Outlook CSV": Title is the honorific, Job Title the job; E-mail 2/3 Address; Home, Business, Mobile phones; assistant and pager left out',
    plan: () =>
      planAnyCsv(
        crlf(
          GOOGLE_OUTLOOK_HEADER,
          googleOutlookRow({
            'First Name': 'Priya',
            'Last Name': 'Raman',
            Title: 'Dr.',
            'E-mail Address': 'priya.raman@northshore.example.org',
            'E-mail 2 Address': 'praman@example.edu',
            'E-mail 3 Address': 'priya@example.net',
            'Home Phone': '+1 847-555-0110',
            'Business Phone': '+1 847-555-0120',
            'Mobile Phone': '+1 847-555-0130',
            Pager: '847-555-0999',
            "Assistant's Phone": '847-555-0888',
            'Job Title': 'Division Chief, Interventional Radiology',
            Company: 'NorthShore Hospital',
            'Web Page': 'https://northshore.example.org/raman',
            Notes: 'Prefers email.\nOffice hours Tuesday.',
          }),
          googleOutlookRow({ 'First Name': 'Sam', 'Last Name': 'Ortiz', Title: 'Mr.', 'E-mail Address': 'sam@example.org', 'Job Title': 'Program Coordinator' }),
        ),
      ),
    contacts: [
      {
        name: 'Priya Raman',
        emails: ['priya.raman@northshore.example.org', 'praman@example.edu', 'priya@example.net'],
        phones: ['+1 847-555-0110', '+1 847-555-0120', '+1 847-555-0130'],
        title: 'Division Chief, Interventional Radiology',
        institution: 'NorthShore Hospital',
        urls: ['https://northshore.example.org/raman'],
      },
      { name: 'Sam Ortiz', emails: ['sam@example.org'], phones: [], title: 'Program Coordinator' },
    ],
  },
  {
    producer: 'Outlook 2010/2016 CSV: every cell quoted, E-mail Type and Display Name columns, "0/0/00" dates',
    plan: () =>
      planAnyCsv(
        outlookCsv([
          {
            Title: 'Dr.',
            'First Name': 'Mei',
            'Last Name': 'Chen',
            Company: 'Riverside Medical Center',
            'Job Title': 'Interventional Radiologist',
            'Business Phone': '+1 (206) 555-0142',
            'Mobile Phone': '206.555.0143',
            'Home Phone': '206-555-0144',
            'Company Main Phone': '206-555-0100',
            'E-mail Address': 'mei.chen@riverside.example.org',
            'E-mail Type': 'SMTP',
            'E-mail Display Name': 'Mei Chen (mei.chen@riverside.example.org)',
            'E-mail 2 Address': 'mei@example.com',
            'E-mail 2 Type': 'SMTP',
            'E-mail 2 Display Name': 'Mei Chen (mei@example.com)',
            Categories: 'Mentors;SIR 2026',
          },
        ]),
      ),
    contacts: [
      {
        name: 'Mei Chen',
        emails: ['mei.chen@riverside.example.org', 'mei@example.com'],
        phones: ['+1 (206) 555-0142', '206-555-0100', '206-555-0144', '206.555.0143'],
        title: 'Interventional Radiologist',
        institution: 'Riverside Medical Center',
        tags: ['Mentors', 'SIR 2026'],
      },
    ],
  },
  {
    producer: 'Outlook export in Windows-1252 (decodeText), accents in names',
    plan: () => {
      const bytes = Uint8Array.from(
        Buffer.from(outlookCsv([{ 'First Name': 'Zoë', 'Last Name': 'Müller-Sánchez', Company: 'Hôpital Saint-Luc', 'E-mail Address': 'zoe@saint-luc.example.org', 'Mobile Phone': '+33 1 23 45 67 89' }]), 'latin1'),
      );
      const text = decodeText(bytes, 'csv');
      if (text === null) throw new Error('not decoded');
      return planAnyCsv(text);
    },
    contacts: [{ name: 'Zoë Müller-Sánchez', emails: ['zoe@saint-luc.example.org'], phones: ['+33 1 23 45 67 89'], institution: 'Hôpital Saint-Luc' }],
  },
  {
    producer: 'LinkedIn Connections.csv (2018): header on the first line, no URL column',
    plan: () =>
      planLinkedIn(
        crlf(
          'First Name,Last Name,Email Address,Company,Position,Connected On',
          'Ana,Reyes,ana@example.org,Mercy Medical Center,Program Director,12 Mar 2018',
          'Bo,Lind,,"Maple Ridge Health, IR",Resident,01 Jan 2019',
        ),
      ),
    contacts: [
      { name: 'Ana Reyes', emails: ['ana@example.org'], phones: [], title: 'Program Director', institution: 'Mercy Medical Center' },
      { name: 'Bo Lind', emails: [], phones: [], title: 'Resident', institution: 'Maple Ridge Health, IR' },
    ],
  },
  {
    producer: 'LinkedIn Connections.csv (2024): notes preamble, urn:li:member in the email column',
    plan: () =>
      planLinkedIn(
        crlf(
          ...LINKEDIN_2024_PREAMBLE,
          'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
          'Ana,Reyes,https://www.linkedin.com/in/ana-reyes-12ab,,Mercy Medical Center,Associate Program Director,14 Oct 2024',
          'Kofi,Mensah,https://www.linkedin.com/in/kofi-mensah,urn:li:member:123456,Lakeshore UMC,IR Fellow,02 Feb 2024',
        ),
      ),
    contacts: [
      { name: 'Ana Reyes', emails: [], phones: [], linkedinUrl: 'https://www.linkedin.com/in/ana-reyes-12ab' },
      { name: 'Kofi Mensah', emails: [], phones: [], title: 'IR Fellow', linkedinUrl: 'https://www.linkedin.com/in/kofi-mensah' },
    ],
    notes: [{ row: 6, message: /Kofi Mensah: Email not understood, left out: “urn:li:member:123456”/ }],
  },
  {
    producer: 'LinkedIn Connections.csv re-saved by Excel (semicolons, BOM, quoted notes)',
    plan: () =>
      planLinkedIn(
        `\uFEFF${crlf(
          'Notes:;;;;;;',
          '"When exporting your connection data, you may notice that some of the email addresses are missing.";;;;;;',
          ';;;;;;',
          'First Name;Last Name;URL;Email Address;Company;Position;Connected On',
          'Ana;Reyes;https://www.linkedin.com/in/ana-reyes;ana@example.org;Mercy Medical Center;Program Director, IR;14.10.2024',
          'Luis;García;https://www.linkedin.com/in/luis-garcia;luis.garcia@example.es;"Hospital Clínic; Barcelona";Residente;03.05.2023',
        )}`,
      ),
    contacts: [
      { name: 'Ana Reyes', emails: ['ana@example.org'], phones: [], title: 'Program Director, IR', institution: 'Mercy Medical Center' },
      { name: 'Luis García', emails: ['luis.garcia@example.es'], phones: [], institution: 'Hospital Clínic; Barcelona' },
    ],
  },
  {
    producer: 'headerless LinkedIn (header line deleted)',
    plan: () =>
      planLinkedIn(
        crlf(
          'Ana,Reyes,https://www.linkedin.com/in/ana-reyes,ana@example.org,Mercy Medical Center,Program Director,14 Oct 2024',
          'Bo,Lind,https://www.linkedin.com/in/bo-lind,,Maple Ridge Health,IR Fellow,02 Feb 2024',
        ),
      ),
    contacts: [
      { name: 'Ana Reyes', emails: ['ana@example.org'], phones: [], institution: 'Mercy Medical Center', linkedinUrl: 'https://www.linkedin.com/in/ana-reyes' },
      { name: 'Bo Lind', emails: [], phones: [], title: 'IR Fellow', linkedinUrl: 'https://www.linkedin.com/in/bo-lind' },
    ],
  },
  {
    producer: 'headerless CSV through "First row is data", with one row quoted whole',
    plan: async () => {
      const text = 'Ana Reyes,ana@example.org,+1 312 555 0100\nBo Lind,bo@example.org,312-555-0101\n"Cy Okafor,cy@example.org,Mercy"\n';
      expect(headerLooksLikeData((await tableOf(text)).headers)).toBe(true);
      const table = await tableOf(text, true);
      const mapping = suggestMapping(table.headers, 'contacts', table.rows);
      // Emails and phones are recognised from the cells; no header names the name column, so the user picks it.
      expect(mapping).toEqual([null, 'email', 'phone']);
      mapping[0] = 'name';
      return planImport(applyMapping(table.rows, mapping, 'contacts', { headers: table.headers, delimiter: table.delimiter }), []);
    },
    contacts: [
      { name: 'Ana Reyes', emails: ['ana@example.org'], phones: ['+1 312 555 0100'] },
      { name: 'Bo Lind', emails: ['bo@example.org'], phones: ['312-555-0101'] },
    ],
    invalid: [{ row: 3, reason: /^Row: the whole row sits in one quoted cell \(“Cy Okafor,cy@example.org,Mercy”\)/ }],
  },
  {
    producer: 'Apple Numbers export (semicolons in a European locale, LF, a cell with line breaks)',
    plan: () =>
      planAnyCsv(
        'Name;E-mail;Phone;Hospital;Tags;Notes\nInès Dubois;ines.dubois@example.fr;+33 6 12 34 56 78;CHU de Lyon;"Paris, France";"Met at JFR.\nFollow up in May."\nTom Berg;tom@example.se, tom.berg@example.se;070-123 45 67;Karolinska;IR;\n',
      ),
    contacts: [
      { name: 'Inès Dubois', emails: ['ines.dubois@example.fr'], phones: ['+33 6 12 34 56 78'], institution: 'CHU de Lyon', tags: ['Paris', 'France'] },
      { name: 'Tom Berg', emails: ['tom@example.se', 'tom.berg@example.se'], phones: ['070-123 45 67'], institution: 'Karolinska', tags: ['IR'] },
    ],
  },
  {
    producer: 'Thunderbird address book CSV (Display Name, Primary/Secondary Email, Work/Home/Mobile, Web Page 1/2, trailing comma)',
    plan: () =>
      planAnyCsv(
        crlf(
          'First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,',
          'Olu,Adeyemi,Dr. Olu Adeyemi,,olu@lagos-uth.example.org,olu.adeyemi@example.com,oluadeyemi,+234 1 555 0101,+234 1 555 0102,+234 1 555 0199,+234 1 555 0198,+234 802 555 0103,,,,,,,,,,,,,Consultant Radiologist,Radiology,Lagos University Teaching Hospital,https://lagos-uth.example.org/radiology,https://x.com/oluadeyemi,1975,06,14,,,,,,',
        ),
      ),
    contacts: [
      {
        name: 'Dr. Olu Adeyemi',
        emails: ['olu@lagos-uth.example.org', 'olu.adeyemi@example.com'],
        phones: ['+234 1 555 0101', '+234 1 555 0102', '+234 802 555 0103'],
        title: 'Consultant Radiologist',
        institution: 'Lagos University Teaching Hospital',
        urls: ['https://lagos-uth.example.org/radiology'],
      },
    ],
  },
];

describe('CSV producers: what each file imports', () => {
  it.each(cases)('$producer', async ({ plan: makePlan, contacts, notes = [], invalid = [] }) => {
    const plan = await makePlan();
    expect(plan.invalid.map((r) => ({ row: r.row, reason: r.reason }))).toEqual(invalid.map((i) => ({ row: i.row, reason: expect.stringMatching(i.reason) })));
    expect(stored(plan)).toEqual(contacts.map((c) => expect.objectContaining({ ...c, email: c.emails[0] ?? '', phone: c.phones[0] ?? '' })));
    for (const note of notes) {
      expect(plan.notes).toContainEqual({ row: note.row, message: expect.stringMatching(note.message) });
    }
  });

  it('keeps the labels Google, Outlook and Thunderbird give: label columns and header words', async () => {
    const google = await planAnyCsv(GOOGLE_CSV);
    expect(google.add[0].fields.emails.map((e) => e.label)).toEqual(['work', 'work', 'home']);
    expect(google.add[0].fields.phones.map((p) => p.label)).toEqual(['mobile', 'mobile', 'work', 'home']);
    const outlook = await planAnyCsv(outlookCsv([{ 'First Name': 'Mei', 'Business Phone': '206-555-0142', 'Mobile Phone': '206-555-0143', 'E-mail Address': 'mei@example.org' }]));
    expect(outlook.add[0].fields.phones).toEqual([
      { value: '206-555-0142', label: 'work' },
      { value: '206-555-0143', label: 'mobile' },
    ]);
    expect(outlook.add[0].fields.emails).toEqual([{ value: 'mei@example.org', label: '' }]);
  });

  it('keeps the structured name and the birthday Google gives, and the honorific from Outlook’s Title', async () => {
    const google = await planAnyCsv(GOOGLE_CSV);
    expect(google.add[0].fields).toMatchObject({
      structuredName: { given: 'Ana', additional: 'María', family: 'Reyes', prefixes: 'Dr.', suffixes: 'MD' },
      birthday: '1980-04-23',
      notes: 'Met at SIR 2025.\nAsked about research.',
    });
    const outlook = await planAnyCsv(outlookCsv([{ Title: 'Dr.', 'First Name': 'Mei', 'Last Name': 'Chen', 'Job Title': 'IR Attending' }]));
    expect(outlook.add[0].fields).toMatchObject({ name: 'Mei Chen', title: 'IR Attending', birthday: '', structuredName: { prefixes: 'Dr.', given: 'Mei', family: 'Chen' } });
  });

  it('keeps postal addresses: Google’s Address n - … with its label, Outlook’s Business and Home, Thunderbird’s Work', async () => {
    const google = await planAnyCsv(GOOGLE_CSV);
    expect(google.add[0].fields.addresses).toEqual([{ street: '1 Lake Shore Dr', city: 'Chicago', region: 'IL', postcode: '60611', country: 'US', label: 'work' }]);
    const outlook = await planAnyCsv(
      outlookCsv([
        {
          'First Name': 'Mei',
          'Business Street': 'Riverside Medical Center\n1200 River Rd',
          'Business City': 'Seattle',
          'Business State': 'WA',
          'Business Postal Code': '98101',
          'Business Country/Region': 'United States of America',
          'Home Street': '5 Elm St',
          'Home City': 'Tacoma',
        },
      ]),
    );
    expect(outlook.add[0].fields.addresses).toEqual([
      { street: 'Riverside Medical Center\n1200 River Rd', city: 'Seattle', region: 'WA', postcode: '98101', country: 'United States of America', label: 'work' },
      { street: '5 Elm St', city: 'Tacoma', region: '', postcode: '', country: '', label: 'home' },
    ]);
    const thunderbird = await planAnyCsv(
      crlf('First Name,Last Name,Primary Email,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country', 'Olu,Adeyemi,olu@example.org,Idi-Araba,PMB 12003,Lagos,Lagos,100254,Nigeria'),
    );
    expect(thunderbird.add[0].fields.addresses).toEqual([{ street: 'Idi-Araba\nPMB 12003', city: 'Lagos', region: 'Lagos', postcode: '100254', country: 'Nigeria', label: 'work' }]);
  });

  it('imports programs pasted from a web page (tab-separated), cells with commas intact', async () => {
    const pasted = 'Program\tInstitution\tCity\tState\tTrack\tPositions\tWebsite\nLakeshore Integrated IR\tLakeshore Medical, Chicago\tChicago\tIL\tIntegrated IR\t2\twww.lakeshore.example.org/ir\nMaple Ridge ESIR\tMaple Ridge Health\tDenver\tCO\tESIR\t1\t\n';
    const parsed = await parsePastedTable(pasted);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { table } = parsed;
    expect(table.delimiter).toBe('\t');
    const mapping = suggestMapping(table.headers, 'programs', table.rows);
    const plan = await planProgramImport(applyMapping(table.rows, mapping, 'programs', { headers: table.headers, delimiter: table.delimiter }), []);
    expect(plan.invalid).toEqual([]);
    expect(plan.add.map((a) => [a.fields.name, a.fields.institution, a.fields.track, a.fields.figures.positions, a.fields.website])).toEqual([
      ['Lakeshore Integrated IR', 'Lakeshore Medical, Chicago', 'integrated-ir', 2, 'https://www.lakeshore.example.org/ir'],
      ['Maple Ridge ESIR', 'Maple Ridge Health', 'dr-esir', 1, ''],
    ]);
  });

  it.each([
    ['an empty paste', '  \n ', /paste box is empty/],
    ['one column', 'Program\nLakeshore IR\n', /only one column/],
    ['a header only', 'Program\tCity\n', /Only one line was pasted/],
  ])('refuses %s with a message for the paste box', async (_name, text, message) => {
    const parsed = await parsePastedTable(text);
    expect(!parsed.ok && parsed.error.message).toMatch(message);
  });

  it('stores every email and phone of a Google CSV through the real Dexie commit', async () => {
    const table = await tableOf(GOOGLE_CSV);
    const mapping = suggestMapping(table.headers, 'contacts', table.rows);
    const plan = await previewContactImport(applyMapping(table.rows, mapping, 'contacts', { headers: table.headers, delimiter: table.delimiter }));
    const summary = await commitImport(plan);
    expect(summary.added).toBe(3);
    const ana = (await db.contacts.toArray()).find((c) => c.name === 'Ana María Reyes');
    expect(ana).toMatchObject({
      email: 'ana.reyes@mercy.example.org',
      phone: '+1 312-555-0100',
      emails: [
        { value: 'ana.reyes@mercy.example.org', label: 'work' },
        { value: 'areyes@mercy.example.org', label: 'work' },
        { value: 'ana@example.com', label: 'home' },
      ],
      phones: [
        { value: '+1 312-555-0100', label: 'mobile' },
        { value: '+1 312-555-0101', label: 'mobile' },
        { value: '(312) 555-0199 x12', label: 'work' },
        { value: '+44 20 7946 0958', label: 'home' },
      ],
      tags: ['Mentors'],
      linkedinUrl: 'https://www.linkedin.com/in/ana-reyes',
    });
  });
});

describe('Rapport’s own contacts CSV: export then import gives the same contacts', () => {
  const tagArb = fc.oneof(fc.constantFrom('Paris, France', 'IR; PAD', 'a|b', '"quoted"', 'SIR 2026', 'x', '* mine', 'starred', 'a ::: b'), fc.string({ minLength: 1, maxLength: 8 }));
  const emailArb = fc.constantFrom('a@example.org', 'b.c@example.com', 'z@hospital.example.edu', 'ana+ir@example.org');
  const phoneArb = fc.constantFrom('+1 312 555 0100', '+44 20 7946 0958', '(312) 555-0199', '312-555-0142 x12', '-5550100');
  const urlArb = fc.constantFrom('https://example.org/a', 'https://lab.example.edu/~ana', 'https://example.com/p?q=1,2');
  const labelArb = fc.constantFrom('', 'work', 'home', 'mobile', 'clinic');
  const pointsArb = <T extends string>(valueArb: fc.Arbitrary<T>) =>
    fc.uniqueArray(fc.record({ value: valueArb, label: labelArb }), { maxLength: 4, selector: (p) => p.value.toLowerCase() });
  const contactWithListsArb = fc
    .record({
      base: contactArb,
      emails: pointsArb(emailArb),
      phones: pointsArb(phoneArb),
      urls: pointsArb(urlArb),
      tags: fc.uniqueArray(tagArb.filter((t) => t.trim() === t && t !== ''), { maxLength: 4, selector: (t) => t.toLowerCase() }),
      notes: fc.constantFrom('', 'line one\nline two', 'line one\r\nline two', 'said "hi", then left'),
      addresses: fc.array(
        fc.record({
          street: fc.constantFrom('1 Lake Shore Dr', '221B Baker St\nFlat 2', 'Rue de la Paix, 5'),
          city: fc.constantFrom('', 'Chicago', 'Saint-Étienne'),
          region: fc.constantFrom('', 'IL', 'Île-de-France'),
          postcode: fc.constantFrom('', '60611', '02139'),
          country: fc.constantFrom('', 'US', 'France'),
          label: labelArb,
        }),
        { maxLength: 2 },
      ),
      birthday: fc.constantFrom('', '1980-04-23', '--12-31'),
      structuredName: fc.option(
        fc.record({
          given: fc.constantFrom('Ana', 'Bo'),
          family: fc.constantFrom('Reyes', 'Lind-Berg'),
          additional: fc.constantFrom('', 'María'),
          prefixes: fc.constantFrom('', 'Dr.'),
          suffixes: fc.constantFrom('', 'MD, PhD'),
        }),
      ),
    })
    .map(({ base, emails, phones, urls, tags, notes, addresses, birthday, structuredName }): Contact => ({
      ...base,
      emails,
      phones,
      urls,
      addresses,
      birthday,
      structuredName,
      email: emails[0]?.value ?? '',
      phone: phones[0]?.value ?? '',
      tags,
      notes,
    }));

  it('keeps names, every email and phone with its label, links, addresses, the structured name, birthday, tags with commas and notes with line breaks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(contactWithListsArb, { minLength: 1, maxLength: 5, selector: (c) => c.id }), async (contacts) => {
        const table = await tableOf(contactsToCsv(contacts));
        const mapping = suggestMapping(table.headers, 'contacts', table.rows);
        const plan = await planImport(applyMapping(table.rows, mapping, 'contacts', { headers: table.headers, delimiter: table.delimiter }), []);
        expect(plan.invalid).toEqual([]);
        expect(plan.add.length + plan.duplicates.length).toBe(contacts.length);
        for (const added of plan.add) {
          const original = contacts[added.row - 2];
          expect(added.fields.name).toBe(original.name.trim());
          expect(added.fields.emails).toEqual(original.emails);
          expect(added.fields.phones).toEqual(original.phones);
          expect(added.fields.urls).toEqual(original.urls);
          expect(added.fields.email).toBe(original.email);
          expect(added.fields.phone).toBe(original.phone);
          expect(added.fields.tags).toEqual(original.tags);
          expect(added.fields.addresses).toEqual(original.addresses);
          expect(added.fields.birthday).toBe(original.birthday);
          expect(added.fields.structuredName).toEqual(original.structuredName);
          expect(added.fields.notes.replace(/\r\n/g, '\n')).toBe(original.notes.replace(/\r\n/g, '\n'));
        }
      }),
      { numRuns: 80 },
    );
  });

  it('writes a phone starting with + as it is, but still neutralises formula-like text elsewhere', () => {
    const [contact] = fc.sample(contactWithListsArb, { numRuns: 1, seed: 7 });
    const csv = contactsToCsv([{ ...contact, name: '=HYPERLINK("x")', phones: [{ value: '+1 312 555 0100', label: '' }], phone: '+1 312 555 0100', tags: ['Paris, France', 'IR'] }]);
    const row = csv.split('\r\n')[1];
    expect(row).toContain(',+1 312 555 0100,');
    expect(row).toMatch(/^"'=HYPERLINK\(""x""\)"/);
    expect(row).toContain('"""Paris, France""; IR"');
  });
});
