/**
 * "Who did I meet?": several people at once, each someone in your contacts or
 * someone new, with what you talked about. Saving logs a conference
 * conversation per person and their thank-you reminders, all together.
 */
import { useId, useMemo } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ContactSearch, describeContact } from '../../../components/contact-search';
import { Field } from '../../../components/field';
import { CheckedField } from '../../../components/checked-field';
import { TextWarnings } from '../../../components/text-warnings';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { logPeopleMet } from '../../../data/event-plans';
import type { Contact, RapportEvent } from '../../../domain/entities';
import {
  blankMetPerson,
  defaultMeetingDay,
  lastMeetingDay,
  metCaptureSchema,
  type MetCapture,
  type MetCaptureInput,
} from '../../../domain/playbook/met-capture';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS } from '../../../domain/vocabulary';
import { showToast } from '../../../stores/toast-store';

interface MetCaptureFormProps {
  event: RapportEvent;
  contacts: readonly Contact[];
  today: string;
}

interface RowProps {
  index: number;
  control: Control<MetCaptureInput, unknown, MetCapture>;
  register: UseFormRegister<MetCaptureInput>;
  setValue: UseFormSetValue<MetCaptureInput>;
  errors: FieldErrors<MetCaptureInput>;
  contacts: readonly Contact[];
  /** Contacts already picked in other rows. */
  taken: ReadonlySet<string>;
  canRemove: boolean;
  onRemove: () => void;
}

function PersonRow({ index, control, register, setValue, errors, contacts, taken, canRemove, onRemove }: RowProps) {
  const [mode = 'existing', contactId = '', topic = '', institution = ''] = useWatch({
    control,
    name: [`people.${index}.mode`, `people.${index}.contactId`, `people.${index}.topic`, `people.${index}.institution`],
  });
  const rowErrors = errors.people?.[index];
  const topicWarningsId = useId();
  const picked = contactId ? contacts.find((c) => c.id === contactId) : undefined;
  const label = `Person ${index + 1}`;

  return (
    <fieldset className="met-row">
      <legend>{label}</legend>
      <div className="met-row-mode" role="radiogroup" aria-label={`${label}: who`}>
        <label>
          <input type="radio" value="existing" {...register(`people.${index}.mode`)} /> In my contacts
        </label>
        <label>
          <input type="radio" value="new" {...register(`people.${index}.mode`)} /> Someone new
        </label>
      </div>
      {mode === 'existing' ? (
        picked ? (
          <div className="chip met-picked">
            <span>
              <strong>{picked.name}</strong> <span className="muted">· {describeContact(picked)}</span>
            </span>
            <button
              type="button"
              className="btn btn-ghost btn-small"
              aria-label={`Change ${label.toLowerCase()} (${picked.name})`}
              onClick={() => setValue(`people.${index}.contactId`, '', { shouldDirty: true })}
            >
              Change
            </button>
          </div>
        ) : (
          <ContactSearch
            contacts={contacts}
            label={`${label}: find in contacts`}
            exclude={taken}
            onPick={(c) => setValue(`people.${index}.contactId`, c.id, { shouldDirty: true, shouldValidate: true })}
            error={rowErrors?.contactId?.message}
          />
        )
      ) : (
        <div className="met-row-new">
          <Field label={`${label}: name`} error={rowErrors?.name?.message}>
            <input {...register(`people.${index}.name`)} autoComplete="off" />
          </Field>
          <Field label={`${label}: role`} error={rowErrors?.role?.message}>
            <select {...register(`people.${index}.role`)}>
              {CONTACT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {CONTACT_ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </Field>
          <CheckedField label={`${label}: institution (optional)`} error={rowErrors?.institution?.message} text={institution} subject="institution">
            <input {...register(`people.${index}.institution`)} autoComplete="off" />
          </CheckedField>
        </div>
      )}
      <div>
        <Field label={`${label}: what you talked about (optional)`} error={rowErrors?.topic?.message} hint="It goes into the thank-you draft.">
          <input {...register(`people.${index}.topic`)} aria-describedby={topicWarningsId} autoComplete="off" />
        </Field>
        <TextWarnings id={topicWarningsId} text={topic} checks={['patient-data']} subject="topic" />
      </div>
      {canRemove && (
        <button type="button" className="btn btn-ghost btn-small met-row-remove" onClick={onRemove}>
          Remove {label.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

export function MetCaptureForm({ event, contacts, today }: MetCaptureFormProps) {
  const schema = useMemo(() => metCaptureSchema(event, today), [event, today]);
  const { control, register, handleSubmit, setValue, reset, formState } = useForm<MetCaptureInput, unknown, MetCapture>({
    resolver: zodResolver(schema),
    defaultValues: { metOn: defaultMeetingDay(event, today), people: [blankMetPerson()], thankYous: true },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'people' });
  const { errors, isDirty, isSubmitting } = formState;
  useUnsavedChanges(isDirty);
  const people = useWatch({ control, name: 'people' }) ?? [];
  const takenIds = people.map((p) => (p.mode === 'existing' ? (p.contactId ?? '') : '')).filter(Boolean);
  const takenKey = takenIds.join(',');
  // Each row excludes the contacts picked in the other rows.
  const takenSet = useMemo(() => new Set(takenKey.split(',').filter(Boolean)), [takenKey]);

  const onSubmit = handleSubmit(async (values) => {
    try {
      const result = await logPeopleMet(event.id, values, new Date());
      const n = result.interactions.length;
      const t = result.reminders.filter((r) => r.kind === 'thank-you').length;
      showToast({
        message: `Logged ${n} ${n === 1 ? 'conversation' : 'conversations'}${t > 0 ? ` and ${t} thank-you ${t === 1 ? 'reminder' : 'reminders'}` : ''}.`,
        tone: 'success',
      });
      reset({ metOn: values.metOn, people: [blankMetPerson()], thankYous: values.thankYous });
    } catch (error) {
      showToast({ message: error instanceof Error ? error.message : 'Nothing was saved.', tone: 'error' });
    }
  });

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="met-capture" aria-labelledby="met-capture-heading">
      <h2 id="met-capture-heading">Who did I meet?</h2>
      <p className="muted">
        Add everyone you spoke with at <bdi>{event.name}</bdi>. Each conversation is logged, and each person gets a thank-you reminder
        three to seven days later.
      </p>
      <Field label="Day you met them" error={errors.metOn?.message}>
        <input type="date" min={event.startDate} max={lastMeetingDay(event, today)} {...register('metOn')} />
      </Field>
      {fields.map((field, index) => (
        <PersonRow
          key={field.id}
          index={index}
          control={control}
          register={register}
          setValue={setValue}
          errors={errors}
          contacts={contacts}
          taken={new Set([...takenSet].filter((id) => id !== (people[index]?.contactId ?? '')))}
          canRemove={fields.length > 1}
          onRemove={() => remove(index)}
        />
      ))}
      {errors.people?.message && (
        <p className="field-error" role="alert">
          {errors.people.message}
        </p>
      )}
      <div className="row met-capture-actions">
        <button type="button" className="btn" onClick={() => append(blankMetPerson(), { shouldFocus: false })}>
          Add another person
        </button>
      </div>
      <label className="checkbox-line">
        <input type="checkbox" {...register('thankYous')} /> Add a thank-you reminder for each person
      </label>
      <div className="dialog-actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          Save {fields.length === 1 ? 'this person' : `these ${fields.length} people`}
        </button>
      </div>
    </form>
  );
}
