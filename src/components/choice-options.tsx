import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './field';

/** The <option>s of a select over a fixed vocabulary, each with its label; an optional first "none" choice. */
interface ChoiceOptionsProps<T extends string | number> {
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
  /** The label of an empty first choice ("Not set", "Choose a role"). */
  none?: string;
}

export function ChoiceOptions<T extends string | number>({ values, labels, none }: ChoiceOptionsProps<T>) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}

interface ChoiceFieldProps<T extends string | number> extends ChoiceOptionsProps<T> {
  label: string;
  /** What react-hook-form's register returns for the field. */
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  className?: string;
}

/** A labelled select over a fixed vocabulary, registered with the form. */
export function ChoiceField<T extends string | number>({ label, registration, error, hint, className, ...options }: ChoiceFieldProps<T>) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      <select {...registration}>
        <ChoiceOptions {...options} />
      </select>
    </Field>
  );
}
