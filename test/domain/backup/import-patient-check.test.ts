import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup, type Backup, type BackupTableName } from '../../../src/domain/backup/backup-format';
import type { ImportCandidate } from '../../../src/domain/backup/import-candidate';
import { FREE_TEXT_FIELDS, patientDataInBackup, patientDataInPlan } from '../../../src/domain/backup/import-patient-check';
import { planImport, planProgramImport } from '../../../src/domain/backup/import-plan';
import { contactSchema, type Contact } from '../../../src/domain/entities';
import { contactFields } from '../../factories';

const PROBE = 'Saw pt J.S. in clinic, MRN 12 34 56 78';
const PROBE_PHRASES = ['pt J.S.', 'MRN 12 34 56 78'];
const CLEAN = 'Met Dr. Lee at SIR 2026 booth 12; Step 2 CK 255, PGY-2; call (555) 123-4567 on March 4 2026, room 1203';

async function v1Backup(): Promise<Backup> {
  const parsed = await parseBackup(readFileSync('test/data/fixtures/v1.json', 'utf8'), 1);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.backup;
}

type Edit = (record: Record<string, unknown>) => Record<string, unknown>;

/** [table, what changes in its first record, the field as the preview names it] */
const BACKUP_CASES: [BackupTableName, Edit, string][] = [
  ['contacts', (r) => ({ ...r, title: PROBE }), 'Title'],
  ['contacts', (r) => ({ ...r, institution: PROBE }), 'Institution'],
  ['contacts', (r) => ({ ...r, notes: PROBE }), 'Notes'],
  ['contacts', (r) => ({ ...r, tags: ['mentor', PROBE] }), 'Tags'],
  ['contacts', (r) => ({ ...r, interests: [PROBE] }), 'Interests'],
  ['contacts', (r) => ({ ...r, addresses: [{ street: PROBE, city: '', region: '', postcode: '', country: '', label: '' }] }), 'Address, street'],
  ['programs', (r) => ({ ...r, name: PROBE }), 'Program name'],
  ['programs', (r) => ({ ...r, institution: PROBE }), 'Institution'],
  ['programs', (r) => ({ ...r, caseMixNotes: PROBE }), 'Case mix notes'],
  ['programs', (r) => ({ ...r, cultureNotes: PROBE }), 'Culture notes'],
  ['programs', (r) => ({ ...r, researchNotes: PROBE }), 'Research notes'],
  ['programs', (r) => ({ ...r, callNotes: PROBE }), 'Call notes'],
  ['programs', (r) => ({ ...r, notes: PROBE }), 'Notes'],
  ['interactions', (r) => ({ ...r, summary: PROBE }), 'Summary'],
  ['interactions', (r) => ({ ...r, notes: PROBE }), 'Notes'],
  ['interactions', (r) => ({ ...r, learned: PROBE }), 'What you learned'],
  ['interactions', (r) => ({ ...r, nextStep: PROBE }), 'Next step'],
  [
    'interactions',
    (r) => ({
      ...r,
      commitments: [
        { id: 'c1', direction: 'mine', text: 'Send my CV', dueDate: null, done: false },
        { id: 'c2', direction: 'mine', text: PROBE, dueDate: null, done: false },
      ],
    }),
    'Commitment 2, text',
  ],
  ['reminders', (r) => ({ ...r, title: PROBE }), 'Title'],
  ['reminders', (r) => ({ ...r, reason: PROBE }), 'Reason'],
  ['events', (r) => ({ ...r, name: PROBE }), 'Event name'],
  ['events', (r) => ({ ...r, place: PROBE }), 'Place'],
  ['events', (r) => ({ ...r, sessions: ['Opening', PROBE] }), 'Session'],
  ['events', (r) => ({ ...r, notes: PROBE }), 'Notes'],
  ['profile', (r) => ({ ...r, school: PROBE }), 'Medical school'],
  ['profile', (r) => ({ ...r, interests: [PROBE] }), 'Interests'],
  [
    'settings',
    (r) => ({ ...r, templates: [{ id: 'thank-you', name: 'Thank you', purpose: '', subject: 'Thanks', body: PROBE }] }),
    'Template “Thank you”, message',
  ],
];

const RECORD_WORDS: Record<BackupTableName, string> = {
  contacts: 'Contact 1',
  programs: 'Program 1',
  interactions: 'Logged meeting 1',
  reminders: 'Reminder 1',
  events: 'Event 1',
  profile: 'Your profile',
  settings: 'Settings',
};

