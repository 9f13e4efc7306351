/**
 * Sync between two devices through a real CouchDB-protocol server (express-pouchdb, started here on
 * 127.0.0.1): device A is the app's own database (its commands write it), device B a second Dexie
 * database; both on fake-indexeddb, each with its local PouchDB copy on the idb adapter, as in the
 * browser.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db, openSyncState, RapportDb, type SyncStateDb } from '../../../src/data/db';
import { contactCommands, createContact, removeContact, updateContact } from '../../../src/data/contacts';
import { createInteraction } from '../../../src/data/interactions';
import { createReminder } from '../../../src/data/reminders';
import { loadSampleData } from '../../../src/data/sample';
import { restoreFromTrash } from '../../../src/data/trash';
import { openSyncAccount, WrongPassphraseError } from '../../../src/data/sync/account';
import { SYNCED_TABLES, SyncBridge } from '../../../src/data/sync/bridge';
import { SyncPouch } from '../../../src/data/sync/pouch';
import { syncRound } from '../../../src/data/sync/sync-run';
import { contactFields, interactionFields, reminderFields } from '../../factories';
// @ts-expect-error -- a plain JavaScript module shared with `npm run sync-server`.
import { startSyncServer } from '../../../scripts/sync-server.mjs';

interface TestServer {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

let server: TestServer;
beforeAll(async () => {
  server = (await startSyncServer()) as TestServer;
});
afterAll(async () => {
  await server?.stop();
});

interface Device {
  db: RapportDb;
  state: SyncStateDb;
  local: PouchDB.Database;
  remote: PouchDB.Database;
  bridge: SyncBridge;
  sync: () => Promise<unknown>;
}

const opened: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

let run = 0;
const PASSPHRASE = 'a long passphrase for the match';

/** A remote database of its own for each test, and the two devices on it. */
async function twoDevices(now?: () => Date) {
  run += 1;
  const remoteName = `${server.url}/rapport-${run}`;
  const device = async (database: RapportDb, name: string, create: boolean): Promise<Device> => {
    const remote = new SyncPouch(remoteName);
    const { keys } = await openSyncAccount(remote, PASSPHRASE, { create, iterations: 1000 });
    const state = openSyncState(database);
    const local = new SyncPouch(`${name}-${run}`, { adapter: 'idb' });
    const bridge = new SyncBridge({ db: database, state, keys, local, now });
    opened.push({
      close: async () => {
        await local.destroy();
        await state.delete();
        await remote.close();
        if (database !== db) await database.delete();
      },
    });
    return { db: database, state, local, remote, bridge, sync: () => syncRound(bridge, local, remote) };
  };
  const a = await device(db, 'device-a', true);
  const b = await device(new RapportDb(`device-b-${run}`), 'device-b', false);
  return { a, b, remoteName };
}

/** Two devices that both hold one contact, and times counted in minutes after its last change. */
async function sharedContact() {
  const devices = await twoDevices();
  const ana = await createContact(contactFields({ name: 'Dr. Ana Muñoz' }));
  await devices.a.sync();
  await devices.b.sync();
  const row = (await db.contacts.get(ana.id))!;
  const at = (minutes: number) => new Date(Date.parse(row.updatedAt) + minutes * 60_000).toISOString();
  return { ...devices, ana, row, at };
}

async function dump(database: RapportDb) {
  const out: Record<string, unknown[]> = {};
  for (const name of SYNCED_TABLES) out[name] = await database.table(name).orderBy(':id').toArray();
  return out;
}

