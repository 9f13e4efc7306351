/**
 * The search index saved between visits, on real Dexie over fake-indexeddb: a second visit reads it
 * back instead of every record, and catches up on what changed while no index was running.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db, searchCacheDb } from '../../src/data/db';
import { exportEverything, restoreBackup } from '../../src/data/backup';
import { createContact, removeContact, updateContact } from '../../src/data/contacts';
import { createInteraction, updateInteraction } from '../../src/data/interactions';
import { watchSearchIndex, type LiveSearchIndex, type SearchIndexStatus } from '../../src/data/search-source';
import { noteStaleForSearch } from '../../src/data/search-snapshot';
import { parseBackup, serializeBackup } from '../../src/domain/backup/backup-format';
import { LATEST_SCHEMA_VERSION } from '../../src/data/schema';
import { contactFields, interactionFields } from '../factories';

let live: LiveSearchIndex | null = null;
afterEach(() => {
  live?.stop();
  live = null;
  vi.restoreAllMocks();
});

/** A visit: starts the index and waits for its first build. */
async function visit() {
  live?.stop();
  let latest: SearchIndexStatus | null = null;
  live = watchSearchIndex(
    (status) => (latest = status),
    (error) => {
      throw error;
    },
  );
  await vi.waitFor(() => expect(latest?.ready).toBe(true));
  return latest!;
}

const found = async (query: string) => (await live!.search(query, 20)).groups.flatMap((g) => g.hits.map((h) => h.id));
const saved = () => searchCacheDb().snapshots.get('index');
/** Ends the visit once its index is saved (it is saved right after a build from every record). */
async function leaveWhenSaved(since = '') {
  await vi.waitFor(async () => expect((await saved())?.savedAt ?? '').not.toBe(since));
  live?.stop();
  live = null;
  return (await saved())!.savedAt;
}

describe('the saved search index', () => {
  it('is read back on the next visit, not built again from every record', async () => {
    const ana = await createContact(contactFields({ name: 'Ana Muñoz', notes: 'Talked about Y-90 dosimetry.' }));
    const meeting = await createInteraction(interactionFields([ana.id], { summary: 'Coffee', nextStep: 'Send the varicocele abstract' }));
    expect((await visit()).builtFrom).toBe('records');
    await leaveWhenSaved();

    const pageRead = vi.spyOn(db.interactions, 'orderBy');
    const second = await visit();
    expect(second.builtFrom).toBe('saved');
    expect(pageRead).not.toHaveBeenCalled();
    expect(await found('varicocele')).toEqual([`interaction:${meeting.id}`]);
    // The hit is shown from the record itself: the detail line names the person met.
    const answer = await live!.search('varicocele', 5);
    expect(answer.groups[0].hits[0].detail).toContain('Ana Muñoz');
    expect(await found('dosimetry')).toEqual([`contact:${ana.id}`]);
  });

  it('catches up on what was added, edited and removed while no index was running', async () => {
    const ana = await createContact(contactFields({ name: 'Ana Muñoz' }));
    const ben = await createContact(contactFields({ name: 'Ben Okafor' }));
    const meeting = await createInteraction(interactionFields([ana.id], { summary: 'Coffee', nextStep: 'Send the varicocele abstract' }));
    await visit();
    await leaveWhenSaved();

    // Another tab, with no search open, writes; edits made long after the save.
    const later = new Date(Date.now() + 60_000);
    await updateInteraction(meeting.id, { nextStep: 'Send the sclerotherapy abstract' }, { now: later });
    await updateContact(ana.id, { name: 'Ana Ruiz' }, { now: later });
    await removeContact(ben.id);
    const cara = await createContact(contactFields({ name: 'Cara Lindqvist' }));

    expect((await visit()).builtFrom).toBe('saved');
    expect(await found('sclerotherapy')).toEqual([`interaction:${meeting.id}`]);
    expect(await found('varicocele')).toEqual([]);
    expect(await found('ruiz')).toEqual([`contact:${ana.id}`]);
    expect(await found('munoz')).toEqual([]);
    expect(await found('okafor')).toEqual([]);
    expect(await found('lindqvist')).toEqual([`contact:${cara.id}`]);
  });

  it('reads again rows that sync wrote with another device\'s older edit time', async () => {
    const ana = await createContact(contactFields({ name: 'Ana Muñoz' }));
    await visit();
    await leaveWhenSaved();
    // The phone renamed her yesterday; the laptop applies it today, with the phone's time.
    const row = (await db.contacts.get(ana.id))!;
    await db.contacts.put({ ...row, name: 'Ana Ruiz', updatedAt: '2025-06-01T09:00:00.000Z' });
    await noteStaleForSearch('contacts', [ana.id]);
    expect((await visit()).builtFrom).toBe('saved');
    expect(await found('ruiz')).toEqual([`contact:${ana.id}`]);
    expect(await found('munoz')).toEqual([]);
  });

  it('is forgotten by a restore, whose rows keep their older edit times', async () => {
    const ana = await createContact(contactFields({ name: 'Ana Muñoz' }), { now: new Date('2026-01-01T09:00:00Z') });
    const backup = await parseBackup(serializeBackup(await exportEverything(new Date('2026-01-02T09:00:00Z'))), LATEST_SCHEMA_VERSION);
    if (!backup.ok) throw new Error(backup.error.message);
    await updateContact(ana.id, { name: 'Ana Ruiz' });
    await visit();
    await leaveWhenSaved();

    await restoreBackup(backup.backup, 'replace');
    expect(await saved()).toBeUndefined();
    expect((await visit()).builtFrom).toBe('records');
    expect(await found('munoz')).toEqual([`contact:${ana.id}`]);
    expect(await found('ruiz')).toEqual([]);
  });

  it('is built again when the saved one is of another format, another schema, or unreadable', async () => {
    const ana = await createContact(contactFields({ name: 'Ana Muñoz' }));
    await visit();
    await leaveWhenSaved();
    const row = (await saved())!;

    for (const changed of [{ format: row.format + 1 }, { schemaVersion: row.schemaVersion - 1 }, { engine: '{"not": "an index"' }]) {
      const spoilt = { ...row, ...changed, savedAt: new Date(Date.parse(row.savedAt) - 1000).toISOString() };
      await searchCacheDb().snapshots.put(spoilt);
      expect((await visit()).builtFrom).toBe('records');
      expect(await found('munoz')).toEqual([`contact:${ana.id}`]);
      await leaveWhenSaved(spoilt.savedAt);
    }
  });

  it('keeps the saved index current while a visit writes, so the next one has little to catch up on', async () => {
    const ana = await createContact(contactFields({ name: 'Ana Muñoz' }));
    await visit();
    const first = await leaveWhenSaved();
    await visit();
    // Many changes at once (an import) are saved as soon as they are indexed.
    const names = Array.from({ length: 520 }, (_, i) => `Imported Person ${i}`);
    await db.transaction('rw', db.contacts, async () => {
      for (const name of names) await createContact(contactFields({ name }));
    });
    await leaveWhenSaved(first);
    expect((await saved())!.ids.filter((id) => id.startsWith('contact:'))).toHaveLength(names.length + 1);
    expect((await visit()).builtFrom).toBe('saved');
    expect(await found('imported person 519')).toHaveLength(1);
    expect(await found('munoz')).toEqual([`contact:${ana.id}`]);
  });
});
