import { useEffect, useRef, useState } from 'react';
import { dateTimeLabel } from '../../../lib/date-format';
import { Dialog } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { SaveFailure, useSaveFailure } from '../../../components/save-failure';
import { restoreBackup, type RestoreMode, type RestoreSummary } from '../../../data/backup';
import { LATEST_SCHEMA_VERSION } from '../../../data/schema';
import {
  BACKUP_TABLES,
  BACKUP_TABLE_LABELS,
  countBackupRecords,
  parseBackup,
  type ParsedBackup,
} from '../../../domain/backup/backup-format';
import { readImportFile } from '../../../domain/backup/import-file';
import { patientDataInBackup, type PatientDataRow } from '../../../domain/backup/import-patient-check';
import { progressRange } from '../../../lib/progress';
import { showToast } from '../../../stores/toast-store';
import { useCancellableTask } from '../hooks/use-cancellable-task';
import { PatientDataRows } from './patient-data-rows';
import { ProgressPanel } from './progress-panel';
import { LeaveGuard } from '../../../components/leave-guard';

interface LoadedBackup {
  parsed: ParsedBackup;
  fileName: string;
  /** Records whose text looks like patient data, shown before the user chooses to restore. */
  patientData: PatientDataRow[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence on what a restore did. */
export function restoreSummaryText(summary: RestoreSummary, mode: RestoreMode): string {
  const total = (key: keyof RestoreSummary['contacts']) => BACKUP_TABLES.reduce((n, t) => n + summary[t][key], 0);
  if (mode === 'replace') {
    const trash = summary.trash.added > 0 ? ` ${plural(summary.trash.added, 'item')} went back into the trash.` : '';
    return `Backup restored. Rapport now holds the file's ${plural(total('added'), 'record')}; the ${plural(total('removed'), 'record')} it held before were replaced.${trash}`;
  }
  const trash = summary.trash.added > 0 ? ` ${plural(summary.trash.added, 'item')} went back into the trash.` : '';
  return `Backup merged: ${plural(total('added'), 'record')} added, ${total('updated')} updated from newer copies in the file, ${total('kept')} already up to date.${trash}`;
}

/** Choose a JSON backup, see what it holds, then merge it into Rapport or replace everything with it. */
export function RestoreBackup() {
  const task = useCancellableTask();
  const { failure, guard, clear } = useSaveFailure();
  const inputRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<LoadedBackup | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const busy = task.progress !== null;

  // The file control stays where it is; focus moves to the preview that appeared below it.
  useEffect(() => {
    if (loaded && !busy) previewRef.current?.focus();
  }, [loaded, busy]);

  function resetInput() {
    if (inputRef.current) inputRef.current.value = '';
  }

  async function onFileChosen(file: File | undefined) {
    setFileError(null);
    setLoaded(null);
    setResult(null);
    setMode('merge');
    clear();
    if (!file) return;
    const outcome = await task.run('Reading the backup…', async ({ signal, report }) => {
      const options = { signal, onProgress: (fraction: number) => report(fraction) };
      const read = await readImportFile(file, 'backup', progressRange(options, 0, 0.3));
      if (!read.ok) return read;
      report(0.3, 'Checking every record…');
      const parsed = await parseBackup(read.text, LATEST_SCHEMA_VERSION, progressRange(options, 0.3, 0.9));
      if (!parsed.ok) return parsed;
      report(0.9, 'Looking for patient data…');
      return { ...parsed, patientData: await patientDataInBackup(parsed.backup, progressRange(options, 0.9, 1)) };
    });
    if (outcome.status === 'cancelled') {
      resetInput();
      setResult('Cancelled. Nothing was changed.');
    } else if (outcome.status === 'failed') {
      resetInput();
      setFileError(`Rapport could not read this file: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`);
    } else if (!outcome.value.ok) {
      resetInput();
      setFileError(outcome.value.error.message);
    } else {
      const { patientData, ...parsed } = outcome.value;
      setLoaded({ parsed, fileName: file.name, patientData });
    }
  }

  async function restore() {
    if (!loaded) return;
    setConfirming(false);
    const outcome = await guard(async () => {
      const run = await task.run(mode === 'replace' ? 'Replacing everything…' : 'Merging the backup…', ({ signal, report }) =>
        restoreBackup(loaded.parsed.backup, mode, { signal, onProgress: (fraction) => report(fraction) }),
      );
      if (run.status === 'failed') throw run.error;
      return run;
    });
    if (!outcome.ok) return;
    if (outcome.value.status === 'cancelled') {
      setResult('Restore cancelled. Nothing was changed.');
      return;
    }
    if (outcome.value.status !== 'done') return;
    const text = restoreSummaryText(outcome.value.value, mode);
    setLoaded(null);
    resetInput();
    setResult(text);
    showToast({ message: text, tone: 'success' });
  }

  const counts = loaded ? countBackupRecords(loaded.parsed.backup) : null;

  return (
    <div className="stack backup-restore">
      <h3>Restore from a backup</h3>
      <Field
        label="Backup file (.json)"
        error={fileError ?? undefined}
        hint="A file made with “Export everything”. Nothing changes until you choose how to restore it."
      >
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          disabled={task.progress !== null}
          onChange={(event) => onFileChosen(event.currentTarget.files?.[0])}
        />
      </Field>

      <LeaveGuard
        active={busy}
        what="The restore"
        advice="A restore changes everything at once or nothing, so Rapport is as it was before. Restore the file again."
      />
      {task.progress && (
        <ProgressPanel
          label={task.progress.label}
          fraction={task.progress.fraction}
          onCancel={task.cancel}
          hint="Cancelling leaves Rapport exactly as it was."
        />
      )}

      {result && !task.progress && (
        <p className="notice" role="status">
          {result}
        </p>
      )}

      {loaded && counts && !task.progress && (
        <div ref={previewRef} tabIndex={-1} className="stack restore-preview" role="region" aria-label="Backup to restore">
          <dl className="facts">
            <div>
              <dt>File</dt>
              <dd className="break-anywhere">{loaded.fileName}</dd>
            </div>
            <div>
              <dt>Made on</dt>
              <dd>{dateTimeLabel(loaded.parsed.backup.exportedAt)}</dd>
            </div>
            <div>
              <dt>Data version</dt>
              <dd>{loaded.parsed.upgradedFrom ?? loaded.parsed.backup.schemaVersion}</dd>
            </div>
          </dl>
          {loaded.parsed.upgradedFrom !== null && (
            <p className="notice">
              This backup comes from an older version of Rapport (data version {loaded.parsed.upgradedFrom}). It will be
              upgraded to version {loaded.parsed.backup.schemaVersion} as it is restored; every record is kept.
            </p>
          )}
          <table className="data-table restore-counts">
            <caption className="visually-hidden">Records in the backup</caption>
            <thead>
              <tr>
                <th scope="col">In the file</th>
                <th scope="col" className="numeric">
                  Records
                </th>
              </tr>
            </thead>
            <tbody>
              {BACKUP_TABLES.map((table) => (
                <tr key={table}>
                  <th scope="row">{BACKUP_TABLE_LABELS[table][0].toUpperCase() + BACKUP_TABLE_LABELS[table].slice(1)}</th>
                  <td className="numeric">{counts[table]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Items in the trash</th>
                <td className="numeric">{loaded.parsed.backup.trash?.length ?? 0}</td>
              </tr>
            </tbody>
          </table>
          <PatientDataRows rows={loaded.patientData} action="restore" />
          <fieldset className="choice-group">
            <legend>How to restore</legend>
            <label className="choice">
              <input type="radio" name="restore-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>
                <strong>Merge with what is in Rapport</strong>
                <span className="muted choice-hint">
                  Adds what Rapport does not have. Where both hold the same record, the more recently changed copy wins.
                  Nothing is deleted.
                </span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="restore-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              <span>
                <strong>Replace everything</strong>
                <span className="muted choice-hint">
                  Rapport is emptied and filled with the file’s contents. Items already in the trash stay there.
                </span>
              </span>
            </label>
          </fieldset>
          <SaveFailure message={failure} />
          <div className="row">
            <button
              type="button"
              className={mode === 'replace' ? 'btn btn-danger' : 'btn btn-primary'}
              onClick={() => (mode === 'replace' ? setConfirming(true) : restore())}
            >
              {mode === 'replace' ? 'Replace everything…' : 'Merge this backup'}
            </button>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                setLoaded(null);
                resetInput();
                clear();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}

      {confirming && (
        <Dialog title="Replace everything?" size="small" onClose={() => setConfirming(false)} initialFocus=".btn-ghost">
          <p>
            <strong>This replaces everything in Rapport with the file’s contents.</strong> Contacts, programs, interactions,
            reminders and events that are not in the file will be gone.
          </p>
          <p className="muted">If you are not sure, export a backup of what Rapport holds now first.</p>
          <div className="row dialog-actions">
            <button type="button" className="btn btn-danger" onClick={restore}>
              Replace everything
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setConfirming(false)}>
              Keep my data
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
