/**
 * Shown once after the page was closed or reloaded while long work ran (see
 * LeaveGuard): says the work did not finish and what to do.
 */
import { useState } from 'react';
import { timeLabel } from '../lib/date-format';
import { clearUnfinishedWork, readUnfinishedWork } from './leave-guard';

export function UnfinishedWorkNotice() {
  const [work, setWork] = useState(readUnfinishedWork);
  if (!work) return null;
  const at = timeLabel(work.startedAt);
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>{work.what} did not finish.</strong> The page was closed or reloaded while it ran (it started at {at}). {work.advice}
      </p>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          clearUnfinishedWork();
          setWork(null);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
