/** The search index kept current from Dexie's change notices, on real Dexie over fake-indexeddb: writes change results without a rebuild. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { createContact, removeContact, updateContact } from '../../src/data/contacts';
import { createEvent } from '../../src/data/events';
import { createInteraction, updateInteraction } from '../../src/data/interactions';
import { saveTemplate } from '../../src/data/templates';
import { watchSearchIndex, type LiveSearchIndex, type SearchIndexStatus } from '../../src/data/search-source';
import { SearchIndex } from '../../src/domain/search/search-index';
import { MESSAGE_TEMPLATES } from '../../src/domain/playbook/templates';
import { contactFields, eventFields, interactionFields } from '../factories';

let live: LiveSearchIndex | null = null;
afterEach(() => {
  live?.stop();
  live = null;
  vi.restoreAllMocks();
});

/** Starts the index and waits for its first build; `settled` waits until a later write has been applied. */
async function start() {
  let latest: SearchIndexStatus | null = null;
  const watcher = watchSearchIndex(
    (status) => (latest = status),
    (error) => {
      throw error;
    },
  );
  live = watcher;
  await vi.waitFor(() => expect(latest?.ready).toBe(true));
  const settled = async (since: number) => vi.waitFor(() => expect(watcher.status().version).toBeGreaterThan(since));
  return { watcher, settled };
}

const found = async (query: string) => (await live!.search(query, 20)).groups.flatMap((g) => g.hits.map((h) => h.id));

describe('watchSearchIndex', () => {
  it('builds once from what is stored, then follows adds, edits and deletes from their change notices alone', async () => {
    const ana = await createContact(contactFields({ name: 'Ana Muñoz', notes: 'Talked about Y-90 dosimetry.' }));
    for (let i = 0; i < 30; i++) await createContact(contactFields({ name: `Person ${i}` }));
    const { watcher, settled } = await start();
    expect(await found('munoz')).toEqual([`contact:${ana.id}`]);

    const put = vi.spyOn(SearchIndex.prototype, 'put');
    const pageRead = vi.spyOn(db.contacts, 'orderBy');

    // Add: a meeting whose next step holds a new word.
    let version = watcher.status().version;
    const meeting = await createInteraction(interactionFields([ana.id], { summary: 'Coffee', nextStep: 'Send the varicocele abstract' }));
    await settled(version);
    await vi.waitFor(async () => expect(await found('varicocele')).toEqual([`interaction:${meeting.id}`]));

    // Edit: the old word goes, the new one comes.
    version = watcher.status().version;
    await updateInteraction(meeting.id, { nextStep: 'Send the sclerotherapy abstract' });
    await settled(version);
    await vi.waitFor(async () => expect(await found('sclerotherapy')).toEqual([`interaction:${meeting.id}`]));
    expect(await found('varicocele')).toEqual([]);

    // A renamed contact: found by the new name only (shown once first, so its document was read and kept).
    expect((await live!.search('dosimetry', 5)).groups[0].hits[0].title.text).toBe('Ana Muñoz');
    version = watcher.status().version;
    await updateContact(ana.id, { name: 'Ana Ruiz' });
    await settled(version);
    await vi.waitFor(async () => expect(await found('ruiz')).toEqual([`contact:${ana.id}`]));
    expect(await found('munoz')).toEqual([]);
    // Shown with the new name: a document read for an earlier search is not shown again after a change.
    expect((await live!.search('dosimetry', 5)).groups[0].hits[0].title.text).toBe('Ana Ruiz');

    // Delete.
    version = watcher.status().version;
    await removeContact(ana.id);
    await settled(version);
    await vi.waitFor(async () => expect(await found('ruiz')).toEqual([]));
    expect(await found('dosimetry')).toEqual([]);

    // Only the written rows were read and indexed again: no table was read whole, no rebuild.
    expect(pageRead).not.toHaveBeenCalled();
    expect(put.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('follows events and edited templates too', async () => {
    const { watcher, settled } = await start();
    let version = watcher.status().version;
    const sir = await createEvent(eventFields({ name: 'SIR Annual Meeting', notes: 'Tumor board session on Sunday.' }));
    await settled(version);
    await vi.waitFor(async () => expect(await found('tumor board')).toEqual([`event:${sir.id}`]));

    version = watcher.status().version;
    await saveTemplate({ ...MESSAGE_TEMPLATES[0], body: 'Hello, I loved your talk on genicular artery embolization.' });
    await settled(version);
    await vi.waitFor(async () => expect(await found('genicular')).toEqual([`template:${MESSAGE_TEMPLATES[0].id}`]));
  });
});
