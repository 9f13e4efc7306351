/**
 * A cancel and a full disk both reach the app as errors named AbortError
 * (the signal's reason, and Dexie's aborted transaction). Only the first is
 * the user's Cancel; the second must be reported as storage full.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { isQuotaExceeded, storageErrorMessage } from '../../src/data/storage-errors';
import { isAbortError } from '../../src/lib/progress';

describe('isAbortError tells a cancel from a failed write', () => {
  it('a signal’s reason is a cancel', () => {
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(controller.signal.reason)).toBe(true);
    expect(isAbortError(new DOMException('The operation was aborted.', 'AbortError'))).toBe(true);
  });

  it('a transaction Dexie aborted because the disk is full is not a cancel, and says storage is full', async () => {
    let failure: unknown;
    await db
      .transaction('rw', db.contacts, () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      })
      .catch((error: unknown) => {
        failure = error;
      });
    expect(isQuotaExceeded(failure)).toBe(true);
    const wrapped = new Dexie.AbortError('Transaction aborted', failure as Error);
    expect(wrapped.name).toBe('AbortError');
    expect(isAbortError(wrapped)).toBe(false);
    expect(storageErrorMessage(wrapped)).toMatch(/no room left/);
  });

  it('other errors are neither', () => {
    expect(isAbortError(new Error('boom'))).toBe(false);
    expect(isAbortError(null)).toBe(false);
    expect(isAbortError('AbortError')).toBe(false);
  });
});
