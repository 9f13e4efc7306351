import { useState } from 'react';
import { contactsForExport, programsForExport } from '../../../data/backup-status';
import { lastBackupLabel } from '../../../domain/backup/backup-reminder';
import { contactsToCsv, programsToCsv } from '../../../domain/backup/csv-write';
import { contactsToVCard } from '../../../domain/backup/vcard-write';
import { fromLocalDate, toLocalDate } from '../../../lib/dates';
import { MIME, downloadTextFile } from '../../../lib/download';
import { useToday } from '../../../lib/use-today';
import { showToast } from '../../../stores/toast-store';
import { useBackupStatus } from '../hooks/use-backup-status';
import { useExportEverything } from '../hooks/use-export-everything';

type PartialExport = 'contacts-csv' | 'programs-csv' | 'contacts-vcard';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function exportPart(kind: PartialExport, now: Date): Promise<string> {
  const day = toLocalDate(now);
  if (kind === 'programs-csv') {
    const programs = await programsForExport();
    downloadTextFile(`rapport-programs-${day}.csv`, programsToCsv(programs), MIME.csv);
    return `Exported ${plural(programs.length, 'program', 'programs')} as CSV.`;
  }
  const contacts = await contactsForExport();
  if (kind === 'contacts-csv') {
    // Programs are named in the contacts' rows, so the file links them again after the programs CSV is imported.
    downloadTextFile(`rapport-contacts-${day}.csv`, contactsToCsv(contacts, await programsForExport()), MIME.csv);
    return `Exported ${plural(contacts.length, 'contact', 'contacts')} as CSV.`;
  }
  downloadTextFile(`rapport-contacts-${day}.vcf`, contactsToVCard(contacts), MIME.vcard);
  return `Exported ${plural(contacts.length, 'contact', 'contacts')} as vCard.`;
}

/** The last backup date, "Export everything", and the partial exports for spreadsheets and address books. */
export function ExportActions() {
  const status = useBackupStatus();
  const today = useToday();
  const { exportNow, busy, problem } = useExportEverything();
  const [partBusy, setPartBusy] = useState<PartialExport | null>(null);
  const [partProblem, setPartProblem] = useState<string | null>(null);

  async function runPart(kind: PartialExport) {
    setPartBusy(kind);
    setPartProblem(null);
    try {
      showToast({ message: await exportPart(kind, new Date()), tone: 'success' });
    } catch (error) {
      setPartProblem(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setPartBusy(null);
    }
  }

  return (
    <div className="stack backup-export">
      <p className="backup-last">
        <span className="muted">Last backup:</span>{' '}
        <strong>{status ? lastBackupLabel(status.lastBackupAt, fromLocalDate(today)) : '…'}</strong>
      </p>
      <div className="stack backup-export-main">
        <p>
          One JSON file with everything in Rapport: your profile, settings, contacts, programs, logged interactions,
          reminders and events. It is plain text you can open and read, and it is the file to restore from.
        </p>
        <div className="row">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={exportNow}>
            {busy ? 'Exporting…' : 'Export everything (JSON)'}
          </button>
        </div>
        {problem && (
          <p className="notice notice-warning" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="stack backup-export-parts">
        <h3>Exports for other apps</h3>
        <p className="muted">
          The CSV files are for a spreadsheet or another app, and the vCard file is for an address book. They hold
          your contacts and programs only, not your meetings, reminders, events or settings. “Export everything” above
          is the complete copy, and the one to restore from, so keep it as well.
        </p>
        <p className="muted">
          Rapport can import its own CSV files again: import the programs CSV first, then the contacts CSV, and each
          contact is linked to its programs and to the person who introduced them.
        </p>
        <div className="row">
          <button type="button" className="btn" disabled={partBusy !== null} onClick={() => runPart('contacts-csv')}>
            Contacts as CSV
          </button>
          <button type="button" className="btn" disabled={partBusy !== null} onClick={() => runPart('programs-csv')}>
            Programs as CSV
          </button>
          <button type="button" className="btn" disabled={partBusy !== null} onClick={() => runPart('contacts-vcard')}>
            Contacts as vCard
          </button>
        </div>
        {partProblem && (
          <p className="notice notice-danger" role="alert">
            {partProblem}
          </p>
        )}
      </div>
    </div>
  );
}
