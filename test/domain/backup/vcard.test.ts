import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/domain/entities';
import { planImport } from '../../../src/domain/backup/import-plan';
import { parseVCards } from '../../../src/domain/backup/vcard';
import { splitCards } from '../../../src/domain/backup/vcard-lines';
import { contactToVCard, contactsToVCard } from '../../../src/domain/backup/vcard-write';
import { contactArb } from '../../fixtures/datasets';

const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

async function candidatesOf(text: string) {
  const result = await parseVCards(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.candidates;
}

describe('parseVCards', () => {
  it('reads a vCard 3.0 as Apple Contacts writes it', async () => {
    const [card] = await candidatesOf(
      crlf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Marsh;Helena;;Dr.;',
        'FN:Dr. Helena Marsh',
        'ORG:Lakeshore University Medical Center;Radiology',
        'TITLE:Program Director\\, Integrated IR',
        'item1.EMAIL;type=INTERNET;type=WORK:h.marsh@lakeshore.example',
        'item2.EMAIL;type=INTERNET;type=HOME;type=pref:helena@home.example',
        'TEL;type=CELL;type=VOICE;type=pref:+1 (555) 010-0142',
        'X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/helena-marsh',
        'X-SOCIALPROFILE;type=twitter:https://twitter.com/hmarsh',
        'NOTE:Met at the MSRS mixer\\nPrefers email\\; no calls',
        'CATEGORIES:mentor,SIR 2026',
        'END:VCARD',
      ),
    );
    expect(card).toEqual({
      row: 1,
      problems: [],
      notes: ['Department not kept (Rapport has no place for it): Radiology'],
      fields: {
        name: 'Dr. Helena Marsh',
        structuredName: { family: 'Marsh', given: 'Helena', additional: '', prefixes: 'Dr.', suffixes: '' },
        emails: [
          { value: 'helena@home.example', label: 'home' },
          { value: 'h.marsh@lakeshore.example', label: 'work' },
        ],
        phones: [{ value: '+1 (555) 010-0142', label: 'mobile' }],
        institution: 'Lakeshore University Medical Center',
        title: 'Program Director, Integrated IR',
        role: 'program-director',
        linkedinUrl: 'https://www.linkedin.com/in/helena-marsh',
        xUrl: 'https://twitter.com/hmarsh',
        notes: 'Met at the MSRS mixer\nPrefers email; no calls',
        tags: ['mentor', 'SIR 2026'],
      },
    });
  });

  it('reads a vCard 4.0 with PREF, tel: URIs, folded lines and links told apart by host', async () => {
    const [card] = await candidatesOf(
      crlf(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Tomasz Reyes',
        'EMAIL;PREF=2:t.reyes@harborview.example',
        'EMAIL;PREF=1:treyes@harborview.example',
        'TEL;VALUE=uri;TYPE=work:tel:+1-555-010-0150',
        'URL:https://www.linkedin.com/in/tomasz-reyes',
        'URL:https://harborview.example/people/reyes',
        'URL:https://x.com/treyes',
        'NOTE:A long note that goes past seventy-five octets so the writer folded',
        '  it onto the next line.',
        'END:VCARD',
      ),
    );
    expect(card.fields).toEqual({
      name: 'Tomasz Reyes',
      emails: [
        { value: 'treyes@harborview.example', label: '' },
        { value: 't.reyes@harborview.example', label: '' },
      ],
      phones: [{ value: '+1-555-010-0150', label: 'work' }],
      role: 'other',
      linkedinUrl: 'https://www.linkedin.com/in/tomasz-reyes',
      xUrl: 'https://x.com/treyes',
      urls: [{ value: 'https://harborview.example/people/reyes', label: '' }],
      notes: 'A long note that goes past seventy-five octets so the writer folded it onto the next line.',
    });
  });

  it('builds the name from N when FN is missing', async () => {
    const [card] = await candidatesOf(crlf('BEGIN:VCARD', 'VERSION:3.0', 'N:Natarajan;Priya;;;MD', 'END:VCARD'));
    expect(card.fields.name).toBe('Priya Natarajan, MD');
  });

  it('reports a broken or cut-off card on its own row and reads the rest', async () => {
    const text = crlf(
      'BEGIN:VCARD', 'VERSION:4.0', 'FN:First', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'this line has no colon', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:2.1', 'FN:Old', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'FN:Last',
    );
    const cards = await candidatesOf(text);
    // A line with no colon is no property: the card still gives what it has (here no name, which the plan refuses).
    expect(cards.map((c) => [c.row, c.fields.name ?? null, c.problems[0]?.message ?? null])).toEqual([
      [1, 'First', null],
      [2, '', null],
      [3, 'Old', null],
      [4, null, expect.stringMatching(/cut off/)],
    ]);
  });

  it.each([
    { name: 'an empty file', input: '', code: 'empty' },
    { name: 'a CSV', input: 'First Name,Last Name\nAna,Reyes', code: 'not-vcard' },
    { name: 'a calendar', input: crlf('BEGIN:VCALENDAR', 'END:VCALENDAR'), code: 'not-vcard' },
  ])('refuses $name', async ({ input, code }) => {
    const result = await parseVCards(input);
    expect(!result.ok && result.error.code).toBe(code);
  });

  it('refuses a 50 MB file before parsing', async () => {
    const result = await parseVCards(`BEGIN:VCARD\r\n${'N'.repeat(50 * 1024 * 1024)}`);
    expect(!result.ok && result.error.code).toBe('too-large');
  });

  it('splits cards at the top level only', () => {
    const cards = splitCards('junk\nBEGIN:VCARD\nAGENT:\nBEGIN:VCARD\nFN:inner\nEND:VCARD\nFN:outer\nEND:VCARD\nBEGIN:VCARD\nFN:b\nEND:VCARD\n');
    expect(cards.map((c) => [c.index, c.complete, c.text.includes('inner')])).toEqual([
      [1, true, true],
      [2, true, false],
    ]);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseVCards('BEGIN:VCARD\r\nEND:VCARD\r\n', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('writing vCard 4.0', () => {
  it('writes a card other apps read: UID, FN, N from the imported parts, ORG, ROLE, every email and phone, links, categories, revision', () => {
    const contact = {
      id: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-03-14T09:30:00.000Z',
      name: 'Dr. Ana María Reyes, MD',
      role: 'associate-pd',
      title: 'APD; IR',
      institution: 'St. Mary’s, Lakeshore',
      programIds: [],
      email: 'ana@example.org',
      phone: '+1 555 010 0100',
      linkedinUrl: 'https://www.linkedin.com/in/ana',
      xUrl: '',
      tags: ['mentor', 'SIR, 2026'],
      interests: [],
      howMet: null,
      introducedById: null,
      stage: 'mentor',
      mentorSignals: { suggestsOpportunities: false, offersIntroductions: false, givesCriticalFeedback: false },
      letterStatus: 'none',
      cadenceDays: null,
      notes: 'Line one\nLine two',
      lastTouchAt: null,
      emails: [
        { value: 'ana@example.org', label: 'work' },
        { value: 'ana.reyes@home.example', label: 'home' },
      ],
      phones: [
        { value: '+1 555 010 0100', label: 'mobile' },
        { value: '+1 555 010 0199', label: 'Clinic' },
      ],
      urls: [],
      addresses: [{ street: '1200 Lakeshore Dr', city: 'Chicago', region: 'IL', postcode: '60611', country: 'USA', label: 'work' }],
      structuredName: { family: 'Reyes', given: 'Ana María', additional: '', prefixes: 'Dr.', suffixes: 'MD' },
      birthday: '',
    } satisfies Contact;
    expect(contactToVCard(contact)).toBe(
      crlf(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'UID:urn:uuid:6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
        'FN:Dr. Ana María Reyes\\, MD',
        'N:Reyes;Ana María;;Dr.;MD',
        'ORG:St. Mary’s\\, Lakeshore',
        'TITLE:APD; IR',
        'ROLE:Associate program director',
        'EMAIL;TYPE=work;PREF=1:ana@example.org',
        'EMAIL;TYPE=home:ana.reyes@home.example',
        'TEL;TYPE=cell;PREF=1;VALUE=TEXT:+1 555 010 0100',
        'TEL;X-LABEL=Clinic;VALUE=TEXT:+1 555 010 0199',
        'URL;TYPE=linkedin:https://www.linkedin.com/in/ana',
        'ADR;TYPE=work:;;1200 Lakeshore Dr;Chicago;IL;60611;USA',
        'CATEGORIES:mentor,SIR\\, 2026',
        'NOTE:Line one\\nLine two',
        'REV:20260314T093000Z',
        'END:VCARD',
      ),
    );
  });

  it('writes no N when the name parts are not known, instead of guessing them from the display name', () => {
    const [contact] = fc.sample(contactArb, { numRuns: 1, seed: 7 });
    const card = contactToVCard({ ...contact, name: 'Reyes, Ana', structuredName: null });
    expect(card).not.toMatch(/^N:/m);
    expect(card).toMatch(/^FN:Reyes\\, Ana$/m);
  });

  it('round-trips contacts through vCard export and import', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(contactArb, { minLength: 1, maxLength: 5, selector: (c) => c.id }), async (contacts) => {
        const candidates = await candidatesOf(contactsToVCard(contacts));
        expect(candidates).toHaveLength(contacts.length);
        const plan = await planImport(candidates, []);
        expect(plan.invalid).toEqual([]);
        expect(plan.add.length + plan.duplicates.length).toBe(contacts.length);
        // A comma in a link is written percent-encoded (a URI has no backslash escapes): the same address.
        const uri = (url: string) => url.replace(/,/g, '%2C');
        for (const added of plan.add) {
          const original = contacts[added.row - 1];
          expect(plan.notes.filter((n) => n.row === added.row && !n.message.includes('HTML or script'))).toEqual([]);
          expect(added.fields).toMatchObject({
            name: original.name,
            role: original.role,
            title: original.title,
            institution: original.institution,
            email: original.email,
            phone: original.phone,
            emails: original.emails,
            phones: original.phones,
            urls: original.urls.map((u) => ({ ...u, value: uri(u.value) })),
            addresses: original.addresses,
            structuredName: original.structuredName,
            birthday: original.birthday,
            linkedinUrl: uri(original.linkedinUrl),
            xUrl: uri(original.xUrl),
            tags: original.tags,
            notes: original.notes.replace(/\r\n?/g, '\n'),
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
