import { Field } from '../../../components/field';
import { columnChoices, labelColumns, mappingProblems } from '../../../domain/backup/csv-columns';
import { type CsvTable } from '../../../domain/backup/csv-read';
import type { ImportTarget } from '../../../domain/backup/import-candidate';
import {
  CONTACT_ROLES,
  CONTACT_ROLE_LABELS,
  TRACKS,
  TRACK_LABELS,
  type ContactRole,
  type Track,
} from '../../../domain/vocabulary';
import { typedMapping } from '../import-flow';

export interface MappingDefaults {
  role?: ContactRole;
  track?: Track;
}

interface ColumnMappingStepProps {
  target: ImportTarget;
  fileName: string;
  table: CsvTable;
  /** The file's first line reads like data (an email or link, no column names): say so. */
  headerLooksLikeData: boolean;
  firstRowIsData: boolean;
  onFirstRowIsDataChange: (firstRowIsData: boolean) => void;
  mapping: (string | null)[];
  defaults: MappingDefaults;
  onChange: (mapping: (string | null)[], defaults: MappingDefaults) => void;
  onContinue: () => void;
  onBack: () => void;
}

/** The first value in a column, to help recognise it. */
function exampleOf(table: CsvTable, column: number): string {
  for (const row of table.rows.slice(0, 20)) {
    const cell = (row.cells[column] ?? '').trim();
    if (cell !== '') return cell.length > 60 ? `${cell.slice(0, 57)}…` : cell;
  }
  return '';
}

/** Match each column of a CSV to a Rapport field; what is still missing is said before going on. */
export function ColumnMappingStep({
  target,
  fileName,
  table,
  headerLooksLikeData,
  firstRowIsData,
  onFirstRowIsDataChange,
  mapping,
  defaults,
  onChange,
  onContinue,
  onBack,
}: ColumnMappingStepProps) {
  const choices = columnChoices(target);
  const problems = mappingProblems(typedMapping(target, mapping), target);
  const noun = target === 'contacts' ? 'contacts' : 'programs';
  // A label column ("E-mail 1 - Label") is read with the column it labels; say so beside it.
  const labelled = new Map<number, string[]>();
  if (target === 'contacts') {
    for (const [valueColumn, labelColumn] of labelColumns(table.headers)) {
      // Columns that fill a field come first, so the hint names one that is imported.
      const headers = labelled.get(labelColumn) ?? [];
      labelled.set(labelColumn, mapping[valueColumn] ? [table.headers[valueColumn], ...headers] : [...headers, table.headers[valueColumn]]);
    }
  }

  return (
    <form
      className="stack import-mapping"
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.length === 0) onContinue();
      }}
    >
      <p>
        <strong className="break-anywhere">{fileName}</strong> has {table.headers.length} columns and{' '}
        {table.rows.length} {table.rows.length === 1 ? 'row' : 'rows'}. Say which Rapport field each column fills;
        Rapport has guessed where the header made it clear. Columns left as “Do not import” are ignored. Several
        columns may fill Email, Phone or Web link: each value is kept.
      </p>
      {headerLooksLikeData && !firstRowIsData && (
        <p className="notice" role="status">
          The first line of this file looks like data, not column names: it holds an email address or a web link. If
          the file has no header line, tick “First row is data” so that line is imported too.
        </p>
      )}
      <label className="choice">
        <input type="checkbox" checked={firstRowIsData} onChange={(event) => onFirstRowIsDataChange(event.currentTarget.checked)} />
        <span>
          First row is data
          <span className="muted choice-hint">The file has no header line: its columns are called Column 1, Column 2 … and its first line is imported as a row.</span>
        </span>
      </label>
      <div className="mapping-grid">
        {table.headers.map((header, column) => {
          const example = exampleOf(table, column);
          return (
            <Field
              key={column}
              label={header === '' ? `Column ${column + 1} (no header)` : `Column “${header}”`}
              hint={
                labelled.has(column)
                  ? `Gives the labels (work, home …) of “${labelled.get(column)?.[0]}”${(labelled.get(column)?.length ?? 0) > 1 ? ' and the columns beside it' : ''}, so it needs no field of its own.`
                  : example
                    ? `For example: ${example}`
                    : 'Empty in the first rows'
              }
            >
              <select
                value={mapping[column] ?? ''}
                onChange={(event) => {
                  const next = [...mapping];
                  next[column] = event.currentTarget.value === '' ? null : event.currentTarget.value;
                  onChange(next, defaults);
                }}
              >
                <option value="">Do not import</option>
                {choices.map((choice) => (
                  <option key={choice.field} value={choice.field}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </Field>
          );
        })}
      </div>

      {target === 'contacts' ? (
        <Field
          label="Role for rows that do not say"
          hint="Used when a row has no role column and its title does not suggest one."
        >
          <select
            value={defaults.role ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange(mapping, { ...defaults, role: CONTACT_ROLES.find((r) => r === value) });
            }}
          >
            <option value="">Other</option>
            {CONTACT_ROLES.filter((r) => r !== 'other').map((role) => (
              <option key={role} value={role}>
                {CONTACT_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <Field
          label="Track for rows that do not say"
          hint="Used when a row has no track column and its name does not tell (a row with neither cannot be imported)."
        >
          <select
            value={defaults.track ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange(mapping, { ...defaults, track: TRACKS.find((t) => t === value) });
            }}
          >
            <option value="">Guess from the program name</option>
            {TRACKS.map((track) => (
              <option key={track} value={track}>
                {TRACK_LABELS[track]}
              </option>
            ))}
          </select>
        </Field>
      )}

      {problems.length > 0 && (
        <ul className="field-error plain-list" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={problems.length > 0}>
          Preview the {noun}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onBack}>
          Choose another file
        </button>
      </div>
    </form>
  );
}
