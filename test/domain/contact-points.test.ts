import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allEmails, pointsPatch, reconcileContactPoints } from '../../src/domain/contact-points';
import { duplicateReason } from '../../src/domain/contact-duplicates';
import { DEFAULT_CONTACT_LIST_VIEW, filterIndexedContacts, indexContacts } from '../../src/domain/contact-list';
import { contactSchema, type ContactFields } from '../../src/domain/entities';

const e = (value: string, label = '') => ({ value, label });
const base = { structuredName: null, addresses: [], phone: '', phones: [] };

describe('reconcileContactPoints: the primary email is always the first of the list', () => {
  it.each([
    { name: 'a writer that only knows the single field', email: 'a@x.org', emails: [], want: ['a@x.org'] },
    { name: 'a list with no primary set', email: '', emails: [e('a@x.org'), e('b@x.org')], want: ['a@x.org', 'b@x.org'] },
    { name: 'a primary further down the list moves first', email: 'b@x.org', emails: [e('a@x.org'), e('b@x.org', 'home')], want: ['b@x.org', 'a@x.org'] },
    { name: 'a new primary joins the list first', email: 'c@x.org', emails: [e('a@x.org')], want: ['c@x.org', 'a@x.org'] },
    { name: 'the same address twice, any case, is kept once', email: 'A@x.org', emails: [e('a@x.org', 'work'), e('A@X.ORG')], want: ['a@x.org'] },
  ])('$name', ({ email, emails, want }) => {
    const out = reconcileContactPoints({ ...base, email, emails });
    expect(out.emails.map((p) => p.value)).toEqual(want);
    expect(out.email).toBe(want[0]);
  });

  it('drops name parts and addresses with nothing in them', () => {
    const out = reconcileContactPoints({
      ...base,
      email: '',
      emails: [],
      structuredName: { family: '', given: '', additional: '', prefixes: '', suffixes: '' },
      addresses: [{ street: '', city: '', region: '', postcode: '', country: '', label: 'work' }],
    });
    expect(out.structuredName).toBeNull();
    expect(out.addresses).toEqual([]);
  });

  it('a patch that replaces the list makes its first entry primary', () => {
    expect(pointsPatch({ emails: [e('b@x.org')] })).toEqual({ emails: [e('b@x.org')], email: '' });
    expect(pointsPatch({ email: 'a@x.org' })).toEqual({ email: 'a@x.org' });
  });

  it('property: for any list and primary, the primary is first, kept, and nothing else is lost', () => {
    const address = fc.constantFrom('a@x.org', 'b@x.org', 'B@x.org', 'c@y.org');
    fc.assert(
      fc.property(fc.oneof(fc.constant(''), address), fc.array(address.map((v) => e(v)), { maxLength: 5 }), (email, emails) => {
        const out = reconcileContactPoints({ ...base, email, emails });
        expect(out.email).toBe(out.emails[0]?.value ?? '');
        const lower = (list: { value: string }[]) => new Set(list.map((p) => p.value.toLowerCase()));
        const want = lower(emails);
        if (email) want.add(email.toLowerCase());
        expect(lower(out.emails)).toEqual(want);
        expect(out.emails.length).toBe(want.size);
        if (email) expect(out.email.toLowerCase()).toBe(email.toLowerCase());
      }),
    );
  });
});

describe('every email counts', () => {
  const contact = (fields: Partial<ContactFields>) =>
    contactSchema.parse({ name: 'Dr. Ana Ruiz', role: 'ir-attending', id: crypto.randomUUID(), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...fields });

  it('the duplicate check matches a second email of either contact', () => {
    const existing = contact({ emails: [e('ana@work.example'), e('ana@home.example')] });
    expect(allEmails(existing)).toEqual(['ana@work.example', 'ana@home.example']);
    expect(duplicateReason({ name: 'Someone Else', email: 'ANA@home.example', institution: '' }, existing)).toBe('email');
    expect(duplicateReason({ name: 'X', email: 'x@y.org', emails: [e('x@y.org'), e('ana@work.example')], institution: '' }, existing)).toBe('email');
    expect(duplicateReason({ name: 'X', email: 'x@y.org', institution: 'Other' }, existing)).toBeNull();
  });

  it('the contacts search finds a person by a second email, a second phone or the city of an address', () => {
    const ana = contact({
      emails: [e('ana@work.example'), e('ana.personal@home.example')],
      phones: [e('+1 555 010 0100'), e('+1 555 010 0999')],
      addresses: [{ street: '1 Main St', city: 'Columbus', region: 'OH', postcode: '', country: '', label: '' }],
    });
    const other = contact({ name: 'Dr. Bo Chen', email: 'bo@example.org' });
    const index = indexContacts([ana, other]);
    for (const query of ['ana.personal', '0999', 'columbus']) {
      expect(filterIndexedContacts(index, { ...DEFAULT_CONTACT_LIST_VIEW, query }, '2026-03-01').map((c) => c.name), query).toEqual(['Dr. Ana Ruiz']);
    }
  });
});
