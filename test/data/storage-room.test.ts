import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitImport, dumpDatabase, exportEverything, previewContactImport, restoreBackup } from '../../src/data/backup';
import { contactCommands } from '../../src/data/contacts';
import { NotEnoughRoomError, storageErrorMessage } from '../../src/data/storage-errors';
import { ensureRoomFor, jsonCharacters, roomNeededFor } from '../../src/data/storage-room';
import { parseBackup, serializeBackup } from '../../src/domain/backup/backup-format';
import { LATEST_SCHEMA_VERSION } from '../../src/data/schema';
import { parseLinkedInConnections } from '../../src/domain/backup/csv-linkedin';
import { contactFields } from '../factories';
import { buildLinkedInCsv } from '../fixtures/linkedin';

const NOW = new Date('2026-03-14T09:30:00.000Z');
const MB = 1000 * 1000;

function estimator(usage: number, quota: number) {
  return { estimate: vi.fn(async () => ({ usage, quota })) };
}

/** Makes the browser report this much room for the duration of a test. */
function stubStorage(usage: number, quota: number) {
  vi.stubGlobal('navigator', { ...navigator, storage: estimator(usage, quota) });
}

afterEach(() => vi.unstubAllGlobals());

describe('room for a large write', () => {
  it('counts JSON characters in slices, the same as one stringify of each slice', () => {
    const rows = Array.from({ length: 1234 }, (_, i) => ({ id: `c${i}`, name: `Name ${i}` }));
    const sliced = jsonCharacters(rows);
    expect(sliced).toBeGreaterThan(JSON.stringify(rows).length - 10);
    expect(jsonCharacters([])).toBe(0);
  });

  it('asks for the data at twice its characters, with overhead and a margin of at least 10 MB', () => {
    expect(roomNeededFor(0)).toBe(10 * MB);
    expect(roomNeededFor(1 * MB)).toBe(3 * MB + 10 * MB);
    expect(roomNeededFor(100 * MB)).toBe(300 * MB + 30 * MB);
  });

  it('lets the write go when it fits, or when the browser cannot say', async () => {
    await expect(ensureRoomFor(1 * MB, 'this import', estimator(0, 1000 * MB))).resolves.toBeUndefined();
    await expect(ensureRoomFor(1 * MB, 'this import', undefined)).resolves.toBeUndefined();
    await expect(ensureRoomFor(1 * MB, 'this import', { estimate: async () => Promise.reject(new Error('no')) })).resolves.toBeUndefined();
    await expect(ensureRoomFor(1 * MB, 'this import', { estimate: async () => ({}) })).resolves.toBeUndefined();
  });

  it('refuses with both sizes in words when it would not fit', async () => {
    const attempt = ensureRoomFor(5 * MB, 'this import', estimator(95 * MB, 100 * MB));
    await expect(attempt).rejects.toBeInstanceOf(NotEnoughRoomError);
    const error = await attempt.catch((e: unknown) => e);
    expect(storageErrorMessage(error)).toMatch(/not enough room on this device for this import: it needs about 25 MB .* about 5\.0 MB left for Rapport\. Nothing was changed\./);
  });

  it('an import that would not fit is refused before it writes: the database is as it was', async () => {
    await contactCommands.create(contactFields({ name: 'Already here' }), { now: NOW });
    const parsed = await parseLinkedInConnections(buildLinkedInCsv(300).csv);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = await previewContactImport(parsed.candidates);
    const before = await dumpDatabase();
    stubStorage(99 * MB, 100 * MB);
    await expect(commitImport(plan, { now: NOW })).rejects.toBeInstanceOf(NotEnoughRoomError);
    expect(await dumpDatabase()).toEqual(before);
    stubStorage(1 * MB, 1000 * MB);
    await expect(commitImport(plan, { now: NOW })).resolves.toMatchObject({ added: plan.add.length });
  });

  it('a restore that would not fit is refused in both modes, leaving everything as it was', async () => {
    await contactCommands.create(contactFields({ name: 'Mine' }), { now: NOW });
    const parsed = await parseBackup(serializeBackup(await exportEverything(NOW)), LATEST_SCHEMA_VERSION);
    if (!parsed.ok) throw new Error(parsed.error.message);
    await contactCommands.create(contactFields({ name: 'Added after the backup' }), { now: NOW });
    const before = await dumpDatabase();
    stubStorage(100 * MB - 1, 100 * MB);
    for (const mode of ['merge', 'replace'] as const) {
      await expect(restoreBackup(parsed.backup, mode)).rejects.toThrow(/not enough room on this device for this restore/);
      expect(await dumpDatabase()).toEqual(before);
    }
  });
});
