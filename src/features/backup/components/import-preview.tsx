import { fieldLabel } from '../../../domain/backup/import-candidate';
import type { PatientDataRow } from '../../../domain/backup/import-patient-check';
import type { AnyImportPlan } from '../import-flow';
import { PagedTable } from './paged-table';
import { PatientDataRows } from './patient-data-rows';

interface ImportPreviewProps {
  plan: AnyImportPlan;
  fileName: string;
  /** Rows that would write text looking like patient data; shown as a warning above the lists. */
  patientData?: readonly PatientDataRow[];
}

const nouns = { contacts: ['contact', 'contacts'], programs: ['program', 'programs'] } as const;

export function countNoun(plan: Pick<AnyImportPlan, 'target'>, n: number): string {
  const [one, many] = nouns[plan.target];
  return `${n} ${n === 1 ? one : many}`;
}

/** What an import will do, before anything is written: counts, then every row that will not go in and why. */
export function ImportPreview({ plan, fileName, patientData = [] }: ImportPreviewProps) {
  const ready = plan.add.length + plan.update.length;
  // Both record kinds have a name (the label) and an institution: enough for the list of new rows.
  const added: readonly { row: number; label: string; fields: { institution: string } }[] = plan.add;
  const rowWord = plan.total === 1 ? 'row' : 'rows';
  return (
    <div className="stack import-preview">
      <p>
        <strong className="break-anywhere">{fileName}</strong>: {ready} of {plan.total} {rowWord} ready to import. Nothing
        has been saved yet.
      </p>
      <dl className="facts import-summary" aria-label="Import summary">
        <div>
          <dt>To add</dt>
          <dd>{plan.add.length}</dd>
        </div>
        <div>
          <dt>To update</dt>
          <dd>{plan.update.length}</dd>
        </div>
        <div>
          <dt>Skipped as duplicates</dt>
          <dd>{plan.duplicates.length}</dd>
        </div>
        <div>
          <dt>Invalid, not imported</dt>
          <dd className={plan.invalid.length > 0 ? 'text-danger' : undefined}>{plan.invalid.length}</dd>
        </div>
      </dl>

      <PatientDataRows rows={patientData} action="import" />

      {plan.invalid.length > 0 && (
        <section className="stack preview-list" aria-labelledby="import-invalid-heading">
          <h3 id="import-invalid-heading">
            Rows that cannot be imported ({plan.invalid.length})
          </h3>
          <p className="muted">Fix these rows in the file and import it again; the other rows can go in now.</p>
          <PagedTable
            label="Rows that cannot be imported"
            items={plan.invalid}
            rowKey={(row) => row.row}
            columns={[
              { header: 'Row', cell: (row) => row.row, className: 'numeric' },
              { header: 'Name', cell: (row) => row.label },
              { header: 'Why', cell: (row) => row.reason },
            ]}
          />
        </section>
      )}

      {plan.notes.length > 0 && (
        <section className="stack preview-list" aria-labelledby="import-notes-heading">
          <h3 id="import-notes-heading">Worth knowing ({plan.notes.length})</h3>
          <PagedTable
            label="Notes on rows that will be imported"
            items={plan.notes}
            rowKey={(note) => `${note.row}-${note.message}`}
            columns={[
              { header: 'Row', cell: (note) => note.row, className: 'numeric' },
              { header: 'Note', cell: (note) => note.message },
            ]}
          />
        </section>
      )}

      {plan.duplicates.length > 0 && (
        <details className="preview-list">
          <summary>Skipped as duplicates ({plan.duplicates.length})</summary>
          <PagedTable
            label="Rows skipped as duplicates"
            items={plan.duplicates}
            rowKey={(row) => row.row}
            columns={[
              { header: 'Row', cell: (row) => row.row, className: 'numeric' },
              { header: 'Name', cell: (row) => row.label },
              { header: 'Why', cell: (row) => row.reason },
            ]}
          />
        </details>
      )}

      {plan.update.length > 0 && (
        <details className="preview-list">
          <summary>Will fill in empty fields of records already in Rapport ({plan.update.length})</summary>
          <PagedTable
            label="Records that will be updated"
            items={plan.update}
            rowKey={(row) => row.row}
            columns={[
              { header: 'Row', cell: (row) => row.row, className: 'numeric' },
              { header: 'Name', cell: (row) => row.label },
              { header: 'Fills in', cell: (row) => Object.keys(row.patch).map((key) => fieldLabel(plan.target, key)).join(', ') },
            ]}
          />
        </details>
      )}

      {plan.add.length > 0 && (
        <details className="preview-list">
          <summary>Will be added ({plan.add.length})</summary>
          <PagedTable
            label={`New ${nouns[plan.target][1]}`}
            items={added}
            rowKey={(row) => row.row}
            columns={[
              { header: 'Row', cell: (row) => row.row, className: 'numeric' },
              { header: 'Name', cell: (row) => row.label },
              ...(plan.target === 'contacts' ? [{ header: 'Institution', cell: (row: (typeof added)[number]) => row.fields.institution }] : []),
            ]}
          />
        </details>
      )}
    </div>
  );
}
