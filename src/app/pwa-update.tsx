/**
 * Registers the service worker (precache of the whole app, so it works offline)
 * and shows a quiet notice when a new version is waiting. The app never reloads
 * itself while a form holds unsaved input: the user chooses when.
 */
import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { hasUnsavedChanges, useUnsavedChangesStore } from '../stores/unsaved-changes-store';

type UpdateState = 'none' | 'waiting' | 'activated-elsewhere';

let updateServiceWorker: ((reload?: boolean) => Promise<void>) | undefined;

export function PwaUpdateNotice() {
  const [state, setState] = useState<UpdateState>('none');
  const [dismissed, setDismissed] = useState(false);
  const dirty = useUnsavedChangesStore((s) => s.dirtyForms.size > 0);

  useEffect(() => {
    if (updateServiceWorker || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
    // Watched here rather than through registerSW's onNeedReload, which stays silent in a tab that had no
    // worker when it loaded: there, "Reload to update" would activate the new version and never reload.
    let controlled = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // The first worker claiming this tab is the install, not an update.
      if (!controlled) {
        controlled = true;
        return;
      }
      // The new version took control (from this tab or another). Reload only when nothing is unsaved.
      if (hasUnsavedChanges()) setState('activated-elsewhere');
      else window.location.reload();
    });
    updateServiceWorker = registerSW({
      immediate: true,
      onNeedRefresh: () => setState('waiting'),
      // Handled by the listener above. Left out, registerSW would reload the page itself, unsaved input or not.
      onNeedReload: () => undefined,
    });
  }, []);

  if (state === 'none' || dismissed) return null;
  return (
    <div className="update-notice" role="status">
      {state === 'waiting' ? (
        <>
          <span>Update available.</span>
          {dirty ? (
            <span className="muted">Save or close your open form first; your input is kept.</span>
          ) : (
            <button type="button" className="btn btn-small btn-primary" onClick={() => void updateServiceWorker?.(true)}>
              Reload to update
            </button>
          )}
        </>
      ) : (
        <>
          <span>A new version is ready. Save your work, then reload.</span>
          {!dirty && (
            <button type="button" className="btn btn-small btn-primary" onClick={() => window.location.reload()}>
              Reload now
            </button>
          )}
        </>
      )}
      <button type="button" className="btn btn-ghost btn-small" aria-label="Hide update notice" onClick={() => setDismissed(true)}>
        ×
      </button>
    </div>
  );
}
