import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  collectTags,
  contactListViewToParams,
  DEFAULT_CONTACT_LIST_VIEW,
  filterIndexedContacts,
  indexContacts,
  isContactListFiltered,
  parseContactListView,
  sortableName,
  sortIndexedContacts,
  CONTACT_SORTS,
  type ContactListView,
} from '../../src/domain/contact-list';
import { contactSchema, type Contact, type ContactFields } from '../../src/domain/entities';
import { CONTACT_ROLES, RELATIONSHIP_STAGES } from '../../src/domain/vocabulary';

let n = 0;
function contact(fields: Partial<ContactFields> = {}): Contact {
  n += 1;
  return contactSchema.parse({
    name: `Person ${n}`,
    role: 'ir-attending',
    ...fields,
    id: `c-${String(n).padStart(4, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

/** Local-time instant of a day at noon, so the local day is unambiguous in any time zone. */
const noon = (day: string) => new Date(`${day}T12:00:00`).toISOString();

const view = (patch: Partial<ContactListView>): ContactListView => ({ ...DEFAULT_CONTACT_LIST_VIEW, ...patch });
const names = (contacts: Contact[]) => contacts.map((c) => c.name);

describe('parseContactListView', () => {
  it.each([
    ['', DEFAULT_CONTACT_LIST_VIEW],
    ['q=ruiz&role=program-director&stage=mentor', view({ query: 'ruiz', role: 'program-director', stage: 'mentor' })],
    ['program=p-1&tag=PAD&idle=30&sort=stage', view({ programId: 'p-1', tag: 'PAD', idleDays: 30, sort: 'stage' })],
    // Malformed or outdated values fall back to the default instead of breaking the list.
    ['role=surgeon&stage=friend&idle=abc&sort=random', DEFAULT_CONTACT_LIST_VIEW],
    ['idle=0', DEFAULT_CONTACT_LIST_VIEW],
    ['idle=-5', DEFAULT_CONTACT_LIST_VIEW],
    ['idle=2.5', DEFAULT_CONTACT_LIST_VIEW],
    ['tag=%20%20&program=', DEFAULT_CONTACT_LIST_VIEW],
  ])('reads "%s"', (search, expected) => {
    expect(parseContactListView(new URLSearchParams(search))).toEqual(expected);
  });

  it('leaves defaults out of the URL', () => {
    expect(contactListViewToParams(DEFAULT_CONTACT_LIST_VIEW).toString()).toBe('');
    expect(contactListViewToParams(view({ sort: 'touch-oldest', idleDays: 14 })).toString()).toBe('idle=14&sort=touch-oldest');
  });

  it('round-trips every valid view through the URL', () => {
    const viewArb = fc.record({
      query: fc.string(),
      role: fc.option(fc.constantFrom(...CONTACT_ROLES), { nil: null }),
      stage: fc.option(fc.constantFrom(...RELATIONSHIP_STAGES), { nil: null }),
      programId: fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''), { nil: null }),
      tag: fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''), { nil: null }),
      idleDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null }),
      sort: fc.constantFrom(...CONTACT_SORTS),
    });
    fc.assert(
      fc.property(viewArb, (v) => {
        const url = `?${contactListViewToParams(v).toString()}`;
        expect(parseContactListView(new URLSearchParams(url))).toEqual(v);
      }),
    );
  });

  it('knows when the list is narrowed', () => {
    expect(isContactListFiltered(DEFAULT_CONTACT_LIST_VIEW)).toBe(false);
    expect(isContactListFiltered(view({ sort: 'stage' }))).toBe(false);
    expect(isContactListFiltered(view({ query: '  ' }))).toBe(false);
    expect(isContactListFiltered(view({ query: 'a' }))).toBe(true);
    expect(isContactListFiltered(view({ idleDays: 7 }))).toBe(true);
  });
});

describe('filterIndexedContacts', () => {
  const today = '2026-03-20';
  const ruiz = contact({
    name: 'Dr. Ana Ruiz',
    role: 'program-director',
    stage: 'mentor',
    institution: 'Aldercrest University',
    tags: ['PAD', 'Letter writer'],
    programIds: ['p-1'],
    notes: 'Runs the Y-90 journal club',
    lastTouchAt: noon('2026-03-10'),
  });
  const chen = contact({
    name: 'Li Chen',
    role: 'resident',
    stage: 'met',
    institution: 'Bramblewood Medical Center',
    tags: ['venous'],
    programIds: ['p-2'],
    lastTouchAt: noon('2026-02-18'),
  });
  const okafor = contact({ name: 'Dr. Ife Okafor', role: 'ir-attending', stage: 'identified', email: 'ife@aldercrest.example' });
  const all = indexContacts([ruiz, chen, okafor]);

  it.each<[string, Partial<ContactListView>, string[]]>([
    ['no filter keeps everyone', {}, ['Dr. Ana Ruiz', 'Li Chen', 'Dr. Ife Okafor']],
    ['search matches the name, any case', { query: 'RUIZ' }, ['Dr. Ana Ruiz']],
    ['search matches the institution', { query: 'bramblewood' }, ['Li Chen']],
    ['search matches a tag', { query: 'letter writer' }, ['Dr. Ana Ruiz']],
    ['search matches the notes', { query: 'journal club' }, ['Dr. Ana Ruiz']],
    ['search matches the email', { query: 'ife@' }, ['Dr. Ife Okafor']],
    ['every word must match, in any field', { query: 'aldercrest pad' }, ['Dr. Ana Ruiz']],
    ['a word that matches nobody empties the list', { query: 'aldercrest zebra' }, []],
    ['role', { role: 'resident' }, ['Li Chen']],
    ['stage', { stage: 'mentor' }, ['Dr. Ana Ruiz']],
    ['program', { programId: 'p-2' }, ['Li Chen']],
    ['tag, ignoring case', { tag: 'pad' }, ['Dr. Ana Ruiz']],
    // Ruiz was touched 10 days ago, Chen 30 days ago, Okafor never.
    ['no touch for 10 days includes a touch exactly 10 days ago', { idleDays: 10 }, ['Dr. Ana Ruiz', 'Li Chen', 'Dr. Ife Okafor']],
    ['no touch for 11 days', { idleDays: 11 }, ['Li Chen', 'Dr. Ife Okafor']],
    ['no touch for 31 days leaves only the never-touched', { idleDays: 31 }, ['Dr. Ife Okafor']],
    ['filters combine', { role: 'program-director', idleDays: 11 }, []],
  ])('%s', (_label, patch, expected) => {
    expect(names(filterIndexedContacts(all, view(patch), today))).toEqual(expected);
  });

  it('keeps the given order and never invents rows', () => {
    const contactArb = fc.record({
      name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
      tags: fc.array(fc.constantFrom('PAD', 'venous', 'SIR', 'research'), { maxLength: 3 }),
      stage: fc.constantFrom(...RELATIONSHIP_STAGES),
      notes: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.array(contactArb, { maxLength: 30 }), fc.string({ maxLength: 4 }), (fieldsList, query) => {
        const indexed = indexContacts(fieldsList.map((f) => contact(f)));
        const result = filterIndexedContacts(indexed, view({ query }), today);
        const ids = indexed.map((e) => e.contact.id);
        const positions = result.map((c) => ids.indexOf(c.id));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        // Narrowing the query (adding a word) never adds rows.
        const narrower = filterIndexedContacts(indexed, view({ query: `${query} x` }), today);
        expect(narrower.every((c) => result.includes(c))).toBe(true);
      }),
    );
  });
});

describe('sortIndexedContacts', () => {
  const a = contact({ name: 'Dr. Zoe Adams', stage: 'met', lastTouchAt: noon('2026-03-01') });
  const b = contact({ name: 'ben Baker', stage: 'advocate', lastTouchAt: noon('2026-01-05') });
  const c = contact({ name: 'Carla Cruz', stage: 'met', lastTouchAt: null });
  const indexed = indexContacts([c, a, b]);

  it.each<[ContactListView['sort'], string[]]>([
    // "Dr." is ignored and case does not matter: Zoe Adams sorts under Z.
    ['name', ['ben Baker', 'Carla Cruz', 'Dr. Zoe Adams']],
    // Never touched is the longest gap of all, so it comes first.
    ['touch-oldest', ['Carla Cruz', 'ben Baker', 'Dr. Zoe Adams']],
    ['touch-recent', ['Dr. Zoe Adams', 'ben Baker', 'Carla Cruz']],
    // Strongest stage first, ties by name.
    ['stage', ['ben Baker', 'Carla Cruz', 'Dr. Zoe Adams']],
  ])('by %s', (sort, expected) => {
    expect(sortIndexedContacts(indexed, sort).map((e) => e.contact.name)).toEqual(expected);
  });

  it('is a permutation that does not depend on the input order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 20 }), fc.constantFrom(...CONTACT_SORTS), (list, sort) => {
        const contacts = indexContacts(list.filter((s) => s.trim() !== '').map((name) => contact({ name })));
        const once = sortIndexedContacts(contacts, sort).map((e) => e.contact.id);
        const reversed = sortIndexedContacts([...contacts].reverse(), sort).map((e) => e.contact.id);
        expect(once).toEqual(reversed);
        expect([...once].sort()).toEqual(contacts.map((e) => e.contact.id).sort());
      }),
    );
  });
});

describe('helpers', () => {
  it.each([
    ['Dr. Ana Ruiz', 'Ana Ruiz'],
    ['dr Ana Ruiz', 'Ana Ruiz'],
    ['Prof. Kim', 'Kim'],
    ['Drew Barry', 'Drew Barry'],
    ['  Ana  ', 'Ana'],
  ])('sortableName(%s) = %s', (input, expected) => {
    expect(sortableName(input)).toBe(expected);
  });

  it('collects each tag once, in its most used spelling, sorted', () => {
    expect(collectTags([{ tags: ['PAD', 'venous'] }, { tags: ['pad', 'Embolization'] }, { tags: ['pad'] }])).toEqual([
      'Embolization',
      'pad',
      'venous',
    ]);
  });

  it('does not depend on the order contacts come in', () => {
    const tagArb = fc.constantFrom('PAD', 'pad', 'Pad', 'venous', 'Venous', 'SIR');
    fc.assert(
      fc.property(fc.array(fc.record({ tags: fc.array(tagArb, { maxLength: 3 }) }), { maxLength: 12 }), (list) => {
        expect(collectTags([...list].reverse())).toEqual(collectTags(list));
      }),
    );
  });
});
