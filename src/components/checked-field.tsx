/**
 * A form field whose text is checked as the user types: the labelled Field
 * with the live text warnings under it (likely patient identifiers unless told
 * otherwise), the control described by both. One element, so it takes one
 * cell of a form grid.
 *
 * Usage:
 *   <CheckedField label="Title" text={title} subject="title" error={errors.title?.message}>
 *     <input type="text" {...register('title')} />
 *   </CheckedField>
 */
import { cloneElement, useDeferredValue, useId, useMemo, type ReactElement, type ReactNode } from 'react';
import { Field } from './field';
import { TextWarnings, findTextWarnings, type TextCheck } from './text-warnings';

const PATIENT_DATA: readonly TextCheck[] = ['patient-data'];

interface CheckedFieldProps {
  label: string;
  /** The input or textarea. */
  children: ReactElement<Record<string, unknown>>;
  /** The field's current text (watched from the form). */
  text: string | null | undefined;
  /** What the text is ("title", "note"), for the warning's heading. */
  subject?: string;
  checks?: readonly TextCheck[];
  error?: string;
  hint?: ReactNode;
  /** On the wrapper: places the field in its grid. */
  className?: string;
  /** Selects a warning's words in the control, given their offsets in the text. */
  onLocate?: (start: number, end: number) => void;
}

export function CheckedField({ label, children, text, subject = 'text', checks = PATIENT_DATA, error, hint, className, onLocate }: CheckedFieldProps) {
  const warningsId = useId();
  const deferred = useDeferredValue(text ?? '');
  // The control points at the warnings only while there are some, so its description is not padded by an empty region.
  const warned = useMemo(() => findTextWarnings(deferred, checks).length > 0, [deferred, checks]);
  const own = children.props['aria-describedby'];
  const describedBy = [typeof own === 'string' ? own : null, warned ? warningsId : null].filter(Boolean).join(' ') || undefined;
  const control = cloneElement(children, { 'aria-describedby': describedBy });
  return (
    <div className={className}>
      <Field label={label} error={error} hint={hint}>
        {control}
      </Field>
      <TextWarnings id={warningsId} text={text ?? ''} checks={checks} subject={subject} onLocate={onLocate} />
    </div>
  );
}
