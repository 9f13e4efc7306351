/**
 * Sync as the app runs it (loaded only when sync is on, or being turned on):
 * the account and its keys, the bridge following this tab's writes, and
 * PouchDB's live replication with the server, which retries by itself when
 * the connection drops. One tab of the browser syncs at a time (a Web Lock);
 * the others say so.
 *
 * Settings live in the sync bookkeeping database (db.ts `openSyncState`):
 * server address, account name and password, and the derived keys when the
 * user asked to be remembered on this device. The keys are non-extractable
 * CryptoKeys: IndexedDB keeps them, nothing can read them back. The
 * passphrase itself is never stored.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { sameOriginAddress } from '../../domain/sync/sync-form';
import { db, openSyncState, type SyncStateDb } from '../db';
import { openSyncAccount } from './account';
import { SyncBridge } from './bridge';
import { SyncPouch } from './pouch';
import { noteStaleForSearch } from '../search-snapshot';
import type { SyncKeys } from './sealing';

export interface SyncSettings {
  /** The database on the server: an address on Rapport's own origin, e.g. /couchdb/rapport-ana. */
  server: string;
  username: string;
  password: string;
}

interface StoredConfig extends SyncSettings {
  keys: SyncKeys | null;
}

export type SyncState = 'off' | 'locked' | 'starting' | 'syncing' | 'up-to-date' | 'offline' | 'error' | 'other-tab';

export interface SyncStatus {
  state: SyncState;
  server: string | null;
  lastSyncedAt: string | null;
  /** Changes made here that the server does not have yet. */
  pending: number;
  /** What went wrong, in plain words. */
  error: string | null;
  /** The first download on a device joining the account: 0..1, or null. */
  progress: number | null;
}

const OFF: SyncStatus = { state: 'off', server: null, lastSyncedAt: null, pending: 0, error: null, progress: null };
const LOCK = 'rapport-sync';

let status: SyncStatus = OFF;
const listeners = new Set<(s: SyncStatus) => void>();
let running: { stop: () => Promise<void>; syncNow: () => Promise<void> } | null = null;
let state: SyncStateDb | null = null;

const sync = () => (state ??= openSyncState(db));

function setStatus(patch: Partial<SyncStatus>) {
  status = { ...status, ...patch };
  for (const listener of listeners) listener(status);
}

export function syncStatus(): SyncStatus {
  return status;
}

