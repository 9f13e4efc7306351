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

/** The "Sort by" select over a list's orders; an unknown value in the URL falls back to the first order. */
export function SortSelect<T extends string>({ sorts, labels, value, onChange }: { sorts: readonly [T, ...T[]]; labels: Readonly<Record<T, string>>; value: T; onChange: (sort: T) => void }) {
  return (
    <FilterSelect
      label="Sort by"
      value={value}
      onChange={(v) => onChange(sorts.find((known) => known === v) ?? sorts[0])}
      options={sorts.map((s) => [s, labels[s]])}
    />
  );
}

/** A filter over a few numbers ("30 days or more", "4 or more"), "any" for none. */
export function NumberFilter({ label, choices, value, onChange, anyLabel }: { label: string; choices: readonly (readonly [number, string])[]; value: number | null; onChange: (value: number | null) => void; anyLabel: string }) {
  return (
    <FilterSelect
      label={label}
      value={value === null ? '' : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      options={choices.map(([n, text]) => [String(n), text])}
      anyLabel={anyLabel}
    />
  );
}

/** A filter over values the records hold (a program, a tag, a state); "any" for none. */
export function OpenFilter({ label, options, value, onChange, anyLabel }: { label: string; options: readonly (readonly [string, string])[]; value: string | null; onChange: (value: string | null) => void; anyLabel: string }) {
  return <FilterSelect label={label} value={value ?? ''} onChange={(v) => onChange(v || null)} options={options} anyLabel={anyLabel} />;
}
