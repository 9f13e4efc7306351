import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  duplicateReason,
  findDuplicates,
  mergeContactEntry,
  normaliseInstitution,
  normaliseName,
  type ContactEntry,
} from '../../src/domain/contact-duplicates';
import { contactFieldsSchema, contactSchema, type Contact, type ContactFields } from '../../src/domain/entities';
import { LETTER_STATUSES, RELATIONSHIP_STAGES } from '../../src/domain/vocabulary';

let n = 0;
function contact(fields: Partial<ContactFields> = {}): Contact {
  n += 1;
  return contactSchema.parse({
    name: `Person ${n}`,
    role: 'ir-attending',
    ...fields,
    id: `c-${n}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}
function entry(fields: Partial<ContactFields> = {}): ContactEntry {
  const { lastTouchAt: _ignored, ...rest } = contactFieldsSchema.parse({ name: 'New Person', role: 'ir-attending', ...fields });
  return rest;
}

describe('normaliseName', () => {
  it.each([
    ['Dr. Ana Ruiz', 'ana ruiz'],
    ['ana ruiz, MD', 'ana ruiz'],
    ['  ANA   RUIZ  ', 'ana ruiz'],
    ['Dr Ana Ruiz PhD', 'ana ruiz'],
    ['José Núñez', 'jose nunez'],
    ["Siobhan O'Neil", 'siobhan o neil'],
    ['Drew Barry', 'drew barry'],
    ['Dr.', ''],
  ])('%s → %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('ignores case and punctuation in institutions', () => {
    expect(normaliseInstitution('St. Mary’s Hospital')).toBe('st mary s hospital');
    expect(normaliseInstitution("ST MARY'S  HOSPITAL")).toBe('st mary s hospital');
    expect(normaliseInstitution('Aldercrest University')).toBe('aldercrest university');
  });
});

describe('duplicateReason', () => {
  const existing = { name: 'Dr. Ana Ruiz', email: 'Ana.Ruiz@Aldercrest.example', institution: 'Aldercrest University' };
  it.each([
    ['same email, other case', { name: 'A. R.', email: 'ana.ruiz@aldercrest.example ', institution: '' }, 'email'],
    ['same name at the same institution', { name: 'ana ruiz, MD', email: '', institution: 'aldercrest university' }, 'name-institution'],
    ['same name elsewhere', { name: 'Ana Ruiz', email: '', institution: 'Bramblewood' }, null],
    ['other name, same institution', { name: 'Ana Rios', email: '', institution: 'Aldercrest University' }, null],
    ['empty email never matches', { name: 'Zed', email: '', institution: '' }, null],
  ] as const)('%s', (_label, candidate, expected) => {
    expect(duplicateReason(candidate, existing)).toBe(expected);
  });

  it('matches two people with no institution and the same name', () => {
    expect(duplicateReason({ name: 'Sam Lee', email: '', institution: '' }, { name: 'sam lee', email: '', institution: ' ' })).toBe(
      'name-institution',
    );
  });

  it('lists email matches first and skips the contact being edited', () => {
    const byName = contact({ name: 'Ana Ruiz', institution: 'Aldercrest' });
    const byEmail = contact({ name: 'A Ruiz', email: 'ana@x.example' });
    const self = contact({ name: 'Ana Ruiz', institution: 'Aldercrest', email: 'ana@x.example' });
    const matches = findDuplicates({ name: 'Ana Ruiz', email: 'ANA@x.example', institution: 'Aldercrest' }, [byName, self, byEmail], self.id);
    expect(matches.map((m) => [m.contact.id, m.reason])).toEqual([
      [byEmail.id, 'email'],
      [byName.id, 'name-institution'],
    ]);
  });
});

describe('mergeContactEntry', () => {
  const existing = contact({
    name: 'Dr. Ana Ruiz',
    role: 'ir-attending',
    title: 'Associate Professor',
    institution: 'Aldercrest University',
    email: 'ana@aldercrest.example',
    tags: ['PAD', 'SIR'],
    programIds: ['p-1'],
    stage: 'mentor',
    letterStatus: 'agreed',
    mentorSignals: { suggestsOpportunities: true, offersIntroductions: false, givesCriticalFeedback: false },
    cadenceDays: 42,
    notes: 'Met at the interest group.',
  });

  it('fills and replaces with the new non-empty fields, unions lists and keeps the further stage', () => {
    const merged = mergeContactEntry(
      existing,
      entry({
        name: 'Ana Ruiz',
        role: 'program-director',
        title: '',
        phone: '+1 555 0100',
        tags: ['pad', 'Embolization'],
        programIds: ['p-2', 'p-1'],
        stage: 'met',
        letterStatus: 'asked',
        mentorSignals: { suggestsOpportunities: false, offersIntroductions: true, givesCriticalFeedback: false },
        notes: 'Now program director.',
      }),
    );
    expect(merged).toMatchObject({
      name: 'Ana Ruiz',
      role: 'program-director',
      title: 'Associate Professor',
      institution: 'Aldercrest University',
      email: 'ana@aldercrest.example',
      phone: '+1 555 0100',
      tags: ['PAD', 'SIR', 'Embolization'],
      programIds: ['p-1', 'p-2'],
      stage: 'mentor',
      letterStatus: 'agreed',
      mentorSignals: { suggestsOpportunities: true, offersIntroductions: true, givesCriticalFeedback: false },
      cadenceDays: 42,
      notes: 'Met at the interest group.\n\nNow program director.',
    });
  });

  it('does not make a contact their own introducer', () => {
    expect(mergeContactEntry(existing, entry({ introducedById: existing.id })).introducedById).toBeNull();
  });

  const entryArb = fc.record({
    name: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== ''),
    title: fc.string({ maxLength: 8 }),
    tags: fc.uniqueArray(fc.constantFrom('PAD', 'venous', 'SIR', 'IO', 'Research'), { maxLength: 5 }),
    programIds: fc.uniqueArray(fc.constantFrom('p-1', 'p-2', 'p-3'), { maxLength: 3 }),
    stage: fc.constantFrom(...RELATIONSHIP_STAGES),
    letterStatus: fc.constantFrom(...LETTER_STATUSES),
    notes: fc.string({ maxLength: 20 }),
  });

  it('loses no tag, program, signal or note of either side, and never lowers the stage', () => {
    fc.assert(
      fc.property(entryArb, entryArb, (a, b) => {
        const base = contact(a);
        const incoming = entry(b);
        const merged = mergeContactEntry(base, incoming);
        const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
        for (const tag of [...base.tags, ...incoming.tags]) expect(lower(merged.tags)).toContain(tag.toLowerCase());
        for (const id of [...base.programIds, ...incoming.programIds]) expect(merged.programIds).toContain(id);
        expect(RELATIONSHIP_STAGES.indexOf(merged.stage)).toBeGreaterThanOrEqual(RELATIONSHIP_STAGES.indexOf(base.stage));
        expect(RELATIONSHIP_STAGES.indexOf(merged.stage)).toBeGreaterThanOrEqual(RELATIONSHIP_STAGES.indexOf(incoming.stage));
        expect(merged.notes).toContain(base.notes.trim());
        expect(merged.notes).toContain(incoming.notes.trim());
        // The result is a valid contact.
        expect(contactFieldsSchema.safeParse(merged).success).toBe(true);
      }),
    );
  });

  it('is idempotent: merging the same entry twice changes nothing more', () => {
    fc.assert(
      fc.property(entryArb, entryArb, (a, b) => {
        const base = contact(a);
        const incoming = entry(b);
        const once = mergeContactEntry(base, incoming);
        const twice = mergeContactEntry({ ...base, ...once }, incoming);
        expect(twice).toEqual(once);
      }),
    );
  });
});
