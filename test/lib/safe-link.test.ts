import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeWebUrl, mailtoHref, safeHref, telHref } from '../../src/lib/safe-link';

/** Reads a mailto: href back the way a mail client would: address, subject and body decoded. */
function readMailto(href: string) {
  const url = new URL(href);
  return {
    protocol: url.protocol,
    address: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
    params: [...url.searchParams.keys()],
  };
}

describe('safeHref', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['  javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['\u0001 javascript:alert(1)'],
    ['javascript://example.com/%0Aalert(1)'],
    ['javascript&colon;alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['DATA:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:msgbox(1)'],
    ['VBScript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['blob:https://example.com/1234'],
    ['ftp://example.com/file'],
    ['/relative/path'],
    ['relative/path'],
    ['//evil.example.com'],
    ['?q=1'],
    ['#top'],
    ['http://'],
    ['https://'],
    ['https://exa mple.com'],
    ['\u200bhttps://example.com'],
    [''],
  ])('refuses %j', (value) => {
    expect(safeHref(value)).toBeNull();
  });

  it.each([null, undefined])('refuses %s', (value) => {
    expect(safeHref(value)).toBeNull();
  });

  it.each([
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
    ['  HTTPS://Example.COM/Path  ', 'https://example.com/Path'],
    ['mailto:pd@example.org', 'mailto:pd@example.org'],
    ['MAILTO:pd@example.org?subject=Hi', 'mailto:pd@example.org?subject=Hi'],
    ['tel:+15551234567', 'tel:+15551234567'],
  ])('allows %j as %j', (value, href) => {
    expect(safeHref(value)).toBe(href);
  });

  it('never returns an href with a scheme other than http, https, mailto or tel', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const href = safeHref(value);
        if (href !== null) expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(new URL(href).protocol);
      }),
    );
  });

  it('refuses any value that spells javascript: with case, controls or whitespace mixed in', () => {
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u001f');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), noise), { minLength: 11, maxLength: 11 }), fc.string(), (mix, rest) => {
        const word = 'javascript:'
          .split('')
          .map((ch, i) => (i === 0 ? '' : mix[i][1]) + (mix[i][0] ? ch.toUpperCase() : ch))
          .join('');
        expect(safeHref(`${mix[0][1]}${word}${rest}`)).toBeNull();
      }),
    );
  });
});

describe('isSafeWebUrl', () => {
  it.each([
    ['https://sirweb.org', true],
    ['http://example.com', true],
    ['mailto:a@b.org', false],
    ['tel:123', false],
    ['javascript:alert(1)', false],
    ['example.com', false],
  ])('%j → %s', (value, expected) => {
    expect(isSafeWebUrl(value)).toBe(expected);
  });
});

/** Text rich in the characters that break naive mailto builders. */
const mailText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\r', '\n', '&', '?', '#', '+', '%', '=', ' ', ';', '/', 'ñ', '👍🏽'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
});

describe('mailtoHref', () => {
  it('returns null for an empty or malformed address', () => {
    expect(mailtoHref('')).toBeNull();
    expect(mailtoHref('   ')).toBeNull();
    expect(mailtoHref('a b@example.com')).toBeNull();
    expect(mailtoHref('<a@example.com>')).toBeNull();
    expect(mailtoHref('"a"@example.com')).toBeNull();
  });

  it('builds a bare mailto: for an address alone', () => {
    expect(mailtoHref(' pd@example.org ')).toBe('mailto:pd@example.org');
  });

  it.each([
    ['plain words', 'Thank you for your time', 'It was good to meet you.'],
    ['non-ASCII name', 'Dear Dr. Nuñez', 'Gracias, Dr. Nuñez. — Zoë Ångström'],
    ['emoji', 'SIR 2026 🎉', 'Looking forward to it 👍🏽 and 🇺🇸'],
    ['ampersand, question mark, hash, plus', 'Q&A: IR vs DR? #SIR2026 +ESIR', 'a&b=c?d#e+f %20 %zz 100%'],
    ['text that looks like more parameters', 'x&body=injected', 'y&cc=boss@example.com&bcc=x@y.z'],
    ['quotes and brackets', `"quoted" 'single' <angle> [square]`, '{curly} (round) `tick` \\ /'],
  ])('round-trips subject and body with %s', (_label, subject, body) => {
    const href = mailtoHref('pd@example.org', { subject, body });
    expect(href).not.toBeNull();
    const read = readMailto(href ?? '');
    expect(read.protocol).toBe('mailto:');
    expect(read.address).toBe('pd@example.org');
    expect(read.subject).toBe(subject);
    expect(read.body).toBe(body);
    expect(read.params).toEqual(['subject', 'body']);
  });

  it('encodes line breaks in the body as CRLF (%0D%0A), whatever the input used', () => {
    const href = mailtoHref('pd@example.org', { body: 'Dear Dr. Nuñez,\n\nThank you.\r\nBest,\rZoë' }) ?? '';
    expect(href).toContain('%0D%0A%0D%0AThank');
    expect(href).not.toMatch(/%0D(?!%0A)/);
    expect(href).not.toMatch(/(?<!%0D)%0A/);
    expect(readMailto(href).body).toBe('Dear Dr. Nuñez,\r\n\r\nThank you.\r\nBest,\r\nZoë');
  });

  it('keeps the subject on one line', () => {
    const href = mailtoHref('pd@example.org', { subject: 'Thank you\r\nBcc: someone@example.com' }) ?? '';
    expect(readMailto(href).subject).toBe('Thank you Bcc: someone@example.com');
    expect(href).not.toMatch(/%0[AD]/);
  });

  it('percent-encodes a non-ASCII address and reads it back', () => {
    const href = mailtoHref('zoë.nuñez@example.org', { subject: 'Hi' }) ?? '';
    expect(href).toMatch(/^mailto:[\x21-\x7e]+$/);
    expect(readMailto(href).address).toBe('zoë.nuñez@example.org');
  });

  it('does not throw on text cut in the middle of an emoji (a lone surrogate)', () => {
    const cut = 'Great to meet you 👍'.slice(0, -1);
    const href = mailtoHref('pd@example.org', { subject: cut, body: `\uDC00${cut}` });
    expect(href).not.toBeNull();
    expect(readMailto(href ?? '').subject).toBe('Great to meet you \uFFFD');
  });

  it('leaves out empty subject and body', () => {
    expect(mailtoHref('pd@example.org', { subject: '', body: '' })).toBe('mailto:pd@example.org');
    expect(mailtoHref('pd@example.org', { body: 'Hi' })).toBe('mailto:pd@example.org?body=Hi');
  });

  it('round-trips any subject and body (line breaks in the body become CRLF)', () => {
    fc.assert(
      fc.property(mailText, mailText, (subject, body) => {
        const href = mailtoHref('pd@example.org', { subject, body });
        expect(href).not.toBeNull();
        const read = readMailto(href ?? '');
        expect(read.address).toBe('pd@example.org');
        expect(read.subject ?? '').toBe(subject.replace(/\s*[\r\n]+\s*/g, ' '));
        expect(read.body ?? '').toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
        expect(href).toMatch(/^mailto:[\x21-\x7e]+$/);
      }),
    );
  });
});

describe('telHref', () => {
  it.each([
    ['(555) 123-4567', 'tel:5551234567'],
    ['+1 555 123 4567', 'tel:+15551234567'],
    ['no digits', null],
    ['+', null],
  ])('%j → %j', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});
