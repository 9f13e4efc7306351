/**
 * Before a large write (an import, a restore) Rapport asks the browser how
 * much room it has left (navigator.storage.estimate) and refuses up front when
 * the write would not fit with a margin. A write that overflows the quota can
 * do worse than fail: under storage pressure a browser may evict the whole
 * origin, every table at once.
 */
import { formatBytes } from '../lib/format-bytes';
import { NotEnoughRoomError } from './storage-errors';

/** IndexedDB keeps strings as UTF-16, plus indexes and its own bookkeeping. */
const BYTES_PER_CHAR = 2;
const OVERHEAD = 1.5;
/** Room always left free after the write, for everyday saves and the browser itself. */
const MARGIN_BYTES = 10 * 1000 * 1000;
const MARGIN_SHARE = 0.1;

/** Characters of the records' JSON, counted a few hundred at a time so no giant string is built. */
export function jsonCharacters(records: readonly unknown[]): number {
  let chars = 0;
  for (let start = 0; start < records.length; start += 500) {
    chars += JSON.stringify(records.slice(start, start + 500)).length;
  }
  return chars;
}

/** Bytes a write of this many JSON characters is expected to need, margin included. */
export function roomNeededFor(characters: number): number {
  const bytes = Math.ceil(characters * BYTES_PER_CHAR * OVERHEAD);
  return bytes + Math.max(MARGIN_BYTES, Math.ceil(bytes * MARGIN_SHARE));
}

interface StorageEstimator {
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/**
 * Resolves when the write fits; rejects with NotEnoughRoomError (nothing
 * written) when it would not. A browser that cannot say lets the write go
 * ahead: the transaction still fails whole if storage runs out.
 * @param what "this import", "this restore"
 */
export async function ensureRoomFor(characters: number, what: string, storage: StorageEstimator | undefined = globalThis.navigator?.storage): Promise<void> {
  if (!storage?.estimate) return;
  let estimate: { usage?: number; quota?: number };
  try {
    estimate = await storage.estimate();
  } catch {
    return;
  }
  if (typeof estimate.quota !== 'number' || typeof estimate.usage !== 'number') return;
  const available = Math.max(0, estimate.quota - estimate.usage);
  const needed = roomNeededFor(characters);
  if (needed <= available) return;
  throw new NotEnoughRoomError(
    `There is not enough room on this device for ${what}: it needs about ${formatBytes(needed)} (with a safety margin), and the browser has about ${formatBytes(available)} left for Rapport. Nothing was changed. Free some disk space (empty the trash, clear other sites’ data, delete large files), then try again — or import a smaller file.`,
    needed,
    available,
  );
}
