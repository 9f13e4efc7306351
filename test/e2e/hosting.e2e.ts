/**
 * `npm start`'s server sends the headers the README asks a host to send: a CSP
 * that matches the page's own meta policy plus frame-ancestors (which a meta tag
 * cannot carry), and the framing, sniffing and referrer guards.
 */
import { describe, expect, inject, it } from 'vitest';

const baseURL = inject('baseURL');

describe('hosting headers', () => {
  it('the page and its assets come with the security headers', async () => {
    const page = await fetch(`${baseURL}/`);
    const html = await page.text();
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeTruthy();
    expect(csp).toBe(`${meta}; frame-ancestors 'none'`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');

    const manifest = await fetch(`${baseURL}/manifest.webmanifest`);
    expect(manifest.ok).toBe(true);
    expect(manifest.headers.get('content-security-policy')).toBe(csp);
  });
});