describe('patientDataInBackup', () => {
  it('finds nothing in an ordinary backup', async () => {
    expect(await patientDataInBackup(await v1Backup())).toEqual([]);
  });

  it.each(BACKUP_CASES)('finds patient data in %s: %s', async (table, edit, field) => {
    const backup = await v1Backup();
    const records: Record<string, unknown>[] = backup.tables[table];
    records[0] = edit(records[0]);
    const found = await patientDataInBackup(backup);
    expect(found).toEqual([expect.objectContaining({ table, row: 1, record: RECORD_WORDS[table], field, phrases: PROBE_PHRASES })]);
    expect(found[0].label.length).toBeGreaterThan(0);
  });

  it('covers every free-text field the table test lists', () => {
    const tested = new Set(BACKUP_CASES.map(([table, , field]) => `${table}:${field}`));
    const fields = Object.values(FREE_TEXT_FIELDS).flat().length;
    // Template name, purpose and subject are read by the same rule as the message.
    expect(tested.size).toBe(fields - 3);
  });

  it('stays quiet on phone numbers, scores and meeting dates in every free-text field', async () => {
    const backup = await v1Backup();
    backup.tables.contacts[0] = { ...backup.tables.contacts[0], notes: CLEAN, title: 'PGY-2', phone: '+1 555 123 4567' };
    backup.tables.interactions[0] = { ...backup.tables.interactions[0], summary: CLEAN, nextStep: 'Email on March 4 2026' };
    backup.tables.events[0] = { ...backup.tables.events[0], notes: CLEAN, place: 'Room 1203' };
    expect(await patientDataInBackup(backup)).toEqual([]);
  });

  it('checks the records in the trash and says they are in the trash', async () => {
    const backup = await v1Backup();
    const removed = { ...backup.tables.contacts[1], notes: PROBE };
    backup.trash = [
      { id: 't1', deletedAt: '2026-03-01T10:00:00.000Z', table: 'contacts', recordId: removed.id, label: removed.name, items: [{ table: 'contacts', record: removed }] },
    ];
    expect(await patientDataInBackup(backup)).toEqual([
      { table: 'trash', row: 1, record: 'Trash entry 1', label: `${removed.name} (in the trash)`, field: 'Notes', phrases: PROBE_PHRASES },
    ]);
  });

  it('names a logged meeting by its day and summary', async () => {
    const backup = await v1Backup();
    const meeting = backup.tables.interactions[0];
    backup.tables.interactions[0] = { ...meeting, summary: 'Coffee at SIR', notes: 'dob:03041955' };
    const [row] = await patientDataInBackup(backup);
    expect(row.label).toMatch(/^Meeting on \d{4}-\d{2}-\d{2}: Coffee at SIR$/);
    expect(row.phrases).toEqual(['dob:03041955']);
  });
});

const candidate = (row: number, fields: Record<string, unknown>): ImportCandidate => ({ row, fields, problems: [] });

function storedContact(fields: Partial<Contact>): Contact {
  return contactSchema.parse({
    id: crypto.randomUUID(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...contactFields(),
    ...fields,
  });
}

describe('patientDataInPlan', () => {
  it.each([
    ['notes', 'Notes'],
    ['title', 'Title'],
    ['institution', 'Institution'],
  ])('lists a contact row whose %s looks like patient data, with its row and name', async (key, field) => {
    const plan = await planImport(
      [
        candidate(2, { name: 'Dr. Ana Reyes', role: 'ir-attending', notes: CLEAN }),
        candidate(3, { name: 'Dr. Ben Ode', role: 'ir-attending', [key]: PROBE }),
      ],
      [],
    );
    expect(await patientDataInPlan(plan)).toEqual([
      { table: 'contacts', row: 3, record: 'Row 3', label: 'Dr. Ben Ode', field, phrases: PROBE_PHRASES },
    ]);
  });

  it('lists program rows by each notes field', async () => {
    const plan = await planProgramImport(
      [
        candidate(2, { name: 'IR Residency', institution: 'Fictional University', track: 'integrated-ir', notes: 'DOB 4th of March 1955' }),
        candidate(3, { name: 'ESIR', track: 'integrated-ir', callNotes: 'q4 call, 2 fellows' }),
        candidate(4, { name: 'IR Fellowship', track: 'integrated-ir', caseMixNotes: 'Case: MRN ١٢٣٤٥٦٧٨' }),
      ],
      [],
    );
    expect(await patientDataInPlan(plan)).toEqual([
      { table: 'programs', row: 2, record: 'Row 2', label: 'IR Residency (Fictional University)', field: 'Notes', phrases: ['DOB 4th of March 1955'] },
      { table: 'programs', row: 4, record: 'Row 4', label: 'IR Fellowship', field: 'Case mix notes', phrases: ['MRN ١٢٣٤٥٦٧٨'] },
    ]);
  });

  it('checks only what an update fills in, and skips duplicates and invalid rows', async () => {
    const existing = [
      storedContact({ name: 'Dr. Ana Reyes', email: 'ana@example.org', notes: '' }),
      storedContact({ name: 'Dr. Ben Ode', email: 'ben@example.org', title: 'Professor' }),
    ];
    const plan = await planImport(
      [
        candidate(2, { name: 'Dr. Ana Reyes', role: 'ir-attending', email: 'ana@example.org', notes: PROBE }),
        candidate(3, { name: 'Dr. Ben Ode', role: 'ir-attending', email: 'ben@example.org', title: PROBE }),
        candidate(4, { name: 'Dr. Cy Doe', role: 'ir-attending', email: 'cy@example.org', notes: PROBE }),
        candidate(5, { name: 'Dr. Cy Doe', role: 'ir-attending', email: 'cy@example.org', notes: PROBE }),
        candidate(6, { name: '', role: 'ir-attending', notes: PROBE }),
      ],
      existing,
      { onExisting: 'fill-blanks' },
    );
    expect(plan.update.map((u) => u.row)).toEqual([2]);
    expect(plan.duplicates.map((d) => d.row)).toEqual([3, 5]);
    expect(plan.invalid.map((d) => d.row)).toEqual([6]);
    expect((await patientDataInPlan(plan)).map((r) => [r.row, r.field])).toEqual([
      [2, 'Notes'],
      [4, 'Notes'],
    ]);
  });

  it('stops when cancelled', async () => {
    const plan = await planImport([candidate(2, { name: 'Dr. Ana Reyes', role: 'ir-attending', notes: PROBE })], []);
    const controller = new AbortController();
    controller.abort();
    await expect(patientDataInPlan(plan, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
