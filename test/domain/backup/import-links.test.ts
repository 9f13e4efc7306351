/**
 * A contacts CSV names a contact's programs and introducer as
 * "Name (Institution)": the plan links them to records in Rapport or to rows
 * of the same file, and leaves out — with a note — a reference that finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { isRapportCsv, suggestMapping } from '../../../src/domain/backup/csv-columns';
import { applyMapping } from '../../../src/domain/backup/csv-mapping';
import { parseCsv } from '../../../src/domain/backup/csv-read';
import { contactsToCsv } from '../../../src/domain/backup/csv-write';
import { planImport } from '../../../src/domain/backup/import-plan';
import { referenceTo } from '../../../src/domain/backup/record-references';
import { contactSchema, programSchema, type Contact, type Program } from '../../../src/domain/entities';
import { contactFields, programFields } from '../../factories';

const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' };
const program = (fields: Partial<Program>): Program => programSchema.parse({ id: crypto.randomUUID(), ...STAMP, ...programFields(), ...fields });
const contact = (fields: Partial<Contact>): Contact => contactSchema.parse({ id: crypto.randomUUID(), ...STAMP, ...contactFields(), ...fields });

const MERCY_IR = program({ name: 'Integrated IR', institution: 'Mercy Hospital' });
const LAKE_DR = program({ name: 'DR (ESIR)', institution: '' });

async function planCsv(lines: string[], existing: Contact[] = [], programs: Program[] = [MERCY_IR, LAKE_DR]) {
  const parsed = await parseCsv(`${lines.join('\r\n')}\r\n`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { headers, rows } = parsed.table;
  return planImport(applyMapping(rows, suggestMapping(headers, 'contacts', rows), 'contacts', { headers }), existing, { programs });
}

describe('program links', () => {
  it.each([
    ['exactly as written', 'Integrated IR (Mercy Hospital)', [MERCY_IR.id]],
    ['typed by hand, in other case and without punctuation', 'integrated ir mercy hospital', [MERCY_IR.id]],
    ['a program with brackets in its name and no institution', 'DR (ESIR) ()', [LAKE_DR.id]],
    ['that program loosely, as a person would type it', 'DR (ESIR)', [LAKE_DR.id]],
    ['two programs in one cell', '"Integrated IR (Mercy Hospital)"; DR (ESIR) ()', [MERCY_IR.id, LAKE_DR.id]],
  ])('links a program named %s', async (_what, cell, ids) => {
    const plan = await planCsv(['Name,Programs', `Ana Reyes,${cell.includes(',') || cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell}`]);
    expect(plan.add.map((a) => a.fields.programIds)).toEqual([ids]);
    expect(plan.notes).toEqual([]);
  });

  it('leaves out a program Rapport does not have, says so, and keeps the contact', async () => {
    const plan = await planCsv(['Name,Programs', 'Ana Reyes,"Vascular IR (St Luke); Integrated IR (Mercy Hospital)"']);
    expect(plan.add.map((a) => a.fields.programIds)).toEqual([[MERCY_IR.id]]);
    expect(plan.notes).toEqual([
      {
        row: 2,
        message:
          'Ana Reyes: the link to the program “Vascular IR (St Luke)” was left out: Rapport has no such program yet (import the programs CSV first, then this file)',
      },
    ]);
  });
});

describe('references', () => {
  it.each([
    [{ name: 'Integrated IR', institution: 'Mercy Hospital' }, 'Integrated IR (Mercy Hospital)'],
    [{ name: ' Integrated IR ', institution: '' }, 'Integrated IR'],
    [{ name: 'DR (ESIR)', institution: '' }, 'DR (ESIR) ()'],
    [{ name: 'DR', institution: 'ESIR' }, 'DR (ESIR)'],
  ])('names %j as %j', (record, reference) => {
    expect(referenceTo(record)).toBe(reference);
  });

  it('tells apart a program whose name ends in brackets from one at that institution', async () => {
    const atEsir = program({ name: 'DR', institution: 'ESIR' });
    const plan = await planCsv(['Name,Programs', 'Ana Reyes,DR (ESIR) ()', 'Bo Lind,DR (ESIR)'], [], [LAKE_DR, atEsir]);
    expect(plan.add.map((a) => a.fields.programIds)).toEqual([[LAKE_DR.id], [atEsir.id]]);
  });
});

describe('introduced by', () => {
  it('links to a contact already in Rapport', async () => {
    const bo = contact({ name: 'Bo Lind', institution: 'Mercy' });
    const plan = await planCsv(['Name,Introduced by', 'Ana Reyes,Bo Lind (Mercy)'], [bo]);
    expect(plan.add[0].fields.introducedById).toBe(bo.id);
    expect(plan.add[0].introducedByRow).toBeUndefined();
  });

  it.each([
    ['a later row', ['Name,Institution,Introduced by', 'Ana Reyes,,Bo Lind (Mercy)', 'Bo Lind,Mercy,'], 2, 3],
    ['an earlier row', ['Name,Institution,Introduced by', 'Bo Lind,Mercy,', 'Ana Reyes,,Bo Lind (Mercy)'], 3, 2],
    ['its own row', ['Name,Institution,Introduced by', 'Bo Lind,Mercy,Bo Lind (Mercy)'], 2, 2],
  ])('links to the new contact of %s of the same file', async (_what, lines, row, introducerRow) => {
    const plan = await planCsv(lines);
    expect(plan.add.find((a) => a.row === row)?.introducedByRow).toBe(introducerRow);
  });

  it('links to the contact in Rapport that the introducer’s row duplicates', async () => {
    const bo = contact({ name: 'Bo Lind', institution: 'Mercy', email: 'bo@example.org' });
    const plan = await planCsv(['Name,Institution,Email,Introduced by', 'Ana Reyes,,,Dr. Bo (Lake)', 'Dr. Bo,Lake,bo@example.org,'], [bo]);
    expect(plan.duplicates.map((d) => d.row)).toEqual([3]);
    expect(plan.add[0]).toMatchObject({ row: 2, fields: { introducedById: bo.id } });
  });

  it.each([
    ['nobody of that name', ['Name,Introduced by', 'Ana Reyes,Cy Moss (Lake)']],
    ['a row that cannot be imported', ['Name,Institution,Cadence,Introduced by', 'Ana Reyes,,,Cy Moss (Lake)', 'Cy Moss,Lake,often,']],
  ])('leaves the introducer out, with a note, when it names %s', async (_what, lines) => {
    const plan = await planCsv(lines);
    expect(plan.add[0]).toMatchObject({ row: 2, fields: { introducedById: null } });
    expect(plan.add[0].introducedByRow).toBeUndefined();
    expect(plan.notes).toContainEqual({
      row: 2,
      message: 'Ana Reyes: “Introduced by Cy Moss (Lake)” was left out: no such contact is in Rapport or imported from this file',
    });
  });
});

describe('Rapport’s own contacts CSV is read as written', () => {
  it('is recognised by its headers, and a file of anyone else’s is not', async () => {
    const own = contactsToCsv([contact({ name: 'Ana Reyes' })]);
    const parsed = await parseCsv(own);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(isRapportCsv(parsed.table.headers, 'contacts')).toBe(true);
    expect(isRapportCsv(['Name', 'Email', 'Title', 'Notes'], 'contacts')).toBe(false);
  });

  it('keeps a title of only “Dr.”, labels as typed, and a LinkedIn page among the web links', async () => {
    const ana = contact({
      name: 'Ana Reyes',
      title: 'Dr.',
      emails: [{ value: 'ana@example.org', label: 'Clinic, 2nd floor' }],
      email: 'ana@example.org',
      urls: [{ value: 'https://www.linkedin.com/in/ana;x=1', label: 'Old profile' }],
    });
    const parsed = await parseCsv(contactsToCsv([ana]));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { headers, rows } = parsed.table;
    const plan = await planImport(applyMapping(rows, suggestMapping(headers, 'contacts', rows), 'contacts', { headers }), []);
    expect(plan.add[0].fields).toMatchObject({
      title: 'Dr.',
      structuredName: null,
      emails: [{ value: 'ana@example.org', label: 'Clinic, 2nd floor' }],
      urls: [{ value: 'https://www.linkedin.com/in/ana;x=1', label: 'Old profile' }],
      linkedinUrl: '',
    });
  });
});
