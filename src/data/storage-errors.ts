/**
 * Recognises the browser refusing a write because storage is full
 * (QuotaExceededError), however deep Dexie wrapped it, and words it for the user.
 */

function* errorChain(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    yield current;
    current = typeof current === 'object' && current !== null ? ((current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause) : undefined;
  }
}

/** True when the error, or one it wraps, has one of these names. */
function chainHasName(error: unknown, names: readonly string[]): boolean {
  for (const e of errorChain(error)) {
    const name = typeof e === 'object' && e !== null && 'name' in e ? (e as { name: unknown }).name : undefined;
    if (typeof name === 'string' && names.includes(name)) return true;
  }
  return false;
}

/** True when the error (or one it wraps) is the browser's storage-full error. */
export function isQuotaExceeded(error: unknown): boolean {
  return chainHasName(error, ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
}

export const STORAGE_FULL_MESSAGE =
  'Your browser has no room left for Rapport’s data, so this was not saved. Free some space (empty the trash, or clear other sites’ data in the browser settings) and try again.';

/** A large write refused before it began: it would not fit in the room the browser has left. */
export class NotEnoughRoomError extends Error {
  override readonly name = 'NotEnoughRoomError';
  constructor(
    message: string,
    /** Bytes the write was expected to need, margin included. */
    readonly neededBytes: number,
    /** Bytes the browser said were left. */
    readonly availableBytes: number,
  ) {
    super(message);
  }
}

/** True when the write failed because this tab's database was closed for a newer version opened in another tab. */
export function isDatabaseClosed(error: unknown): boolean {
  return chainHasName(error, ['DatabaseClosedError']);
}

export const DATABASE_CLOSED_MESSAGE =
  'This was not saved: Rapport was updated in another tab, and this tab is paused until it reloads. Copy what you typed, then choose “Reload now”.';

/** A message for a failed write the user can act on, or null when the error is not about storage. */
export function storageErrorMessage(error: unknown): string | null {
  if (error instanceof NotEnoughRoomError) return error.message;
  if (isDatabaseClosed(error)) return DATABASE_CLOSED_MESSAGE;
  return isQuotaExceeded(error) ? STORAGE_FULL_MESSAGE : null;
}
