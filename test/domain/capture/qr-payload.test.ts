import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_CONTACT_MESSAGE,
  linkedInProfile,
  nameFromSlug,
  orcidOf,
  parseQrPayload,
  type ContactDraft,
  type QrPayload,
} from '../../../src/domain/capture/qr-payload';
import { contactFieldsSchema } from '../../../src/domain/entities';

const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const emptyDetails: ContactDraft['details'] = { email: '', phone: '', title: '', institution: '', linkedinUrl: '', urls: [] };

function draftOf(payload: QrPayload): ContactDraft & { source: string } {
  if (payload.kind !== 'contact') throw new Error(`Expected a contact, got: ${payload.message}`);
  return { ...payload.draft, source: payload.source };
}

describe('parseQrPayload: contact cards', () => {
  it('reads a vCard 3.0 as a phone shares it', () => {
    const draft = draftOf(
      parseQrPayload(
        crlf(
          'BEGIN:VCARD',
          'VERSION:3.0',
          'N:Reyes;Ana María;;Dr.;',
          'FN:Dr. Ana María Reyes',
          'ORG:Mount Sinai Hospital;Interventional Radiology',
          'TITLE:Program Director\\, Integrated IR',
          'EMAIL;TYPE=INTERNET,WORK:ana.reyes@mountsinai.example',
          'TEL;TYPE=CELL:+1 (555) 010-0142',
          'URL:https://www.linkedin.com/in/ana-maria-reyes-12ab34/',
          'URL:https://orcid.org/0000-0002-1825-0097',
          'END:VCARD',
        ),
      ),
    );
    expect(draft).toEqual({
      source: 'vcard',
      name: 'Dr. Ana María Reyes',
      nameGuessed: false,
      role: 'program-director',
      details: {
        email: 'ana.reyes@mountsinai.example',
        phone: '+1 (555) 010-0142',
        title: 'Program Director, Integrated IR',
        institution: 'Mount Sinai Hospital',
        linkedinUrl: 'https://www.linkedin.com/in/ana-maria-reyes-12ab34',
        urls: [{ value: 'https://orcid.org/0000-0002-1825-0097', label: 'ORCID' }],
      },
    });
  });

  it('reads a vCard 4.0 with tel: and mailto-free EMAIL, LF line ends and no FN order assumptions', () => {
    const draft = draftOf(
      parseQrPayload(
        [
          'BEGIN:VCARD',
          'VERSION:4.0',
          'FN:Kwame Mensah',
          'N:Mensah;Kwame;;;',
          'ORG:Lakeshore University',
          'TITLE:IR Fellow',
          'EMAIL;TYPE=work;PREF=1:kmensah@lakeshore.example',
          'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-555-0199;ext=12',
          'URL:https://lakeshore.example/people/kmensah',
          'END:VCARD',
        ].join('\n'),
      ),
    );
    expect(draft).toMatchObject({
      source: 'vcard',
      name: 'Kwame Mensah',
      role: 'ir-fellow',
      details: {
        email: 'kmensah@lakeshore.example',
        phone: '+1-555-555-0199 x12',
        title: 'IR Fellow',
        institution: 'Lakeshore University',
        urls: [{ value: 'https://lakeshore.example/people/kmensah', label: '' }],
      },
    });
  });

  it('takes a card with only an email as a guessed name, and refuses a cut-off card', () => {
    const onlyEmail = draftOf(parseQrPayload(crlf('BEGIN:VCARD', 'VERSION:3.0', 'EMAIL:lee@example.org', 'END:VCARD')));
    expect(onlyEmail).toMatchObject({ name: 'lee@example.org', nameGuessed: true, details: { email: 'lee@example.org' } });
    const cut = parseQrPayload('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half a card');
    expect(cut).toMatchObject({ kind: 'none', message: expect.stringMatching(/cut off.*Nothing was saved/) });
  });

  it('reads a MECARD, with escaped ; and : inside values', () => {
    const draft = draftOf(
      parseQrPayload(
        'MECARD:N:Okafor,Chidi;ORG:St. Luke\\;s Hospital;TITLE:Chief\\: IR;TEL:+15550100;EMAIL:c.okafor@stlukes.example;' +
          'URL:https://linkedin.com/in/chidi-okafor;URL:http\\://stlukes.example/ir;NOTE:met at SIR;;',
      ),
    );
    expect(draft).toEqual({
      source: 'mecard',
      name: 'Chidi Okafor',
      nameGuessed: false,
      role: 'division-chief',
      details: {
        ...emptyDetails,
        email: 'c.okafor@stlukes.example',
        phone: '+15550100',
        title: 'Chief: IR',
        institution: "St. Luke;s Hospital",
        linkedinUrl: 'https://www.linkedin.com/in/chidi-okafor',
        urls: [{ value: 'http://stlukes.example/ir', label: '' }],
      },
    });
  });

  it('keeps a MECARD name without a comma as written, and drops a phone or email that is not one', () => {
    const draft = draftOf(parseQrPayload('MECARD:N:Priya Natarajan;TEL:call me;EMAIL:not-an-email;;'));
    expect(draft).toMatchObject({ name: 'Priya Natarajan', details: { phone: '', email: '' } });
  });
});

