import { BackupReminderForm } from '../forms/backup-reminder-form';
import { ExportActions } from './export-actions';
import { RestoreBackup } from './restore-backup';
import './backup.css';

/** Settings → Backup and restore: export, last backup, restore, and the reminder preference. */
export function BackupSection() {
  return (
    <div className="stack backup-section">
      <ExportActions />
      <hr className="section-rule" />
      <RestoreBackup />
      <hr className="section-rule" />
      <BackupReminderForm />
    </div>
  );
}
