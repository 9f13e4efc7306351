/**
 * While long work runs (an import saving, a restore), leaving would stop it:
 * closing or reloading the tab asks first (the browser's own prompt), moving
 * to another screen asks in the app, and if the page goes anyway the next
 * visit in this tab says the work did not finish (UnfinishedWorkNotice).
 */
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';
import { useUnsavedChanges } from './use-unsaved-changes';

const KEY = 'rapport:unfinished-work';

export interface UnfinishedWork {
  /** What was running, as a sentence subject: "The import", "The restore". */
  what: string;
  /** When it started (ISO). */
  startedAt: string;
  /** What to do now, e.g. "Import the file again." */
  advice: string;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Work a page left unfinished in this tab, if any. */
export function readUnfinishedWork(): UnfinishedWork | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<UnfinishedWork>;
    if (typeof value.what !== 'string' || typeof value.startedAt !== 'string' || typeof value.advice !== 'string') return null;
    return value as UnfinishedWork;
  } catch {
    return null;
  }
}

export function clearUnfinishedWork(): void {
  storage()?.removeItem(KEY);
}

interface LeaveGuardProps {
  /** True while the work runs. */
  active: boolean;
  /** "The import", "The restore". */
  what: string;
  /** Said after the work was interrupted: "Nothing from it was saved. Import the file again." */
  advice: string;
}

export function LeaveGuard({ active, what, advice }: LeaveGuardProps) {
  useUnsavedChanges(active);
  const blocker = useBlocker(active);

  useEffect(() => {
    if (!active) return undefined;
    const work: UnfinishedWork = { what, advice, startedAt: new Date().toISOString() };
    storage()?.setItem(KEY, JSON.stringify(work));
    // Finished, cancelled or left through the app: nothing to report on the next visit.
    return () => clearUnfinishedWork();
  }, [active, what, advice]);

  // The work ended while the question was open: nothing left to guard.
  useEffect(() => {
    if (!active && blocker.state === 'blocked') blocker.proceed();
  }, [active, blocker]);

  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      title={`Leave while ${what.toLowerCase()} runs?`}
      confirmLabel="Leave and stop it"
      onConfirm={() => blocker.proceed()}
      onClose={() => blocker.reset()}
    >
      <p>
        {what} stops if you leave this screen. {advice}
      </p>
    </ConfirmDialog>
  );
}
