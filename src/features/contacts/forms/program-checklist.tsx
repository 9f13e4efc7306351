import type { Program } from '../../../domain/entities';

interface ProgramChecklistProps {
  value: readonly string[];
  onChange: (programIds: string[]) => void;
  programs: readonly Program[] | undefined;
}

/**
 * The programs a contact is linked to, as checkboxes. Links to programs that
 * were deleted are kept (not shown), so restoring the program from the trash
 * brings the link back.
 */
export function ProgramChecklist({ value, onChange, programs }: ProgramChecklistProps) {
  const missing = programs ? value.filter((id) => !programs.some((p) => p.id === id)).length : 0;
  return (
    <fieldset className="form-fieldset span-2">
      <legend>Programs</legend>
      {programs === undefined ? (
        <p className="muted">Loading programs…</p>
      ) : programs.length === 0 ? (
        <p className="muted">No programs yet. Add them on the Programs screen, then link this person here.</p>
      ) : (
        <ul className="checkbox-list">
          {programs.map((program) => (
            <li key={program.id}>
              <label className="checkbox-row">
                <input
                  type="checkbox"
                  checked={value.includes(program.id)}
                  onChange={(e) =>
                    onChange(e.currentTarget.checked ? [...value, program.id] : value.filter((id) => id !== program.id))
                  }
                />
                <span>
                  {program.name}
                  {program.state && <span className="muted"> · {program.state}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {missing > 0 && (
        <p className="muted field-hint">
          Also linked to {missing} deleted {missing === 1 ? 'program' : 'programs'}; the link comes back if you restore it.
        </p>
      )}
    </fieldset>
  );
}