describe('parseQrPayload: links and addresses', () => {
  const linkedInCases: [string, string, string][] = [
    ['https://www.linkedin.com/in/ana-maria-reyes-12ab34', 'ana-maria-reyes-12ab34', 'Ana Maria Reyes'],
    ['https://www.linkedin.com/in/ana-maria-reyes-12ab34/', 'ana-maria-reyes-12ab34', 'Ana Maria Reyes'],
    ['linkedin.com/in/ana-maria-reyes-12ab34', 'ana-maria-reyes-12ab34', 'Ana Maria Reyes'],
    ['www.linkedin.com/in/jdoe', 'jdoe', 'Jdoe'],
    ['http://uk.linkedin.com/in/sam-o-brien/', 'sam-o-brien', 'Sam O Brien'],
    [
      'https://www.linkedin.com/in/kwame-mensah-md?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=ios_app',
      'kwame-mensah-md',
      'Kwame Mensah Md',
    ],
    ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-4b2a1/', 'jos%C3%A9-garc%C3%ADa-4b2a1', 'José García'],
  ];
  it.each(linkedInCases)('reads the LinkedIn profile %s with a name guess to confirm', (text, slug, name) => {
    const draft = draftOf(parseQrPayload(text));
    expect(draft).toEqual({
      source: 'linkedin',
      name,
      nameGuessed: true,
      role: 'other',
      details: { ...emptyDetails, linkedinUrl: `https://www.linkedin.com/in/${slug}` },
    });
  });

  it('does not take a LinkedIn company page or post for a person', () => {
    expect(linkedInProfile('https://www.linkedin.com/company/mount-sinai')).toBeNull();
    expect(draftOf(parseQrPayload('https://www.linkedin.com/company/mount-sinai'))).toMatchObject({ source: 'web', name: '' });
  });

  it('reads an ORCID link as a draft with no name yet', () => {
    for (const text of ['https://orcid.org/0000-0002-1825-0097', 'orcid.org/0000-0002-1825-0097/', 'http://www.orcid.org/0000-0002-1825-0097']) {
      expect(draftOf(parseQrPayload(text))).toEqual({
        source: 'orcid',
        name: '',
        nameGuessed: false,
        role: 'other',
        details: { ...emptyDetails, urls: [{ value: 'https://orcid.org/0000-0002-1825-0097', label: 'ORCID' }] },
      });
    }
    // A wrong check digit is a web link, not a researcher's iD.
    expect(orcidOf('https://orcid.org/0000-0002-1825-0098')).toBeNull();
    expect(orcidOf('https://orcid.org/0000-0002-9079-593X')).toBe('https://orcid.org/0000-0002-9079-593X');
  });

  const emailCases: [string, string, string][] = [
    ['mailto:ana.reyes@mountsinai.example', 'ana.reyes@mountsinai.example', 'Ana Reyes'],
    ['MAILTO:ana.reyes@mountsinai.example?subject=Hello%20from%20SIR', 'ana.reyes@mountsinai.example', 'Ana Reyes'],
    ['mailto:j%2Bsmith@x.example', 'j+smith@x.example', 'J Smith'],
    ['kwame_mensah@lakeshore.example', 'kwame_mensah@lakeshore.example', 'Kwame Mensah'],
    ['MATMSG:TO:chidi@stlukes.example;SUB:Hi;BODY:Nice to meet you;;', 'chidi@stlukes.example', 'Chidi'],
  ];
  it.each(emailCases)('reads the email %s with a name guess', (text, email, name) => {
    expect(draftOf(parseQrPayload(text))).toEqual({
      source: 'email',
      name,
      nameGuessed: true,
      role: 'other',
      details: { ...emptyDetails, email },
    });
  });

  it('reads a plain web address as a link, adding https:// to a bare one', () => {
    expect(draftOf(parseQrPayload('https://www.mountsinai.example/ir/residency'))).toMatchObject({
      source: 'web',
      name: '',
      details: { urls: [{ value: 'https://www.mountsinai.example/ir/residency', label: '' }] },
    });
    expect(draftOf(parseQrPayload('mountsinai.example'))).toMatchObject({ details: { urls: [{ value: 'https://mountsinai.example' }] } });
  });
});

