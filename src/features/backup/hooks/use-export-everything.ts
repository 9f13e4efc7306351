import { useCallback, useState } from 'react';
import { exportEverything } from '../../../data/backup';
import { readEverything } from '../../../data/backup-status';
import { isQuotaExceeded } from '../../../data/storage-errors';
import { backupFileName, serializeBackup } from '../../../domain/backup/backup-format';
import { MIME, downloadTextFile } from '../../../lib/download';
import { showToast } from '../../../stores/toast-store';

export interface ExportEverything {
  exportNow: () => Promise<void>;
  busy: boolean;
  /** Why the last export failed, or a warning about it; null when it went well. */
  problem: string | null;
}

/**
 * "Export everything": writes the backup date and downloads the JSON file.
 * When storage is full the date cannot be written, but the file is still
 * made from a read-only copy: that is when a backup matters most.
 */
export function useExportEverything(): ExportEverything {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const exportNow = useCallback(async () => {
    setBusy(true);
    setProblem(null);
    const now = new Date();
    try {
      let backup;
      try {
        backup = await exportEverything(now);
      } catch (error) {
        if (!isQuotaExceeded(error)) throw error;
        backup = await readEverything(now);
        setProblem(
          'The backup file was made, but storage is full, so Rapport could not note today as your last backup. Free some space, then export again.',
        );
      }
      downloadTextFile(backupFileName(now), serializeBackup(backup), MIME.json);
      showToast({ message: `Backup saved as ${backupFileName(now)}. Keep it somewhere other than this laptop.`, tone: 'success' });
    } catch (error) {
      setProblem(`The backup could not be made: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
    } finally {
      setBusy(false);
    }
  }, []);
  return { exportNow, busy, problem };
}
