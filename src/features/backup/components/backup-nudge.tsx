import { Link } from 'react-router';
import { SaveFailure, useSaveFailure } from '../../../components/save-failure';
import { dismissBackupNudge } from '../../../data/backup-status';
import { backupReminder, daysAgoLabel } from '../../../domain/backup/backup-reminder';
import { fromLocalDate } from '../../../lib/dates';
import { useToday } from '../../../lib/use-today';
import { useBackupStatus } from '../hooks/use-backup-status';
import { useExportEverything } from '../hooks/use-export-everything';
import './backup.css';

/**
 * A gentle suggestion on Today to export a backup, shown only when there is
 * data of the user's own to lose and the last backup is old (or never made).
 * "Remind me next week" sets it aside for seven days.
 */
export function BackupNudge() {
  const status = useBackupStatus();
  const today = useToday();
  const { exportNow, busy, problem } = useExportEverything();
  const { failure, guard } = useSaveFailure();
  if (!status) return null;
  const reminder = backupReminder({
    lastBackupAt: status.lastBackupAt,
    reminderDays: status.backupReminderDays,
    dismissedAt: status.backupNudgeDismissedAt,
    hasOwnRecords: status.hasOwnRecords,
    now: fromLocalDate(today),
  });
  if (!reminder.show) return null;

  return (
    <div className="notice backup-nudge" role="region" aria-label="Backup reminder">
      <p>
        <strong>
          {reminder.daysSinceBackup === null
            ? 'You have not made a backup yet.'
            : `Your last backup was ${daysAgoLabel(reminder.daysSinceBackup)}.`}
        </strong>{' '}
        Rapport keeps your notes only in this browser; a backup file is what survives a cleared browser or a lost laptop.
      </p>
      <div className="row">
        <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={exportNow}>
          {busy ? 'Exporting…' : 'Export a backup'}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => guard(() => dismissBackupNudge())}>
          Remind me next week
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
