import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactSchema, programSchema, type Contact, type Program } from '../../../src/domain/entities';
import type { ImportCandidate } from '../../../src/domain/backup/import-candidate';
import {
  containsMarkup,
  guessRoleFromTitle,
  normalizePersonName,
} from '../../../src/domain/backup/import-candidate';
import { planImport, planProgramImport } from '../../../src/domain/backup/import-plan';
import { contactFields, programFields } from '../../factories';

const candidate = (row: number, fields: Record<string, unknown>, problems: ImportCandidate['problems'] = []): ImportCandidate => ({
  row,
  fields,
  problems,
});

function contact(fields: Partial<Contact>): Contact {
  return contactSchema.parse({
    id: crypto.randomUUID(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...contactFields(),
    ...fields,
  });
}

function program(fields: Partial<Program>): Program {
  return programSchema.parse({
    id: crypto.randomUUID(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...programFields(),
    ...fields,
  });
}

describe('planImport: invalid rows name each field in words', () => {
  it.each([
    { fields: { role: 'other' }, reason: 'Name: Enter a name' },
    { fields: { name: '   ', role: 'other' }, reason: 'Name: Enter a name' },
    { fields: { name: 'x'.repeat(121), role: 'other' }, reason: 'Name: Keep the name under 120 characters' },
    { fields: { name: 'Ana', role: 'other', cadenceDays: 0 }, reason: 'Keep-in-touch cadence: At least 1 day' },
    { fields: { name: 'Ana', role: 'other', notes: 'n'.repeat(20001) }, reason: 'Notes: Keep this under 20000 characters' },
    { fields: { email: 'bad' , role: 'other'}, reason: 'Name: Enter a name; Email: Enter a valid email address, like name@hospital.org' },
  ])('$reason', async ({ fields, reason }) => {
    const plan = await planImport([candidate(5, fields)], []);
    expect(plan.invalid).toEqual([{ row: 5, label: expect.any(String), reason }]);
    expect(plan.add).toEqual([]);
  });

  it.each([
    { fields: { email: 'ana(at)example.org' }, note: 'Ana: Email not understood, left out (Enter a valid email address, like name@hospital.org)' },
    { fields: { email: 'urn:li:member:12345' }, note: 'Ana: Email not understood, left out (Enter a valid email address, like name@hospital.org)' },
    { fields: { linkedinUrl: 'javascript:alert(1)' }, note: 'Ana: LinkedIn link not understood, left out (Enter a web address starting with https://)' },
    { fields: { xUrl: 'data:text/html,hi' }, note: 'Ana: X link not understood, left out (Enter a web address starting with https://)' },
    { fields: { phone: 'call me' }, note: 'Ana: Phone not understood, left out (Use digits, spaces, +, ( ), - only)' },
    {
      fields: { phones: [{ value: '+1 555 0100', label: 'work' }, { value: 'tel:+1-555-555-5555;ext=102', label: '' }] },
      note: 'Ana: Phone 2 not understood, left out (Use digits, spaces, +, ( ), - only)',
    },
  ])('keeps the contact and leaves out a value it cannot use: $note', async ({ fields, note }) => {
    const plan = await planImport([candidate(5, { name: 'Ana', role: 'other', emails: [{ value: 'ana@example.org', label: 'work' }], ...fields })], []);
    expect(plan.invalid).toEqual([]);
    expect(plan.add).toHaveLength(1);
    expect(plan.notes).toEqual([{ row: 5, message: note }]);
    const added = plan.add[0].fields;
    expect(added.name).toBe('Ana');
    if (!('email' in fields)) expect(added.email).toBe('ana@example.org');
    if ('phones' in fields) expect(added.phones).toEqual([{ value: '+1 555 0100', label: 'work' }]);
  });

  it('puts the importer’s own problems first and does not repeat the field', async () => {
    const plan = await planImport([candidate(3, { name: 'Bo', role: 'other', email: 'bad' }, [{ field: 'role', message: '“Astronaut” is not a role Rapport knows' }])], []);
    expect(plan.invalid[0]).toEqual({
      row: 3,
      label: 'Bo',
      reason: 'Role: “Astronaut” is not a role Rapport knows; Email: Enter a valid email address, like name@hospital.org',
    });
  });

  it('says "Pick a track" for a program with none', async () => {
    const plan = await planProgramImport([candidate(2, { name: 'Lakeshore IR' })], []);
    expect(plan.invalid[0].reason).toBe('Track: Pick a track');
  });
});

describe('planImport: duplicates', () => {
  const existing = [
    contact({ name: 'Dr. Ana Pérez, MD', institution: "St. Mary's Hospital", email: 'Ana.Perez@StMarys.example' }),
    contact({ name: 'Bo Lindqvist', institution: '', email: '' }),
  ];

  it.each([
    { why: 'same email in another case', fields: { name: 'A. Perez', email: 'ana.perez@stmarys.example' }, reason: 'Same email as Dr. Ana Pérez, MD, already in Rapport' },
    { why: 'same name and institution, written differently', fields: { name: 'ana perez', institution: 'St Marys Hospital' }, reason: 'Same name and institution as Dr. Ana Pérez, MD, already in Rapport' },
    { why: 'same name, both without institution', fields: { name: 'Dr Bo Lindqvist' }, reason: 'Same name and institution as Bo Lindqvist, already in Rapport' },
  ])('matches an existing contact by $why', async ({ fields, reason }) => {
    const plan = await planImport([candidate(2, { role: 'other', ...fields })], existing);
    expect(plan.duplicates).toEqual([{ row: 2, label: fields.name, reason, existingId: expect.any(String), sameAsRow: null }]);
  });

  it('does not match the same name at another institution', async () => {
    const plan = await planImport([candidate(2, { name: 'Ana Pérez', role: 'other', institution: 'Harborview' })], existing);
    expect(plan.add).toHaveLength(1);
  });

  it('matches an earlier row of the same file', async () => {
    const plan = await planImport(
      [
        candidate(2, { name: 'Cy Okafor', role: 'other', email: 'cy@example.org' }),
        candidate(3, { name: 'Cyril Okafor', role: 'other', email: 'CY@example.org' }),
        candidate(4, { name: 'Cy  Okafor', role: 'other' }),
      ],
      [],
    );
    expect(plan.add.map((a) => a.row)).toEqual([2]);
    expect(plan.duplicates.map((d) => [d.row, d.reason, d.sameAsRow])).toEqual([
      [3, 'Same email as row 2 of this file', 2],
      [4, 'Same name and institution as row 2 of this file', 2],
    ]);
  });

  it('fills blanks on the existing contact when asked, never overwriting', async () => {
    const bo = existing[1];
    const plan = await planImport(
      [candidate(2, { name: 'Bo Lindqvist', role: 'ir-fellow', title: 'IR Fellow', email: 'bo@example.org', tags: ['fellows'], notes: 'from the file' })],
      [{ ...bo, role: 'other', notes: 'mine', tags: ['Fellows', 'study group'] }],
      { onExisting: 'fill-blanks' },
    );
    expect(plan.update).toEqual([
      {
        row: 2,
        label: 'Bo Lindqvist',
        id: bo.id,
        basedOnUpdatedAt: bo.updatedAt,
        patch: { role: 'ir-fellow', title: 'IR Fellow', email: 'bo@example.org' },
      },
    ]);
  });

  it('adds new tags when filling blanks, and skips a row with nothing new', async () => {
    const bo = existing[1];
    const plan = await planImport(
      [candidate(2, { name: 'Bo Lindqvist', role: 'other', tags: ['new tag'] }), candidate(3, { name: 'Ana Perez', role: 'other', institution: "St Mary's Hospital" })],
      [{ ...bo, tags: ['old'] }, existing[0]],
      { onExisting: 'fill-blanks' },
    );
    expect(plan.update.map((u) => u.patch)).toEqual([{ tags: ['old', 'new tag'] }]);
    expect(plan.duplicates[0].reason).toMatch(/already in Rapport \(nothing new to add\)/);
  });

  it('finds program duplicates by name and institution', async () => {
    const plan = await planProgramImport(
      [candidate(2, { name: 'Lakeshore Integrated IR', institution: 'Lakeshore UMC', track: 'integrated-ir' }), candidate(3, { name: 'Lakeshore Integrated IR', institution: 'Other', track: 'integrated-ir' })],
      [program({ name: 'lakeshore  integrated IR', institution: 'Lakeshore UMC' })],
    );
    expect(plan.duplicates.map((d) => d.row)).toEqual([2]);
    expect(plan.add.map((a) => a.label)).toEqual(['Lakeshore Integrated IR (Other)']);
  });
});

describe('planImport: HTML and script', () => {
  it('keeps the text exactly, as plain text, and notes it', async () => {
    const notes = '<script>alert("x")</script><b onmouseover=alert(1)>hi</b>';
    const plan = await planImport([candidate(4, { name: '<img src=x onerror=alert(1)>', role: 'other', notes })], []);
    expect(plan.add[0].fields).toMatchObject({ name: '<img src=x onerror=alert(1)>', notes });
    expect(plan.notes).toEqual([{ row: 4, message: expect.stringMatching(/contains HTML or script.*plain text/) }]);
  });

  it.each([
    ['<b>bold</b>', true],
    ['<script src=//evil.test></script>', true],
    ['javascript:alert(1)', true],
    ['x onerror="alert(1)"', true],
    ['3 < 5 and 7 > 2', false],
    ['Dr. <Name> placeholder', true],
    ['IO/PAD, venous', false],
  ])('containsMarkup(%j) is %s', (value, expected) => {
    expect(containsMarkup(value)).toBe(expected);
  });
});

describe('planImport: every row lands in exactly one list', () => {
  const fieldsArb = fc.record(
    {
      name: fc.oneof(fc.constantFrom('Ana Reyes', 'ana reyes', 'Bo', '', '  '), fc.string({ maxLength: 8 })),
      email: fc.constantFrom('', 'a@example.org', 'A@EXAMPLE.ORG', 'bad', 'b@example.org'),
      institution: fc.constantFrom('', 'Lakeshore', 'lakeshore'),
      role: fc.constantFrom('other', 'resident', 'nope'),
    },
    { requiredKeys: ['role'] },
  );
  it('adds, updates, duplicates and invalid rows partition the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fieldsArb, { maxLength: 20 }), fc.constantFrom('skip' as const, 'fill-blanks' as const), async (rows, onExisting) => {
        const existing = [contact({ name: 'Ana Reyes', email: 'ana@example.org', institution: 'Lakeshore' })];
        const candidates = rows.map((fields, i) => candidate(i + 2, fields));
        const plan = await planImport(candidates, existing, { onExisting });
        const placed = [...plan.add, ...plan.update, ...plan.duplicates, ...plan.invalid].map((r) => r.row).sort((a, b) => a - b);
        expect(placed).toEqual(candidates.map((c) => c.row));
        expect(plan.total).toBe(rows.length);
        // No two added rows share an email or a name+institution.
        const emails = plan.add.map((a) => a.fields.email.toLowerCase()).filter(Boolean);
        expect(new Set(emails).size).toBe(emails.length);
      }),
      { numRuns: 200 },
    );
  });

  it('reports progress and stops when cancelled', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => candidate(i + 2, { name: `Person ${i}`, role: 'other' }));
    const seen: number[] = [];
    await planImport(many, [], { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    const attempt = planImport(many, [], { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(attempt).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('helpers', () => {
  it.each([
    ['Dr. Ana Pérez, MD, FSIR', 'ana perez'],
    ['ANA   PEREZ', 'ana perez'],
    ['Prof. Dr. Jean-Luc O’Neil', 'jean luc oneil'],
    ['Dr', 'dr'],
  ])('normalizePersonName(%j) = %j', (name, expected) => {
    expect(normalizePersonName(name)).toBe(expected);
  });

  it.each([
    ['Program Director, Integrated IR Residency', 'program-director'],
    ['Associate Program Director', 'associate-pd'],
    ['APD, Diagnostic Radiology', 'associate-pd'],
    ['Chief, Division of Interventional Radiology', 'division-chief'],
    ['Chief Resident, Radiology', 'resident'],
    ['Vascular and Interventional Radiology Fellow', 'ir-fellow'],
    ['Radiology Resident (PGY-3)', 'resident'],
    ['Interventional Radiologist', 'ir-attending'],
    ['Assistant Professor of Radiology', 'dr-faculty'],
    ['Residency Program Coordinator', 'coordinator'],
    ['Physician Assistant, IR', 'pa-app'],
    ['Clinical Research Scientist', 'researcher'],
    ['Medical Student', null],
    ['', null],
  ])('guessRoleFromTitle(%j) = %j', (title, expected) => {
    expect(guessRoleFromTitle(title)).toBe(expected);
  });
});
