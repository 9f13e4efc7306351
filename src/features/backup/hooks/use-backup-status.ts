import { useLiveQuery } from 'dexie-react-hooks';
import { backupStatus, type BackupStatus } from '../../../data/backup-status';

/** The last backup date, the reminder preference and whether there is data to lose; undefined while loading. */
export function useBackupStatus(): BackupStatus | undefined {
  return useLiveQuery(() => backupStatus());
}
