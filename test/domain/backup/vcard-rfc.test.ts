/**
 * The exported .vcf checked against RFC 6350 by rules written here, not by
 * ical.js (which wrote it, so reading it back with ical.js proves little):
 * line ends, 75-octet folding never inside a character, and text escaping
 * that gives back exactly what the contact holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsToVCard } from '../../../src/domain/backup/vcard-write';
import { contactArb } from '../../fixtures/datasets';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** RFC 6350 §3.2: a line break followed by one space or tab continues the line. */
function unfold(file: string): string[] {
  return file.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
}

/** Splits at `sep` not preceded by an escaping backslash; pieces stay escaped. */
function splitEscaped(value: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') {
      current += value[i] + (value[i + 1] ?? '');
      i++;
    } else if (value[i] === sep) {
      out.push(current);
      current = '';
    } else {
      current += value[i];
    }
  }
  out.push(current);
  return out;
}

/** RFC 6350 §3.4: \n is a line break; \\ \, \; stand for themselves. Anything else after a backslash is an error. */
function unescape(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => {
    if (c === 'n' || c === 'N') return '\n';
    if (c === '\\' || c === ',' || c === ';') return c;
    throw new Error(`Bad escape \\${c}`);
  });
}

function property(line: string): { name: string; params: string; value: string } {
  const colon = line.indexOf(':');
  const head = line.slice(0, colon);
  const semi = head.indexOf(';');
  return { name: (semi < 0 ? head : head.slice(0, semi)).toUpperCase(), params: semi < 0 ? '' : head.slice(semi), value: line.slice(colon + 1) };
}

describe('exported vCard 4.0 against RFC 6350, checked independently', () => {
  it('every physical line is at most 75 octets, ends in CRLF, is whole UTF-8, and continuation lines start with one space', () => {
    fc.assert(
      fc.property(fc.array(contactArb, { minLength: 1, maxLength: 4 }), (contacts) => {
        const file = contactsToVCard(contacts);
        expect(file.endsWith('\r\n')).toBe(true);
        expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const [i, line] of file.split('\r\n').slice(0, -1).entries()) {
          const octets = encoder.encode(line);
          expect(octets.length, `line ${i + 1}`).toBeLessThanOrEqual(75);
          // A fold inside a character would leave half of it on each line: not valid UTF-8 on its own.
          expect(() => utf8.decode(octets)).not.toThrow();
          // A line is a property's start or a continuation, which starts with a space.
          expect(line).toMatch(/^([A-Za-z0-9-]+[;:]| )/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('text values unescape to exactly the contact’s name, notes, title, tags, emails and phones', () => {
    fc.assert(
      fc.property(contactArb, (contact) => {
        const lines = unfold(contactsToVCard([contact])).map(property);
        const one = (name: string) => lines.filter((l) => l.name === name).map((l) => l.value);
        expect(one('BEGIN')).toEqual(['VCARD']);
        expect(one('VERSION')).toEqual(['4.0']);
        expect(one('FN').map(unescape)).toEqual([contact.name]);
        expect(one('TITLE').map(unescape)).toEqual(contact.title ? [contact.title] : []);
        expect(one('NOTE').map(unescape)).toEqual(contact.notes ? [contact.notes.replace(/\r\n?/g, '\n')] : []);
        expect(one('ORG').map((v) => splitEscaped(v, ';').map(unescape))).toEqual(contact.institution ? [[contact.institution]] : []);
        expect(one('CATEGORIES').flatMap((v) => splitEscaped(v, ',').map(unescape))).toEqual(contact.tags);
        expect(one('EMAIL').map(unescape)).toEqual(contact.emails.map((e) => e.value));
        expect(one('TEL').map(unescape)).toEqual(contact.phones.map((p) => p.value));
        const n = one('N').map((v) => splitEscaped(v, ';').map(unescape));
        const parts = contact.structuredName;
        expect(n).toEqual(parts ? [[parts.family, parts.given, parts.additional, parts.prefixes, parts.suffixes]] : []);
        for (const l of lines) {
          // A text value never holds a bare line break or an unescaped backslash at its end.
          expect(l.value).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