export function onSyncStatus(listener: (s: SyncStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function remoteOf(settings: SyncSettings): PouchDB.Database {
  const url = sameOriginAddress(settings.server, location.origin);
  if (!url) throw new Error('Rapport can only reach a sync server at its own address.');
  return new SyncPouch(url.href, {
    skip_setup: false,
    ...(settings.username ? { auth: { username: settings.username, password: settings.password } } : {}),
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

function localCopy(): PouchDB.Database {
  return new SyncPouch(`${db.name}-sync-copy`, { adapter: 'idb' });
}

function plainError(error: unknown): string {
  const e = error as { status?: number; name?: string; message?: string } | null;
  if (e?.status === 401 || e?.status === 403) return 'The server refused the account name or password.';
  if (e?.status === 404) return 'The server has no such database. Check the address, or create the database (README, "Sync").';
  if (e?.name === 'WrongPassphraseError' || e?.name === 'NoAccountError') return e.message ?? '';
  if (e && (e.status === 0 || e.status === undefined) && /fetch|network|Failed/i.test(e.message ?? '')) return 'The sync server cannot be reached. Changes wait here and go up when it can.';
  return e?.message ?? String(error);
}

/**
 * Turns sync on: checks the passphrase against the server's account (creating it for the first
 * device), stores the settings, and starts. `join` is the path of a second device: it expects an
 * account and first downloads everything, reporting progress.
 */
export async function turnSyncOn(settings: SyncSettings, passphrase: string, options: { join: boolean; remember: boolean }): Promise<void> {
  const remote = remoteOf(settings);
  const { keys } = await openSyncAccount(remote, passphrase, { create: !options.join }).finally(() => void remote.close().catch(() => {}));
  await sync().meta.put({ id: 'config', value: { ...settings, keys: options.remember ? keys : null } satisfies StoredConfig });
  localStorage.setItem(LOCK, 'on');
  await start(settings, keys, options.join);
}

/** At app start, when sync was on: starts with the remembered keys, or waits for the passphrase. */
export async function resumeSync(): Promise<void> {
  const config = (await sync().meta.get('config'))?.value as StoredConfig | undefined;
  if (!config) {
    localStorage.removeItem(LOCK);
    return setStatus(OFF);
  }
  if (!config.keys) return setStatus({ ...OFF, state: 'locked', server: config.server });
  await start(config, config.keys, false);
}

/** Unlocks sync on a device that does not remember its keys. */
export async function unlockSync(passphrase: string): Promise<void> {
  const config = (await sync().meta.get('config'))?.value as StoredConfig | undefined;
  if (!config) throw new Error('Sync is not set up on this device.');
  const remote = remoteOf(config);
  const { keys } = await openSyncAccount(remote, passphrase, { create: false }).finally(() => void remote.close().catch(() => {}));
  await start(config, keys, false);
}

export async function syncNow(): Promise<void> {
  await running?.syncNow();
}

/** Stops syncing on this device: its own records stay; the server, and other devices, are not touched. */
export async function stopSyncing(): Promise<void> {
  if (running === null && status.state === 'other-tab') throw new Error('Sync runs in another tab of Rapport: stop it there, or close that tab first.');
  await running?.stop();
  running = null;
  localStorage.removeItem(LOCK);
  const copy = localCopy();
  await copy.destroy();
  const bookkeeping = sync();
  state = null;
  await bookkeeping.delete();
  setStatus(OFF);
}

async function start(settings: SyncSettings, keys: SyncKeys, join: boolean): Promise<void> {
  await running?.stop();
  running = null;
  setStatus({ ...OFF, state: 'starting', server: settings.server });
  if (typeof navigator.locks === 'undefined') return run(settings, keys, join);
  // Another tab syncing: this one waits its turn, and takes over when that tab closes.
  const held = (await navigator.locks.query()).held?.some((lock) => lock.name === LOCK) ?? false;
  if (held) setStatus({ state: 'other-tab' });
  const started = new Promise<void>((resolve, reject) => {
    void navigator.locks
      .request(LOCK, async () => {
        // Held for as long as this tab syncs.
        await new Promise<void>((release) => {
          run(settings, keys, join, release).then(resolve, (error: unknown) => {
            release();
            reject(error);
          });
        });
      })
      .catch(reject);
  });
  if (!held) await started;
  else started.catch(() => {});
}

/** Starts syncing; a start that fails closes what it opened and lets go of the lock, so a retry can start again. */
async function run(settings: SyncSettings, keys: SyncKeys, join: boolean, release: () => void = () => {}): Promise<void> {
  const opened: { close: () => Promise<void> | void }[] = [];
  try {
    await runOpened(settings, keys, join, release, opened);
  } catch (error) {
    for (const item of opened.reverse()) await Promise.resolve(item.close()).catch(() => {});
    release();
    setStatus({ state: 'error', error: plainError(error), progress: null });
    throw error;
  }
}

async function runOpened(
  settings: SyncSettings,
  keys: SyncKeys,
  join: boolean,
  release: () => void,
  opened: { close: () => Promise<void> | void }[],
): Promise<void> {
  const local = localCopy();
  opened.push({ close: () => local.close() });
  const remote = remoteOf(settings);
  opened.push({ close: () => remote.close() });
  const bridge = new SyncBridge({
    db,
    state: sync(),
    keys,
    local,
    onProblem: ({ message }) => setStatus({ error: message }),
    // Other devices' changes keep their own times: the saved search index reads these rows again.
    onApplied: (table, ids) => noteStaleForSearch(table, ids).catch(() => {}),
  });
  let pending = 0;
  // This tab's writes, sealed into the local copy; live replication takes them up.
  const onChange = (parts: ObservabilitySet) =>
    void bridge.sendChanges(parts).then(
      (sent) => sent > 0 && setStatus({ pending: (pending += sent) }),
      (error: unknown) => setStatus({ state: 'error', error: plainError(error) }),
    );
  Dexie.on.storagemutated.subscribe(onChange);
  const unwatch = () => Dexie.on.storagemutated.unsubscribe(onChange);
  opened.push({ close: unwatch });

  if (join) {
    const total = Math.max(1, (await remote.info()).doc_count);
    setStatus({ state: 'syncing', progress: 0 });
    await local.replicate.from(remote, { batch_size: 200 }).on('change', (info) => setStatus({ progress: Math.min(0.95, info.docs_read / total) }));
    await bridge.receive();
    setStatus({ progress: null });
  }
  // What an earlier visit pulled but did not apply, then what this device changed meanwhile.
  await bridge.receive();
  await bridge.sendAll();
  const live = local.sync(remote, { live: true, retry: true, batch_size: 200 });
  live
    .on('change', (info) => {
      if (info.direction === 'pull') void bridge.receive().catch((error: unknown) => setStatus({ state: 'error', error: plainError(error) }));
    })
    .on('active', () => setStatus({ state: 'syncing', error: null }))
    .on('paused', (error) => {
      if (error) return setStatus({ state: 'offline', error: plainError(error) });
      // Anything pulled whose receive did not run or failed is applied now.
      void bridge.receive().catch((e: unknown) => setStatus({ state: 'error', error: plainError(e) }));
      pending = 0;
      setStatus({ state: 'up-to-date', pending: 0, error: null, lastSyncedAt: new Date().toISOString() });
    })
    .on('denied', (error) => setStatus({ state: 'error', error: plainError(error) }))
    .on('error', (error) => setStatus({ state: 'error', error: plainError(error) }));

  running = {
    syncNow: async () => {
      setStatus({ state: 'syncing' });
      await local.replicate.to(remote);
      await local.replicate.from(remote);
      await bridge.receive();
      await local.replicate.to(remote);
      pending = 0;
      setStatus({ state: 'up-to-date', pending: 0, error: null, lastSyncedAt: new Date().toISOString() });
    },
    stop: async () => {
      unwatch();
      const ended = new Promise<void>((resolve) => live.on('complete', () => resolve()));
      live.cancel();
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 2000))]);
      await bridge.idle();
      await local.close();
      await remote.close();
      release();
    },
  };
}
