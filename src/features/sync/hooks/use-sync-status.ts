/**
 * The sync status for the screen, loading the sync code only when sync is
 * on (or the user is turning it on): with sync off, none of PouchDB loads.
 */
import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../data/sync/sync-service';
import { loadSyncService, type SyncService } from '../sync-loader';

/**
 * The status and the service once loaded. `wanted` false (sync off and not being turned on) loads
 * nothing: the screen shows sync as off.
 */
export function useSyncStatus(wanted: boolean): { status: SyncStatus | null; service: SyncService | null } {
  const [loaded, setLoaded] = useState<SyncService | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    let unsubscribe = () => {};
    void loadSyncService().then((s) => {
      if (cancelled) return;
      setLoaded(s);
      setStatus(s.syncStatus());
      unsubscribe = s.onSyncStatus(setStatus);
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [wanted]);
  return { status, service: loaded };
}
