/** Commitments made in the meeting: what I promised and what they offered, each with an optional due date. */
import { useId } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../../components/field';
import { TextWarnings } from '../../../components/text-warnings';
import type { MeetingFormOutput, MeetingFormValues } from '../../../domain/meeting-form';
import { COMMITMENT_DIRECTIONS, COMMITMENT_DIRECTION_LABELS, type CommitmentDirection } from '../../../domain/vocabulary';
import { newId } from '../../../lib/ids';

export function CommitmentsEditor() {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<MeetingFormValues, unknown, MeetingFormOutput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'commitments' });
  const commitments = useWatch({ control, name: 'commitments' });
  const warningsId = useId();

  const add = (direction: CommitmentDirection) =>
    append({ id: newId(), direction, text: '', dueDate: '' }, { focusName: `commitments.${fields.length}.text` });

  return (
    <fieldset className="commitments">
      <legend>Commitments</legend>
      {fields.length === 0 && <p className="muted">Anything you promised, or that they offered? Add it so it is not forgotten.</p>}
      <ol className="plain-list stack">
        {fields.map((field, index) => {
          const rowErrors = errors.commitments?.[index];
          return (
            <li key={field.id}>
              <fieldset className="commitment-row">
                <legend className="visually-hidden">Commitment {index + 1}</legend>
                <Field label="Who" className="commitment-direction">
                  <select {...register(`commitments.${index}.direction`)}>
                    {COMMITMENT_DIRECTIONS.map((d) => (
                      <option key={d} value={d}>
                        {COMMITMENT_DIRECTION_LABELS[d]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="What" error={rowErrors?.text?.message} className="commitment-text">
                  <input
                    type="text"
                    placeholder="e.g. send my abstract draft"
                    aria-describedby={`${warningsId}-${index}`}
                    {...register(`commitments.${index}.text`)}
                  />
                </Field>
                <Field label="Due (optional)" error={rowErrors?.dueDate?.message} className="commitment-due">
                  <input type="date" {...register(`commitments.${index}.dueDate`)} />
                </Field>
                <button
                  type="button"
                  className="btn btn-small btn-ghost commitment-remove"
                  aria-label={`Remove commitment ${index + 1}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </fieldset>
              <TextWarnings id={`${warningsId}-${index}`} text={commitments[index]?.text ?? ''} checks={['patient-data']} subject="commitment" />
            </li>
          );
        })}
      </ol>
      <div className="row">
        <button type="button" className="btn btn-small" onClick={() => add('promised')}>
          + I promised…
        </button>
        <button type="button" className="btn btn-small" onClick={() => add('offered')}>
          + They offered…
        </button>
      </div>
    </fieldset>
  );
}
