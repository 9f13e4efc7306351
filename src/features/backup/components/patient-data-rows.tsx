/**
 * The warning in the import and restore previews: which rows of the file hold
 * text that looks like patient identifiers, in which field, and the phrase.
 * A warning, not a refusal: the user may go ahead or cancel.
 */
import { useId } from 'react';
import type { PatientDataRow } from '../../../domain/backup/import-patient-check';
import { PagedTable } from './paged-table';

interface PatientDataRowsProps {
  rows: readonly PatientDataRow[];
  /** What confirming does, for the advice: "import", "restore". */
  action: 'import' | 'restore';
}

const quoted = (phrases: readonly string[]) => {
  const shown = phrases.slice(0, 3).map((p) => `“${p}”`);
  const more = phrases.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
};

export function PatientDataRows({ rows, action }: PatientDataRowsProps) {
  const headingId = useId();
  if (rows.length === 0) return null;
  const records = new Set(rows.map((r) => `${r.record}|${r.label}`)).size;
  const which = action === 'import' ? (records === 1 ? 'row' : 'rows') : records === 1 ? 'record' : 'records';
  return (
    <section className="stack preview-list notice notice-warning patient-data-rows" aria-labelledby={headingId}>
      <h3 id={headingId}>
        May hold patient data ({records} {which})
      </h3>
      <p>
        {records === 1 ? `This ${which} has` : `These ${which} have`} text that looks like a patient identifier: a record
        number, a date of birth, a patient’s name or initials. Patient data does not belong in networking notes.{' '}
        {action === 'import'
          ? 'You can import anyway and edit the notes afterwards, or cancel, take it out of the file and import the file again.'
          : 'You can restore anyway and edit these records afterwards, or cancel.'}
      </p>
      <PagedTable
        label="Rows that may hold patient data"
        items={rows}
        rowKey={(r) => `${r.table}-${r.record}-${r.label}-${r.field}-${r.phrases.join('|')}`}
        columns={[
          { header: action === 'import' ? 'Row' : 'Record', cell: (r) => (action === 'import' ? r.row : r.record), className: action === 'import' ? 'numeric' : undefined },
          { header: 'Name', cell: (r) => r.label },
          { header: 'Field', cell: (r) => r.field },
          { header: 'Looks like patient data', cell: (r) => quoted(r.phrases) },
        ]}
      />
    </section>
  );
}
