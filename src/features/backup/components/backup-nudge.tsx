import { Link } from 'react-router';
import { SaveFailure, useSaveFailure } from '../../../components/save-failure';
import { AskToKeepDataButton, StorageProtectionAdvice } from '../../../components/storage-protection';
import { useStorageStatus } from '../../../components/use-storage-status';
import { dismissBackupNudge } from '../../../data/backup-status';
import { UNPROTECTED_SNOOZE_DAYS, backupReminder, daysAgoLabel } from '../../../domain/backup/backup-reminder';
import { fromLocalDate } from '../../../lib/dates';
import { useToday } from '../../../lib/use-today';
import { useBackupStatus } from '../hooks/use-backup-status';
import { useExportEverything } from '../hooks/use-export-everything';
import './backup.css';

/**
 * A gentle suggestion on Today to export a backup, shown only when there is
 * data of the user's own to lose and the last backup is old (or never made).
 * "Remind me next week" sets it aside for seven days. When the browser has
 * not agreed to keep Rapport's storage, it says what that means and how to
 * protect the data, and comes back sooner (see backupReminder).
 */
export function BackupNudge() {
  const status = useBackupStatus();
  const today = useToday();
  const { exportNow, busy, problem } = useExportEverything();
  const { failure, guard } = useSaveFailure();
  const storage = useStorageStatus();
  if (!status || !storage.status) return null;
  const reminder = backupReminder({
    persisted: storage.status.persisted,
    lastBackupAt: status.lastBackupAt,
    reminderDays: status.backupReminderDays,
    dismissedAt: status.backupNudgeDismissedAt,
    hasOwnRecords: status.hasOwnRecords,
    now: fromLocalDate(today),
  });
  if (!reminder.show) return null;

  const backupLine =
    reminder.daysSinceBackup === null ? 'You have not made a backup yet.' : `Your last backup was ${daysAgoLabel(reminder.daysSinceBackup)}.`;

  return (
    <div
      className={`notice backup-nudge${reminder.unprotected ? ' notice-warning' : ''}`}
      role="region"
      aria-label="Backup reminder"
    >
      {reminder.unprotected ? (
        <>
          <h2 className="backup-nudge-title">Your data is not protected from automatic clean-up</h2>
          <StorageProtectionAdvice />
          <p>
            <strong>{backupLine}</strong>
            {reminder.backupDue && ' Export one now: it is the copy that survives if the browser clears this one.'}
          </p>
        </>
      ) : (
        <p>
          <strong>{backupLine}</strong> Rapport keeps your notes only in this browser; a backup file is what survives a cleared
          browser or a lost laptop.
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className={`btn btn-small${reminder.backupDue ? ' btn-primary' : ''}`}
          disabled={busy}
          onClick={exportNow}
        >
          {busy ? 'Exporting…' : 'Export a backup'}
        </button>
        {reminder.unprotected && <AskToKeepDataButton onAnswered={storage.refresh} />}
        <button type="button" className="btn btn-ghost btn-small" onClick={() => guard(() => dismissBackupNudge())}>
          {reminder.unprotected ? `Remind me in ${UNPROTECTED_SNOOZE_DAYS} days` : 'Remind me next week'}
        </button>
        <Link to="/settings#backup" className="backup-nudge-link">
          Backup settings
        </Link>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <SaveFailure message={failure} />
    </div>
  );
}
