import { describe, expect, it } from 'vitest';
import { webLinkSchema } from '../../src/domain/entities';
import { withScheme } from '../../src/lib/with-scheme';

describe('withScheme', () => {
  it.each([
    ['www.example.org/ir', 'https://www.example.org/ir'],
    ['linkedin.com/in/ada-lovelace', 'https://linkedin.com/in/ada-lovelace'],
    ['mountsinai.org', 'https://mountsinai.org'],
    ['  mountsinai.org  ', 'https://mountsinai.org'],
    ['example.org:8443/path?q=1#top', 'https://example.org:8443/path?q=1#top'],
    ['https://example.org', 'https://example.org'],
    ['http://example.org', 'http://example.org'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['mailto:a@example.org', 'mailto:a@example.org'],
    ['not a link', 'not a link'],
    ['word', 'word'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(withScheme(input)).toBe(expected);
  });
});

describe('webLinkSchema', () => {
  it('accepts an address typed without https:// and stores it with', () => {
    expect(webLinkSchema.parse('www.example.org/ir')).toBe('https://www.example.org/ir');
  });

  it('still refuses other schemes and plain words', () => {
    expect(webLinkSchema.safeParse('javascript:alert(1)').success).toBe(false);
    expect(webLinkSchema.safeParse('not a link').success).toBe(false);
  });
});
