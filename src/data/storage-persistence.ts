/**
 * After the user's first save, ask the browser to keep Rapport's storage
 * (navigator.storage.persist), so it is not evicted under storage pressure.
 */
let asked = false;

export async function requestPersistenceOnce(): Promise<boolean | null> {
  if (asked) return null;
  asked = true;
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

/** For tests: forget that persistence was requested. */
export function resetPersistenceRequest(): void {
  asked = false;
}
