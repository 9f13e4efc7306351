/** A labelled select for list filters, with an optional "any" choice that means no filter. */
import { useId } from 'react';
import './list-controls.css';

export interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  /** Label of the "no filter" choice; omit for a select that always has a value (sort). */
  anyLabel?: string;
}

export function FilterSelect({ label, value, onChange, options, anyLabel }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

interface VocabularyFilterProps<T extends string> {
  label: string;
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
  /** The chosen value; null for no filter. */
  value: T | null;
  onChange: (value: T | null) => void;
  anyLabel: string;
}

/** A filter over a fixed vocabulary (role, stage, track…): its labels as options, "any" for none. */
export function VocabularyFilter<T extends string>({ label, values, labels, value, onChange, anyLabel }: VocabularyFilterProps<T>) {
  return (
    <FilterSelect
      label={label}
      value={value ?? ''}
      onChange={(v) => onChange(values.find((known) => known === v) ?? null)}
      options={values.map((v) => [v, labels[v]])}
      anyLabel={anyLabel}
    />
  );
}

/**
 * Options from the records, plus the URL's current choice when no record has it any more
 * (so a shared link's filter still shows, under `missingLabel` or its own text).
 */
export function withCurrentChoice(
  options: readonly (readonly [string, string])[],
  current: string | null,
  missingLabel?: string,
): (readonly [string, string])[] {
  if (!current || options.some(([value]) => value.toLowerCase() === current.toLowerCase())) return [...options];
  return [...options, [current, missingLabel ?? current]];
}
