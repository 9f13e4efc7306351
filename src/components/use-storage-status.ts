import { useCallback, useEffect, useState } from 'react';

export interface StorageStatus {
  /** null when the browser cannot tell. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/**
 * Reads the browser's storage status (navigator.storage). This is browser
 * state, not database rows, so a plain effect is the right tool here.
 */
export function useStorageStatus(): { status: StorageStatus | null; refresh: () => void } {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
      const [persisted, estimate] = await Promise.all([
        storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
        storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
      ]);
      if (!cancelled) {
        setStatus({ persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { status, refresh };
}
