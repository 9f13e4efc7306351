/**
 * vCard files the way phones and mail programs write them, each written here
 * by hand after the producer's own export (invented people, real shapes):
 * what Rapport would store from each — names, every email, every phone — and
 * the notes the preview shows for what it repaired or left out.
 */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/domain/backup/import-plan';
import { parseVCards } from '../../../src/domain/backup/vcard';

const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const lf = (...lines: string[]) => `${lines.join('\n')}\n`;

/** Bytes of a file mixing ASCII text and raw bytes (for charsets other than UTF-8). */
function bytes(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') out.push(...new TextEncoder().encode(part));
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

const SJIS_YAMADA_TARO = [0x8e, 0x52, 0x93, 0x63, 0x91, 0xbe, 0x98, 0x59]; // 山田太郎
const BASE64_LINE = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL';

interface Expected {
  name: string;
  emails?: string[];
  phones?: string[];
}

interface Case {
  producer: string;
  file: string | Uint8Array;
  contacts: Expected[];
  /** Each must match one of the preview's notes. */
  notes?: RegExp[];
  /** Rows the plan refuses (e.g. a card cut off). */
  invalid?: number;
  check?: (fields: Record<string, unknown>[]) => void;
}

const CASES: Case[] = [
  {
    producer: 'Android 2.1, UTF-8 quoted-printable with soft line breaks',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:P=C3=A9rez;Ana Mar=C3=ADa;;Dr.;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dr. Ana Mar=C3=ADa P=C3=A9rez',
      'TEL;CELL:+1-555-010-0142',
      'EMAIL;HOME:ana.perez@example.org',
      'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Met at SIR =E2=80=94 interested in Y-90 and P=',
      'AD work.',
      'END:VCARD',
    ),
    contacts: [{ name: 'Dr. Ana María Pérez', emails: ['ana.perez@example.org'], phones: ['+1-555-010-0142'] }],
    check: ([c]) => {
      expect(c.notes).toBe('Met at SIR — interested in Y-90 and PAD work.');
      expect(c.structuredName).toEqual({ family: 'Pérez', given: 'Ana María', additional: '', prefixes: 'Dr.', suffixes: '' });
    },
  },
  {
    producer: 'Android 2.1 (Japanese phone), Shift_JIS quoted-printable',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8E=52=93=63;=91=BE=98=59;;;',
      'FN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8E=52=93=63=91=BE=98=59',
      'TEL;CELL;PREF:090-1234-5678',
      'EMAIL;INTERNET:taro.yamada@example.jp',
      'END:VCARD',
    ),
    contacts: [{ name: '山田太郎', emails: ['taro.yamada@example.jp'], phones: ['090-1234-5678'] }],
  },
  {
    producer: 'Android 2.1, raw 8-bit Shift_JIS with CHARSET (file bytes)',
    file: bytes(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:',
      SJIS_YAMADA_TARO,
      '\r\nTEL;WORK:03-1234-5678\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Lindqvist\r\nEMAIL:zoe@example.se\r\nEND:VCARD\r\n',
    ),
    contacts: [
      { name: '山田太郎', phones: ['03-1234-5678'] },
      { name: 'Zoë Lindqvist', emails: ['zoe@example.se'] },
    ],
  },
  {
    producer: 'Android 2.1 with a folded base64 PHOTO and a blank line after it',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Okafor;Chidi;;;',
      'FN:Chidi Okafor',
      'PHOTO;ENCODING=BASE64;JPEG:' + BASE64_LINE,
      '  ' + BASE64_LINE,
      '  ' + BASE64_LINE.slice(0, 20) + '==',
      '',
      'TEL;CELL:+234 803 555 0101',
      'TEL;HOME:+234 1 555 0102',
      'TEL;WORK;FAX:+234 1 555 0103',
      'EMAIL;INTERNET;HOME:chidi@example.ng',
      'END:VCARD',
    ),
    notes: [/Not kept \(Rapport has no place for it\): photo$/],
    contacts: [{ name: 'Chidi Okafor', emails: ['chidi@example.ng'], phones: ['+234 803 555 0101', '+234 1 555 0102', '+234 1 555 0103'] }],
    check: ([c]) => expect((c.phones as { label: string }[]).map((p) => p.label)).toEqual(['mobile', 'home', 'work fax']),
  },
  {
    producer: 'Android 2.1, several cards, bare types and PREF',
    file: crlf(
      'BEGIN:VCARD', 'VERSION:2.1', 'N:Haddad;Samir;;;', 'FN:Samir Haddad', 'TEL;HOME:555-0110', 'TEL;CELL;PREF:555-0111', 'EMAIL;WORK:s.haddad@lakeshore.example', 'EMAIL;PREF;HOME:samir@example.org', 'ORG:Lakeshore University Medical Center', 'TITLE:IR Fellow', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:2.1', 'N:Mbeki;Thandi;;;', 'FN:Thandi Mbeki', 'TEL;CELL:555-0120', 'END:VCARD',
    ),
    contacts: [
      { name: 'Samir Haddad', emails: ['samir@example.org', 's.haddad@lakeshore.example'], phones: ['555-0111', '555-0110'] },
      { name: 'Thandi Mbeki', phones: ['555-0120'] },
    ],
    check: ([samir]) => expect(samir).toMatchObject({ institution: 'Lakeshore University Medical Center', title: 'IR Fellow', role: 'ir-fellow' }),
  },
  {
    producer: 'Outlook 2003, vCard 2.1 with a quoted-printable address and LABEL',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;LANGUAGE=en-us:Whitfield;Grace',
      'FN:Grace Whitfield',
      'ORG:Maple Ridge Health;Radiology',
      'TITLE:Program Director, Interventional Radiology',
      'TEL;WORK;VOICE:(555) 010-0130',
      'TEL;CELL;VOICE:(555) 010-0131',
      'ADR;WORK;ENCODING=QUOTED-PRINTABLE:;;400 Maple Ridge Blvd=0D=0ASuite 2;Columbus;OH;43210;United States of A=',
      'merica',
      'LABEL;WORK;ENCODING=QUOTED-PRINTABLE:400 Maple Ridge Blvd=0D=0ASuite 2=0D=0AColumbus, OH 43210',
      'X-MS-OL-DEFAULT-POSTAL-ADDRESS:2',
      'EMAIL;PREF;INTERNET:gwhitfield@mapleridge.example',
      'REV:20090215T153000Z',
      'END:VCARD',
    ),
    notes: [/Grace Whitfield: Department not kept \(Rapport has no place for it\): Radiology/],
    contacts: [{ name: 'Grace Whitfield', emails: ['gwhitfield@mapleridge.example'], phones: ['(555) 010-0130', '(555) 010-0131'] }],
    check: ([c]) => {
      expect(c.role).toBe('program-director');
      expect(c.addresses).toEqual([
        { street: '400 Maple Ridge Blvd\nSuite 2', city: 'Columbus', region: 'OH', postcode: '43210', country: 'United States of America', label: 'work' },
      ]);
    },
  },
  {
    producer: 'Outlook 2010, vCard 2.1 in Windows-1252 quoted-printable',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;LANGUAGE=fr;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Dub=F4is;Am=E9lie',
      'FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Am=E9lie Dub=F4is',
      'ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:H=F4pital Saint-Luc',
      'TEL;WORK;VOICE:+33 1 55 01 01 40',
      'EMAIL;PREF;INTERNET:amelie.dubois@saint-luc.example',
      'END:VCARD',
    ),
    contacts: [{ name: 'Amélie Dubôis', emails: ['amelie.dubois@saint-luc.example'], phones: ['+33 1 55 01 01 40'] }],
    check: ([c]) => expect(c.institution).toBe('Hôpital Saint-Luc'),
  },
  {
    producer: 'Outlook 2016, vCard 2.1 with an embedded photo',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Castellano;Rosa',
      'FN:Rosa Castellano',
      'TEL;WORK;VOICE:555-010-0150',
      'EMAIL;PREF;INTERNET:rosa.castellano@harbor.example',
      'EMAIL;INTERNET:rcastellano@gmail.example',
      'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
      ' ' + BASE64_LINE,
      ' ' + BASE64_LINE,
      '',
      'END:VCARD',
    ),
    notes: [/Not kept \(Rapport has no place for it\): photo$/],
    contacts: [{ name: 'Rosa Castellano', emails: ['rosa.castellano@harbor.example', 'rcastellano@gmail.example'], phones: ['555-010-0150'] }],
  },
  {
    producer: 'BlackBerry, vCard 2.1 in ISO-8859-1 quoted-printable',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Nu=F1ez;Jos=E9',
      'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Jos=E9 Nu=F1ez',
      'TEL;WORK:+34 91 555 0160',
      'TEL;CELL:+34 600 555 016',
      'EMAIL;INTERNET:jose.nunez@example.es',
      'END:VCARD',
    ),
    contacts: [{ name: 'José Nuñez', emails: ['jose.nunez@example.es'], phones: ['+34 91 555 0160', '+34 600 555 016'] }],
  },
  {
    producer: 'Thunderbird 115, vCard 4.0',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      'EMAIL;PREF=1:wen.zhao@northfield.example',
      'EMAIL:wen@example.org',
      'FN:Wen Zhao',
      'N:Zhao;Wen;;;',
      'TEL;TYPE=work;VALUE=TEXT:555-010-0170',
      'TEL;TYPE=cell;VALUE=TEXT:555-010-0171',
      'NOTE:Introduced by Dr. Marsh',
      'UID:2b8c1f4e-7a3d-4c2b-9e1f-0a1b2c3d4e5f',
      'END:VCARD',
    ),
    contacts: [{ name: 'Wen Zhao', emails: ['wen.zhao@northfield.example', 'wen@example.org'], phones: ['555-010-0170', '555-010-0171'] }],
  },
  {
    producer: 'iPhone (iOS), vCard 3.0 with CR CR LF line ends and a folded base64 PHOTO',
    file: [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//iPhone OS 17.2//EN',
      'N:Ishikawa;Hiroshi;;;',
      'FN:Hiroshi Ishikawa',
      'ORG:Harborview Vascular Institute;',
      'EMAIL;type=INTERNET;type=WORK;type=pref:h.ishikawa@harborview.example',
      'TEL;type=CELL;type=VOICE;type=pref:+1 (555) 010-0180',
      'TEL;type=IPHONE;type=CELL;type=VOICE:+1 (555) 010-0181',
      'PHOTO;ENCODING=b;TYPE=JPEG:' + BASE64_LINE,
      ' ' + BASE64_LINE,
      ' ' + BASE64_LINE,
      'NOTE:A long note that the phone folded onto a second line because it is long',
      '  enough.',
      'END:VCARD',
      '',
    ].join('\r\r\n'),
    notes: [/Not kept \(Rapport has no place for it\): photo$/],
    contacts: [{ name: 'Hiroshi Ishikawa', emails: ['h.ishikawa@harborview.example'], phones: ['+1 (555) 010-0180', '+1 (555) 010-0181'] }],
    check: ([c]) => expect(c.notes).toBe('A long note that the phone folded onto a second line because it is long enough.'),
  },
  {
    producer: 'macOS Contacts, vCard 3.0 with PHOTO;BASE64: and item groups',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//Mac OS X 10.15.7//EN',
      'N:Eriksen;Ingrid;;;',
      'FN:Ingrid Eriksen',
      'item1.EMAIL;type=INTERNET;type=pref:ingrid.eriksen@fjord.example',
      'item1.X-ABLabel:_$!<Other>!$_',
      'item2.TEL:+47 22 55 01 90',
      'item2.X-ABLabel:Clinic',
      'item3.URL;type=pref:http\\://fjord.example/ir/eriksen',
      'item3.X-ABLabel:_$!<HomePage>!$_',
      'PHOTO;BASE64:' + BASE64_LINE,
      '  ' + BASE64_LINE,
      'X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE\\:ABPerson',
      'END:VCARD',
    ),
    notes: [/Not kept \(Rapport has no place for it\): photo$/],
    contacts: [{ name: 'Ingrid Eriksen', emails: ['ingrid.eriksen@fjord.example'], phones: ['+47 22 55 01 90'] }],
    check: ([c]) => {
      expect(c.emails).toEqual([{ value: 'ingrid.eriksen@fjord.example', label: 'other' }]);
      expect(c.phones).toEqual([{ value: '+47 22 55 01 90', label: 'Clinic' }]);
      expect(c.urls).toEqual([{ value: 'http://fjord.example/ir/eriksen', label: 'home page' }]);
    },
  },
  {
    producer: 'Gmail, vCard 3.0 with 5 emails and 11 phones',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Kamala Natarajan',
      'N:Natarajan;Kamala;;;',
      'EMAIL;TYPE=INTERNET;TYPE=WORK:k.natarajan@lakeshore.example',
      'EMAIL;TYPE=INTERNET;TYPE=HOME:kamala@example.org',
      'EMAIL;TYPE=INTERNET:knatarajan@alumni.example.edu',
      'EMAIL;TYPE=INTERNET:kamala.n@research.example',
      'EMAIL;TYPE=INTERNET:kn@sir-committee.example',
      ...Array.from({ length: 11 }, (_, i) => `TEL;TYPE=${['CELL', 'WORK', 'HOME'][i % 3]}:+1 555 010 02${String(i).padStart(2, '0')}`),
      'CATEGORIES:myContacts,starred,Mentors',
      'END:VCARD',
    ),
    contacts: [
      {
        name: 'Kamala Natarajan',
        emails: ['k.natarajan@lakeshore.example', 'kamala@example.org', 'knatarajan@alumni.example.edu', 'kamala.n@research.example', 'kn@sir-committee.example'],
        phones: Array.from({ length: 11 }, (_, i) => `+1 555 010 02${String(i).padStart(2, '0')}`),
      },
    ],
    check: ([c]) => expect(c.tags).toEqual(['Mentors']),
  },
  {
    producer: 'Google Contacts export, vCard 3.0 with unescaped commas in NOTE and groups in ORG',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Pavel Petrov',
      'N:Petrov;Pavel;;;',
      'EMAIL;TYPE=INTERNET;TYPE=WORK:pavel.petrov@northfield.example',
      'TEL;TYPE=CELL:+1 555-010-0220',
      'item1.ORG:Northfield Children\'s Hospital',
      'item1.X-ABLabel:',
      'NOTE:Spoke about PAE, Y-90, and research years. Said to follow up in March.',
      'CATEGORIES:myContacts',
      'END:VCARD',
    ),
    contacts: [{ name: 'Pavel Petrov', emails: ['pavel.petrov@northfield.example'], phones: ['+1 555-010-0220'] }],
    check: ([c]) => {
      expect(c.notes).toBe('Spoke about PAE, Y-90, and research years. Said to follow up in March.');
      expect(c.institution).toBe('Northfield Children\'s Hospital');
      expect(c.tags).toBeUndefined();
    },
  },
  {
    producer: 'RFC 6350 example, vCard 4.0 with tel: URIs and extensions',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Simon Perreault',
      'N:Perreault;Simon;;;ing. jr,M.Sc.',
      'BDAY:--0203',
      'ANNIVERSARY:20090808T1430-0500',
      'GENDER:M',
      'LANG;PREF=1:fr',
      'LANG;PREF=2:en',
      'ORG;TYPE=work:Viagenie',
      'ADR;TYPE=work:;Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada',
      'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102',
      'TEL;VALUE=uri;TYPE="work,cell,voice,video,text":tel:+1-418-262-6501',
      'EMAIL;TYPE=work:simon.perreault@viagenie.ca',
      'GEO;TYPE=work:geo:46.772673,-71.282945',
      'KEY;TYPE=work;VALUE=uri:http://www.viagenie.ca/simon.perreault/simon.asc',
      'TZ:-0500',
      'URL;TYPE=home:http://nomis80.org',
      'END:VCARD',
    ),
    notes: [/Simon Perreault: Not kept \(Rapport has no place for it\): anniversary, gender, map position, key, time zone$/],
    contacts: [{ name: 'Simon Perreault', emails: ['simon.perreault@viagenie.ca'], phones: ['+1-418-656-9254 x102', '+1-418-262-6501'] }],
    check: ([c]) => {
      expect(c.birthday).toBe('--02-03');
      expect(c.structuredName).toEqual({ family: 'Perreault', given: 'Simon', additional: '', prefixes: '', suffixes: 'ing. jr M.Sc.' });
      expect(c.addresses).toEqual([{ street: 'Suite D2-630\n2875 Laurier', city: 'Quebec', region: 'QC', postcode: 'G1V 2M2', country: 'Canada', label: 'work' }]);
      expect(c.urls).toEqual([{ value: 'http://nomis80.org', label: 'home' }]);
    },
  },
  {
    producer: 'vCard 4.0 with the RFC example phone tel:+1-555-555-5555;ext=102',
    file: crlf('BEGIN:VCARD', 'VERSION:4.0', 'FN:Lars Rasmussen', 'TEL;VALUE=uri;TYPE=home:tel:+1-555-555-5555;ext=102', 'END:VCARD'),
    contacts: [{ name: 'Lars Rasmussen', phones: ['+1-555-555-5555 x102'] }],
  },
  {
    producer: 'KDE KAddressBook, vCard 3.0',
    file: lf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'CLASS:PUBLIC',
      'EMAIL;TYPE=PREF:uche.abernathy@kde.example',
      'EMAIL:uche@example.org',
      'FN:Uche Abernathy',
      'N:Abernathy;Uche;;;',
      'TEL;TYPE=CELL:+44 7700 900123',
      'TEL;TYPE=WORK:+44 20 7946 0123',
      'UID:Ex7vLqbaPs',
      'X-KADDRESSBOOK-X-IMAddress:uche@jabber.example',
      'END:VCARD',
    ),
    contacts: [{ name: 'Uche Abernathy', emails: ['uche.abernathy@kde.example', 'uche@example.org'], phones: ['+44 7700 900123', '+44 20 7946 0123'] }],
  },
  {
    producer: 'Evolution, vCard 3.0 with UI slots and FILE-AS',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'X-EVOLUTION-FILE-AS:Sandoval\\, Ximena',
      'FN:Ximena Sandoval',
      'N:Sandoval;Ximena;;;',
      'EMAIL;TYPE=WORK;X-EVOLUTION-UI-SLOT=1:x.sandoval@aurelia.example',
      'EMAIL;TYPE=HOME;X-EVOLUTION-UI-SLOT=2:ximena@example.mx',
      'TEL;TYPE=CELL;X-EVOLUTION-UI-SLOT=1:+52 55 5555 0240',
      'ADR;TYPE=WORK:;;Av. Reforma 100;Ciudad de México;CDMX;06600;México',
      'END:VCARD',
    ),
    contacts: [{ name: 'Ximena Sandoval', emails: ['x.sandoval@aurelia.example', 'ximena@example.mx'], phones: ['+52 55 5555 0240'] }],
  },
  {
    producer: 'ownCloud / DAVx5, vCard 3.0',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Sabre//Sabre VObject 4.4.1//EN',
      'UID:8f0d1c2e-3b4a-5c6d-7e8f-90a1b2c3d4e5',
      'FN:Farid Haddad',
      'N:Haddad;Farid;;;',
      'EMAIL;TYPE=INTERNET,WORK:farid.haddad@cloud.example',
      'TEL;TYPE=CELL,VOICE:+961 3 555 025',
      'X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/farid-haddad-example',
      'REV:20240101T120000Z',
      'END:VCARD',
    ),
    contacts: [{ name: 'Farid Haddad', emails: ['farid.haddad@cloud.example'], phones: ['+961 3 555 025'] }],
    check: ([c]) => expect(c.linkedinUrl).toBe('https://www.linkedin.com/in/farid-haddad-example'),
  },
  {
    producer: 'a card with one property it cannot read (an empty parameter name)',
    file: crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Olivia Thorne', 'EMAIL;=bad:olivia.old@example.org', 'EMAIL:olivia@example.org', 'TEL;TYPE="unterminated:+1 555', 'END:VCARD'),
    contacts: [{ name: 'Olivia Thorne', emails: ['olivia@example.org'] }],
    notes: [/Olivia Thorne: Email not understood, left out/, /Olivia Thorne: Phone not understood, left out/],
  },
  {
    producer: 'Apple escapes: http\\:// in URLs and \\" in notes',
    file: crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Mei Nakamura', 'URL:http\\://nakamura.example/cv', 'NOTE:She said \\"apply broadly\\"\\, then focus.', 'END:VCARD'),
    contacts: [{ name: 'Mei Nakamura' }],
    check: ([c]) => {
      expect(c.urls).toEqual([{ value: 'http://nakamura.example/cv', label: '' }]);
      expect(c.notes).toBe('She said "apply broadly", then focus.');
    },
  },
  {
    producer: 'a family-first name with N (kept as imported)',
    file: crlf('BEGIN:VCARD', 'VERSION:3.0', 'N:Nakamura;Hiroshi;;;', 'FN:Nakamura Hiroshi', 'EMAIL:hiroshi.nakamura@example.jp', 'END:VCARD'),
    contacts: [{ name: 'Nakamura Hiroshi', emails: ['hiroshi.nakamura@example.jp'] }],
    check: ([c]) => expect(c.structuredName).toEqual({ family: 'Nakamura', given: 'Hiroshi', additional: '', prefixes: '', suffixes: '' }),
  },
  {
    producer: 'Gmail, a card with only an email',
    file: crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:', 'N:;;;;', 'EMAIL;TYPE=INTERNET:no.name@example.org', 'END:VCARD'),
    contacts: [{ name: 'no.name@example.org', emails: ['no.name@example.org'] }],
    notes: [/email address is used as the name/],
  },
  {
    producer: 'a file mixing a UTF-8 card and a Latin-1 card that names no charset',
    file: bytes(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Quintero\r\nEND:VCARD\r\n',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren',
      [0xe9],
      ' Fairweather\r\nEND:VCARD\r\n',
    ),
    contacts: [{ name: 'Zoë Quintero' }, { name: 'René Fairweather' }],
    notes: [/René Fairweather: Its text is not in UTF-8 .*Windows-1252/],
  },
  {
    producer: 'UTF-8 with a byte order mark (Windows)',
    file: bytes([0xef, 0xbb, 0xbf], 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ñora Øster\r\nTEL:+45 55 01 02 60\r\nEND:VCARD\r\n'),
    contacts: [{ name: 'Ñora Øster', phones: ['+45 55 01 02 60'] }],
  },
  {
    producer: 'UTF-16 little-endian with a byte order mark (Windows Contacts)',
    file: (() => {
      const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tamsin Gallagher\r\nEMAIL:tamsin@example.ie\r\nEND:VCARD\r\n';
      const out = new Uint8Array(2 + text.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) out[2 + i * 2] = text.charCodeAt(i);
      return out;
    })(),
    contacts: [{ name: 'Tamsin Gallagher', emails: ['tamsin@example.ie'] }],
  },
  {
    producer: 'vCard 2.1 with a nested AGENT card',
    file: crlf(
      'BEGIN:VCARD', 'VERSION:2.1', 'FN:Nikhil Banerjee', 'TEL;WORK:555-010-0270',
      'AGENT:', 'BEGIN:VCARD', 'VERSION:2.1', 'FN:Assistant Person', 'TEL;WORK:555-010-0271', 'END:VCARD',
      'EMAIL;INTERNET:nikhil@example.in', 'END:VCARD',
    ),
    contacts: [{ name: 'Nikhil Banerjee', emails: ['nikhil@example.in'], phones: ['555-010-0270'] }],
  },
  {
    producer: 'a file cut off in its last card',
    file: crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Quinn Umarov', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:Cut Off'),
    contacts: [{ name: 'Quinn Umarov' }],
    invalid: 1,
  },
  {
    producer: 'vCard 2.1 multi-line note in quoted-printable (=0D=0A) with soft breaks',
    file: crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Yusuf Zielinski',
      'NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line, with a comma; and a semicolon=0D=0AThird =',
      'line',
      'EMAIL;INTERNET:yusuf@example.pl',
      'END:VCARD',
    ),
    contacts: [{ name: 'Yusuf Zielinski', emails: ['yusuf@example.pl'] }],
    check: ([c]) => expect(c.notes).toBe('First line\nSecond line, with a comma; and a semicolon\nThird line'),
  },
  {
    producer: 'vCard 3.0 with TYPE=pref on the third phone',
    file: crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Esther Kowalczyk', 'TEL;TYPE=HOME:555-0281', 'TEL;TYPE=WORK:555-0282', 'TEL;TYPE=CELL,PREF:555-0283', 'END:VCARD'),
    contacts: [{ name: 'Esther Kowalczyk', phones: ['555-0283', '555-0281', '555-0282'] }],
  },
  {
    producer: 'Yahoo-style vCard 3.0 with a birthday and a malformed phone',
    file: crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Valeria Vasquez', 'BDAY:1990-07-14', 'TEL;TYPE=CELL:+1 555 010 0290', 'TEL;TYPE=WORK:call the front desk', 'END:VCARD'),
    contacts: [{ name: 'Valeria Vasquez', phones: ['+1 555 010 0290'] }],
    notes: [/Valeria Vasquez: Phone 2 not understood, left out/],
    check: ([c]) => expect(c.birthday).toBe('1990-07-14'),
  },
  {
    producer: 'vCard 3.0 with LinkedIn\'s member URN in EMAIL (copied from a CRM)',
    file: crlf('BEGIN:VCARD', 'VERSION:3.0', 'FN:Dmitri Jablonski', 'EMAIL:urn:li:member:123456', 'EMAIL:dmitri@example.org', 'END:VCARD'),
    contacts: [{ name: 'Dmitri Jablonski', emails: ['dmitri@example.org'] }],
    notes: [/Dmitri Jablonski: Email 1 not understood, left out/],
  },
];

describe('vCard files as real producers write them', () => {
  it('has at least 30 producers', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$producer', async ({ file, contacts, notes = [], invalid = 0, check }) => {
    const parsed = await parseVCards(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = await planImport(parsed.candidates, []);
    expect(plan.invalid.map((r) => r.reason)).toHaveLength(invalid);
    const added = plan.add.map((a) => a.fields);
    expect(
      added.map((c) => ({
        name: c.name,
        ...(c.emails.length > 0 ? { emails: c.emails.map((e) => e.value) } : {}),
        ...(c.phones.length > 0 ? { phones: c.phones.map((p) => p.value) } : {}),
      })),
    ).toEqual(contacts);
    // The primary email and phone are the first of each list.
    for (const c of added) {
      expect(c.email).toBe(c.emails[0]?.value ?? '');
      expect(c.phone).toBe(c.phones[0]?.value ?? '');
    }
    const messages = plan.notes.map((n) => n.message);
    for (const pattern of notes) expect(messages).toContainEqual(expect.stringMatching(pattern));
    expect(messages).toHaveLength(notes.length);
    check?.(parsed.candidates.filter((c) => c.problems.length === 0).map((c) => c.fields));
  });
});