describe('parseQrPayload: codes with no contact', () => {
  const noContact: [string, string][] = [
    ['', 'This code is empty: it holds no contact details. Nothing was saved.'],
    ['   \n ', 'This code is empty: it holds no contact details. Nothing was saved.'],
    ['WIFI:T:WPA;S:SIR-2026-Guest;P:interventional;;', 'This code is a Wi-Fi network login, not contact details. Nothing was saved.'],
    ['Booth 412 — free coffee!', NO_CONTACT_MESSAGE],
    ['javascript:alert(1)', NO_CONTACT_MESSAGE],
    ['data:text/html,<b>hi</b>', NO_CONTACT_MESSAGE],
    ['tel:+15550100', NO_CONTACT_MESSAGE],
    ['mailto:', NO_CONTACT_MESSAGE],
    ['MECARD:;;', NO_CONTACT_MESSAGE],
    ['BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n', NO_CONTACT_MESSAGE],
    ['0123456789', NO_CONTACT_MESSAGE],
  ];
  it.each(noContact)('says %j holds no contact', (text, message) => {
    expect(parseQrPayload(text)).toEqual({ kind: 'none', message });
  });

  it('never throws, and every draft it gives is one the contact schema accepts once named', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `MECARD:N:${s};EMAIL:${s};URL:${s};;`),
          fc.string().map((s) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${s}\r\nURL:${s}\r\nEMAIL:${s}\r\nEND:VCARD\r\n`),
          fc.webUrl(),
          fc.emailAddress(),
        ),
        (text) => {
          const payload = parseQrPayload(text);
          if (payload.kind === 'none') return payload.message.endsWith('Nothing was saved.');
          const { draft } = payload;
          return contactFieldsSchema.safeParse({ ...draft.details, name: draft.name || 'Someone', role: draft.role }).success;
        },
      ),
    );
  });
});

describe('nameFromSlug', () => {
  it.each([
    ['ana-maria-reyes-12ab34', 'Ana Maria Reyes'],
    ['reyes', 'Reyes'],
    ['a1b2c3', ''],
    ['jos%C3%A9', 'José'],
    ['bad%E0%A4', ''],
  ])('%s → %j', (slug, name) => {
    expect(nameFromSlug(slug)).toBe(name);
  });
});
