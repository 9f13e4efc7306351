/** Sealed sync documents with WebCrypto: what the server holds says nothing, and opens only with the right keys. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveSyncKeys,
  fromBase64Url,
  keyParameters,
  keysMatch,
  newSalt,
  PBKDF2_ITERATIONS,
  seal,
  sealedId,
  toBase64Url,
  unseal,
  UnsealError,
  type SealedContent,
} from '../../../src/data/sync/sealing';

// Fewer iterations where the count is not what is tested: 600,000 take about half a second each here.
const FAST = 1000;
const salt = 'c2FsdHNhbHRzYWx0c2FsdA';

const ana: SealedContent = {
  table: 'contacts',
  id: 'c-ana-1',
  record: { id: 'c-ana-1', name: 'Dr. Ana Muñoz', email: 'ana.munoz@example.org', institution: 'Aldercrest Medical Center', notes: 'Talked about Y-90 dosimetry.' },
  changedAt: '2026-12-01T10:00:00.000Z',
};

describe('sync sealing', () => {
  it('derives the same keys on two devices from the passphrase and salt, at 600,000 iterations by default', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const [phone, laptop] = await Promise.all([deriveSyncKeys('correct horse battery staple', salt), deriveSyncKeys('correct horse battery staple', salt)]);
    const doc = await seal(phone, ana);
    expect(await unseal(laptop, doc)).toEqual(ana);
    // A passphrase typed with a decomposed accent is the same passphrase.
    const composed = await deriveSyncKeys('café', salt, FAST);
    const decomposed = await deriveSyncKeys('cafe\u0301', salt, FAST);
    expect(await sealedId(composed, 'contacts', 'x')).toBe(await sealedId(decomposed, 'contacts', 'x'));
  });

  it('keeps the keys non-extractable', async () => {
    const keys = await deriveSyncKeys('passphrase', salt, FAST);
    await expect(crypto.subtle.exportKey('raw', keys.sealing)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('raw', keys.naming)).rejects.toThrow();
  });

  it('seals so that nothing of the record shows: not its table, id, fields or times', async () => {
    const keys = await deriveSyncKeys('passphrase', salt, FAST);
    const doc = await seal(keys, ana);
    expect(Object.keys(doc).sort()).toEqual(['_id', 'ct', 'iv', 'v']);
    const visible = JSON.stringify(doc).toLowerCase();
    for (const word of ['contacts', 'c-ana-1', 'muñoz', 'munoz', 'ana', 'example.org', 'aldercrest', 'y-90', '2026']) expect(visible).not.toContain(word);
    expect(doc._id).toMatch(/^r[A-Za-z0-9_-]{43}$/);
    // Sealed twice, the same version looks different (a fresh IV), under the same id.
    const again = await seal(keys, ana);
    expect(again._id).toBe(doc._id);
    expect(again.ct).not.toBe(doc.ct);
    expect(await sealedId(keys, 'programs', 'c-ana-1')).not.toBe(doc._id);
  });

  it('checks a passphrase before anything is written: the wrong one does not match and cannot open', async () => {
    const keys = await deriveSyncKeys('the right one', salt, FAST);
    const parameters = await keyParameters(keys, salt, FAST);
    expect(parameters).toEqual({ salt, iterations: FAST, check: expect.any(String) });
    expect(await keysMatch(keys, parameters)).toBe(true);
    const wrong = await deriveSyncKeys('the wrong one', salt, FAST);
    expect(await keysMatch(wrong, parameters)).toBe(false);
    expect(await keysMatch(keys, { ...parameters, check: '!!not base64' })).toBe(false);
    await expect(unseal(wrong, await seal(keys, ana))).rejects.toThrow(UnsealError);
    // Another salt, other keys.
    expect(await keysMatch(await deriveSyncKeys('the right one', newSalt(), FAST), parameters)).toBe(false);
  });

  it('refuses a document changed on the server, moved to another id, of a newer format, or naming another record', async () => {
    const keys = await deriveSyncKeys('passphrase', salt, FAST);
    const doc = await seal(keys, ana);
    const bytes = fromBase64Url(doc.ct);
    bytes[5] ^= 1;
    await expect(unseal(keys, { ...doc, ct: toBase64Url(bytes) })).rejects.toThrow(/could not be opened/);
    const other = await sealedId(keys, 'contacts', 'c-ben-2');
    await expect(unseal(keys, { ...doc, _id: other })).rejects.toThrow(/could not be opened/);
    await expect(unseal(keys, { ...doc, v: 2 })).rejects.toThrow(/newer Rapport/);
    // Sealed for the id of one record while holding another: opened, then refused.
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ct = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(other) },
      keys.sealing,
      new TextEncoder().encode(JSON.stringify(ana)),
    );
    await expect(unseal(keys, { _id: other, v: 1, iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) })).rejects.toThrow(/names another record/);
  });

  it('round-trips any record, deletions included (fast-check)', async () => {
    const keys = await deriveSyncKeys('passphrase', salt, FAST);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          table: fc.constantFrom('contacts', 'programs', 'interactions', 'reminders', 'events', 'settings'),
          id: fc.string({ minLength: 1 }),
          record: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: null }),
          changedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        }),
        async (content) => {
          const opened = await unseal(keys, await seal(keys, content));
          expect(JSON.stringify(opened)).toBe(JSON.stringify(content));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('writes base64url that reads back as the same bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect([...fromBase64Url(text)]).toEqual([...bytes]);
      }),
    );
  });
});
