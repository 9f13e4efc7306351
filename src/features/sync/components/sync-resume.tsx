/**
 * Starts sync again when the app opens on a device where it is on, once the
 * first screen has painted. Renders nothing; with sync off it loads nothing.
 */
import { useEffect } from 'react';
import { loadSyncService, syncWasOn } from '../sync-loader';

export function SyncResume() {
  useEffect(() => {
    if (!syncWasOn()) return;
    const timer = setTimeout(() => {
      void loadSyncService()
        .then((service) => service.resumeSync())
        .catch(() => {
          // Settings → Sync shows the problem when the user looks; the app itself goes on.
        });
    }, 500);
    return () => clearTimeout(timer);
  }, []);
  return null;
}
