/**
 * The sync account on the server: one plain document, `rapport-account`,
 * holding the salt and iteration count every device derives its keys with,
 * and a key check. A device checks its passphrase against it before it
 * writes anything; the first device creates it.
 */
import { deriveSyncKeys, keyParameters, keysMatch, newSalt, PBKDF2_ITERATIONS, type KeyParameters, type SyncKeys } from './sealing';

export const ACCOUNT_DOC_ID = 'rapport-account';

interface AccountDoc extends KeyParameters {
  _id: typeof ACCOUNT_DOC_ID;
  _rev?: string;
  kind: 'rapport-sync-account';
  version: 1;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase does not open this sync account. Nothing was changed, here or on the server. Type the passphrase you chose on your first device.');
    this.name = 'WrongPassphraseError';
  }
}

export class NoAccountError extends Error {
  constructor() {
    super('This server has no Rapport data yet. On the device that holds your network, turn sync on first; then come back here.');
    this.name = 'NoAccountError';
  }
}

const isNotFound = (error: unknown) => (error as { status?: number } | null)?.status === 404;

/**
 * The keys for the account on `remote`, checked against its key check. With `create`, a server
 * without an account gets one (a new random salt); without it, `NoAccountError` (a second device
 * expects to find the first one's data).
 */
export async function openSyncAccount(
  remote: PouchDB.Database,
  passphrase: string,
  options: { create: boolean; iterations?: number },
): Promise<{ keys: SyncKeys; created: boolean }> {
  let existing: AccountDoc | null = null;
  try {
    existing = (await remote.get(ACCOUNT_DOC_ID)) as unknown as AccountDoc;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  if (existing) {
    const keys = await deriveSyncKeys(passphrase, existing.salt, existing.iterations);
    if (!(await keysMatch(keys, existing))) throw new WrongPassphraseError();
    return { keys, created: false };
  }
  if (!options.create) throw new NoAccountError();
  const salt = newSalt();
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const keys = await deriveSyncKeys(passphrase, salt, iterations);
  const doc: AccountDoc = { _id: ACCOUNT_DOC_ID, kind: 'rapport-sync-account', version: 1, ...(await keyParameters(keys, salt, iterations)) };
  try {
    await remote.put(doc);
  } catch (error) {
    // Another device created it meanwhile: use theirs.
    if ((error as { status?: number }).status === 409) return openSyncAccount(remote, passphrase, { ...options, create: false });
    throw error;
  }
  return { keys, created: true };
}
