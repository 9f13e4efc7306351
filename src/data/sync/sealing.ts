/**
 * End-to-end encryption of what sync sends: the server only ever holds
 * sealed documents `{ _id, v, iv, ct }`. Everything that says what a record
 * is (its table, its id, its fields, when it changed, whether it is deleted)
 * is inside the AES-GCM ciphertext; the `_id` is an HMAC of table and id, so
 * the same record always lands on the same document without the server
 * learning which record it is.
 *
 * Keys come from the user's passphrase with PBKDF2-SHA-256 at 600,000
 * iterations (OWASP's figure for PBKDF2-HMAC-SHA-256 since 2023) over a
 * random 16-byte salt kept on the server, so a second device derives the
 * same keys. 512 derived bits become two non-extractable keys: AES-GCM-256
 * for the contents and HMAC-SHA-256 for ids and the key check. The key
 * check lets a device verify a passphrase before it writes anything.
 *
 * WebCrypto only (browsers and Node 20 alike): nothing here is home-made
 * cryptography.
 */

export const SEAL_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_CHECK_LABEL = 'rapport key check v1';

/** The keys of one sync account; never extractable, so they can be kept on the device but never read back. */
export interface SyncKeys {
  sealing: CryptoKey;
  naming: CryptoKey;
}

/** What a record becomes before sealing: everything the server must not see. */
export interface SealedContent {
  table: string;
  id: string;
  /** The record as stored, or null for a deletion (the record went to the trash). */
  record: Record<string, unknown> | null;
  /** When this version was written (the record's `updatedAt`, or the deletion's time). */
  changedAt: string;
}

/** A document as the server holds it. */
export interface SealedDocument {
  _id: string;
  v: number;
  iv: string;
  ct: string;
}

/** What a device needs to derive the account's keys and check a passphrase, kept on the server in the clear. */
export interface KeyParameters {
  salt: string;
  iterations: number;
  /** HMAC of a fixed label under the naming key: equal only for the right passphrase. */
  check: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const plain = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(plain.length);
  for (let i = 0; i < plain.length; i++) bytes[i] = plain.charCodeAt(i);
  return bytes;
}

export function newSalt(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
}

/** Derives the account's keys from the passphrase (about a second on a phone: do it once, then keep the keys). */
export async function deriveSyncKeys(passphrase: string, salt: string, iterations = PBKDF2_ITERATIONS): Promise<SyncKeys> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(salt), iterations }, material, 512));
  const [sealing, naming] = await Promise.all([
    crypto.subtle.importKey('raw', bits.slice(0, 32), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
  ]);
  bits.fill(0);
  return { sealing, naming };
}

async function mac(keys: SyncKeys, text: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', keys.naming, encoder.encode(text))));
}

/** The parameters to store for a new account: a random salt and the check of these keys. */
export async function keyParameters(keys: SyncKeys, salt: string, iterations = PBKDF2_ITERATIONS): Promise<KeyParameters> {
  return { salt, iterations, check: await mac(keys, KEY_CHECK_LABEL) };
}

/** Whether `keys` are the account's (derived from the right passphrase). Compared in constant time by WebCrypto. */
export async function keysMatch(keys: SyncKeys, parameters: KeyParameters): Promise<boolean> {
  let expected: Uint8Array<ArrayBuffer>;
  try {
    expected = fromBase64Url(parameters.check);
  } catch {
    return false;
  }
  return crypto.subtle.verify('HMAC', keys.naming, expected, encoder.encode(KEY_CHECK_LABEL));
}

/**
 * The server's id for a record: the same on every device with the same keys, meaningless to anyone
 * else. Starts with "r" because CouchDB keeps ids starting with "_" for itself.
 */
export async function sealedId(keys: SyncKeys, table: string, id: string): Promise<string> {
  return `r${await mac(keys, `${table}\u0000${id}`)}`;
}

/** Seals one version of a record. The ciphertext is bound to its `_id`: moved to another id, it no longer opens. */
export async function seal(keys: SyncKeys, content: SealedContent): Promise<SealedDocument> {
  const _id = await sealedId(keys, content.table, content.id);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = encoder.encode(JSON.stringify(content));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(_id) }, keys.sealing, plain));
  return { _id, v: SEAL_VERSION, iv: toBase64Url(iv), ct: toBase64Url(ct) };
}

export class UnsealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsealError';
  }
}

/**
 * Opens a sealed document. Refuses one that was tampered with, sealed with other keys, of an
 * unknown version, or whose content names another record than its id says.
 */
export async function unseal(keys: SyncKeys, doc: SealedDocument): Promise<SealedContent> {
  if (doc.v !== SEAL_VERSION) throw new UnsealError(`This record was written by a newer Rapport (format ${String(doc.v)}). Update Rapport on this device.`);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(doc.iv), additionalData: encoder.encode(doc._id) },
      keys.sealing,
      fromBase64Url(doc.ct),
    );
  } catch {
    throw new UnsealError('A synced record could not be opened: it was changed on the server, or sealed with another passphrase.');
  }
  const content = JSON.parse(decoder.decode(plain)) as SealedContent;
  if ((await sealedId(keys, content.table, content.id)) !== doc._id) throw new UnsealError('A synced record names another record than its id.');
  return content;
}