describe('sync between two devices', () => {
  it('carries creates, edits, deletions and restores from one device to the other, both ways', async () => {
    const { a, b } = await twoDevices();
    const ana = await createContact(contactFields({ name: 'Dr. Ana Muñoz', institution: 'Aldercrest' }));
    const meeting = await createInteraction(interactionFields([ana.id], { summary: 'Coffee at SIR' }));
    await createReminder(reminderFields({ title: 'Thank Dr. Muñoz', contactId: ana.id, interactionId: meeting.id }));
    await a.sync();
    await b.sync();
    expect(await dump(b.db)).toEqual(await dump(db));
    expect(await b.db.contacts.get(ana.id)).toMatchObject({ name: 'Dr. Ana Muñoz' });

    await updateContact(ana.id, { institution: 'Aldercrest Medical Center' });
    await a.sync();
    await b.sync();
    expect((await b.db.contacts.get(ana.id))?.institution).toBe('Aldercrest Medical Center');

    // Deleted on A: gone on B too, and in B's trash, so either device can undo it.
    await removeContact(ana.id);
    await a.sync();
    await b.sync();
    expect(await b.db.contacts.get(ana.id)).toBeUndefined();
    expect(await b.db.trash.count()).toBe(1);
    expect(await dump(b.db)).toEqual(await dump(db));

    // Restored on A (the record keeps its old updatedAt): back on B.
    const [entry] = await db.trash.toArray();
    await restoreFromTrash(entry.id);
    await a.sync();
    await b.sync();
    expect(await b.db.contacts.get(ana.id)).toMatchObject({ institution: 'Aldercrest Medical Center' });
    expect(await b.db.trash.count()).toBe(0);

    // And from B to A.
    const row = (await b.db.contacts.get(ana.id))!;
    await b.db.contacts.put({ ...row, notes: 'Wrote back from the phone.', updatedAt: new Date(Date.now() + 1000).toISOString() });
    await b.sync();
    await a.sync();
    expect((await db.contacts.get(ana.id))?.notes).toBe('Wrote back from the phone.');
    expect(await dump(b.db)).toEqual(await dump(db));
  });

  it.each([
    ['the phone edited later and synced last', 10, 5, 'a'],
    ['the laptop edited later though the phone synced last', 5, 10, 'b'],
  ])('makes offline edits of the same record converge on both devices, keeping the loser on both: %s', async (_, laptopMinutes, phoneMinutes, syncsFirst) => {
    const { a, b, ana, row, at } = await sharedContact();
    const laptop = 'Laptop: met at the poster session.';
    const phone = 'Phone: talked about Y-90.';
    await db.contacts.put({ ...row, notes: laptop, updatedAt: at(laptopMinutes) });
    await b.db.contacts.put({ ...row, notes: phone, updatedAt: at(phoneMinutes) });
    const [first, second] = syncsFirst === 'a' ? [a, b] : [b, a];
    await first.sync();
    await second.sync();
    await first.sync();
    const [winner, loser] = laptopMinutes > phoneMinutes ? [laptop, phone] : [phone, laptop];
    expect((await db.contacts.get(ana.id))?.notes).toBe(winner);
    expect(await dump(b.db)).toEqual(await dump(db));
    for (const device of [a, b]) {
      const copies = await device.bridge.conflictsOf('contacts', ana.id);
      expect(copies.map((c) => c.record.notes)).toEqual([loser]);
    }
    // Nothing left in conflict on the server.
    const remoteDoc = await a.remote.allDocs({ conflicts: true, include_docs: true });
    expect(remoteDoc.rows.filter((r) => (r.doc as { _conflicts?: string[] })._conflicts?.length)).toEqual([]);
  });

  it('never overwrites an edit made here and not sent yet: a change pulled in meanwhile meets it first', async () => {
    const { a, b, ana, row, at } = await sharedContact();
    // The phone's edit reaches the laptop's copy, but is not applied yet...
    await b.db.contacts.put({ ...row, notes: 'Phone: older edit.', updatedAt: at(1) });
    await b.sync();
    await a.local.replicate.from(a.remote);
    // ...when the user saves on the laptop.
    await db.contacts.put({ ...row, notes: 'Laptop: newer edit.', updatedAt: at(2) });
    await a.bridge.receive();
    expect((await db.contacts.get(ana.id))?.notes).toBe('Laptop: newer edit.');
    await a.sync();
    await b.sync();
    expect((await b.db.contacts.get(ana.id))?.notes).toBe('Laptop: newer edit.');
    expect((await a.bridge.conflictsOf('contacts', ana.id)).map((c) => c.record.notes)).toEqual(['Phone: older edit.']);

    // Its own echo never overwrites a later edit either: sent, edited again, then its own document comes back.
    await db.contacts.put({ ...(await db.contacts.get(ana.id))!, notes: 'Laptop: edit 1', updatedAt: at(3) });
    await a.bridge.sendAll();
    await db.contacts.put({ ...(await db.contacts.get(ana.id))!, notes: 'Laptop: edit 2', updatedAt: at(4) });
    await a.bridge.receive();
    expect((await db.contacts.get(ana.id))?.notes).toBe('Laptop: edit 2');
    await a.sync();
    await b.sync();
    expect((await b.db.contacts.get(ana.id))?.notes).toBe('Laptop: edit 2');
  });

  it('refuses an older version a server sends back, and sends its own again', async () => {
    const { a, b } = await twoDevices();
    const ana = await createContact(contactFields({ name: 'Dr. Ana Muñoz', notes: 'first' }));
    await a.sync();
    const old = (await a.remote.allDocs({ include_docs: true })).rows.map((r) => r.doc!).find((d) => d._id !== 'rapport-account')!;
    await updateContact(ana.id, { notes: 'second' });
    await a.sync();
    // Someone with the server's password puts the first ciphertext back on top.
    const head = await a.remote.get(old._id);
    await a.remote.put({ ...old, _rev: head._rev });
    await a.sync();
    await b.sync();
    expect((await db.contacts.get(ana.id))?.notes).toBe('second');
    expect((await b.db.contacts.get(ana.id))?.notes).toBe('second');
  });

  it('refuses a wrong passphrase before writing anything, here or on the server', async () => {
    const { a, remoteName } = await twoDevices();
    await createContact(contactFields({ name: 'Dr. Ana Muñoz' }));
    await a.sync();
    const remote = new SyncPouch(remoteName);
    const before = await remote.allDocs();
    await expect(openSyncAccount(remote, 'not the passphrase', { create: true, iterations: 1000 })).rejects.toThrow(WrongPassphraseError);
    expect((await remote.allDocs()).rows).toEqual(before.rows);
    await remote.close();
  });

  it('resumes after the server drops the connection mid-sync: nothing lost, nothing twice', async () => {
    const { a, b } = await twoDevices();
    for (let i = 0; i < 60; i++) await createContact(contactFields({ name: `Person ${i}` }));
    await a.bridge.sendAll();
    // The server goes away while the first batch of the upload is on its way.
    const upload = a.local.replicate.to(a.remote, { batch_size: 10 });
    let dropped = false;
    upload.on('change', () => {
      if (!dropped) {
        dropped = true;
        void server.stop();
      }
    });
    await expect(upload).rejects.toBeTruthy();
    expect(dropped).toBe(true);
    await server.start();
    await a.sync();
    await b.sync();
    expect(await b.db.contacts.count()).toBe(60);
    expect(await dump(b.db)).toEqual(await dump(db));
    // One document per record (and the account): nothing duplicated.
    expect((await a.remote.allDocs()).rows).toHaveLength(61);
  });

  it('converges after any interleaving of edits, sends, replications and receives on both devices, the newest edit winning (fast-check)', async () => {
    const step = fc.record({
      device: fc.constantFrom('a', 'b'),
      kind: fc.constantFrom('create', 'edit', 'edit', 'delete', 'send', 'push', 'pull', 'receive', 'sync'),
      pick: fc.nat(),
      text: fc.constantFrom('Y-90', 'PAD', 'away rotation', 'letters'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 16 }), async (steps) => {
        await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
        let clock = Date.parse('2026-12-01T09:00:00.000Z');
        const { a, b } = await twoDevices(() => new Date(clock));
        /** The newest version written of each record, when no deletion is involved. */
        const newest = new Map<string, string>();
        let deleted = false;
        for (const { device, kind, pick, text } of steps) {
          clock += 1000;
          const d = device === 'a' ? a : b;
          const rows = await d.db.contacts.orderBy(':id').toArray();
          const stamp = new Date(clock).toISOString();
          if (kind === 'sync') await d.sync();
          else if (kind === 'send') await d.bridge.sendAll();
          else if (kind === 'push') await d.local.replicate.to(d.remote);
          else if (kind === 'pull') await d.local.replicate.from(d.remote);
          else if (kind === 'receive') await d.bridge.receive();
          else if (kind === 'create') {
            const id = `c-${device}-${clock}`;
            await d.db.contacts.put(contactCommands.build(contactFields({ name: `Made ${id}` }), { id, now: new Date(clock) }));
            newest.set(id, '');
          } else if (rows.length > 0) {
            const row = rows[pick % rows.length];
            if (kind === 'edit') {
              const notes = `${row.notes} ${text} ${clock}`.trim();
              await d.db.contacts.put({ ...row, notes, updatedAt: stamp });
              newest.set(row.id, notes);
            } else {
              await d.db.contacts.delete(row.id);
              deleted = true;
            }
          }
        }
        for (let i = 0; i < 2; i++) {
          await a.sync();
          await b.sync();
        }
        await a.sync();
        const end = await dump(a.db);
        expect(await dump(b.db)).toEqual(end);
        if (!deleted) {
          const notes = new Map((end.contacts as { id: string; notes: string }[]).map((c) => [c.id, c.notes]));
          expect(notes).toEqual(newest);
        }
        for (const item of opened.splice(0)) await item.close();
      }),
      { numRuns: 15 },
    );
  }, 240_000);

  it('leaves no plaintext on the server: no name, email, note or institution of the sample network', async () => {
    const { a } = await twoDevices();
    await loadSampleData(new Date('2026-12-01T12:00:00Z'));
    await a.sync();
    const everything = JSON.stringify((await a.remote.allDocs({ include_docs: true })).rows.map((r) => r.doc));
    // Whole values (names, emails, notes, institutions) and every word of eight letters or more. A value
    // with a space, "@" or "." cannot turn up by chance in base64url; a shorter word could.
    const values = new Set<string>();
    const add = (value: string | null | undefined) => {
      if (!value) return;
      values.add(value);
      for (const word of value.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 8) values.add(word);
    };
    for (const c of await db.contacts.toArray()) [c.name, c.email, c.institution, c.title, c.notes].forEach(add);
    for (const p of await db.programs.toArray()) [p.name, p.institution, p.city, p.notes].forEach(add);
    for (const m of await db.interactions.toArray()) [m.summary, m.notes, m.learned, m.nextStep].forEach(add);
    for (const r of await db.reminders.toArray()) [r.title, r.reason].forEach(add);
    expect(values.size).toBeGreaterThan(50);
    expect([...values].filter((value) => everything.includes(value) || everything.includes(JSON.stringify(value).slice(1, -1)))).toEqual([]);
    // The documents hold only what the design allows: sealed records and the account's key parameters.
    for (const { doc } of (await a.remote.allDocs({ include_docs: true })).rows) {
      const keys = Object.keys(doc!).filter((k) => k !== '_rev').sort();
      expect(keys).toEqual(doc!._id === 'rapport-account' ? ['_id', 'check', 'iterations', 'kind', 'salt', 'version'] : ['_id', 'ct', 'iv', 'v']);
    }
  });
});
