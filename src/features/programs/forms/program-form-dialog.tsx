/**
 * Create or edit a program: every field of the domain schema, validated by it
 * (zod through react-hook-form) with messages next to each field. A failed
 * write keeps the dialog open with everything the user typed.
 */
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Dialog } from '../../../components/dialog';
import { storageErrorMessage } from '../../../data/storage-errors';
import { Field } from '../../../components/field';
import { CheckedField } from '../../../components/checked-field';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { useDiscardGuard } from '../../../components/discard-guard';
import { programFieldsSchema, type Program } from '../../../domain/entities';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  PROGRAM_CRITERIA,
  PROGRAM_CRITERION_LABELS,
  REGIONS,
  REGION_LABELS,
  TRACKS,
  TRACK_LABELS,
  type ProgramCriterion,
} from '../../../domain/vocabulary';
import { createProgram, updateProgram } from '../../../data/programs';
import '../../../components/record-layout.css';

type ProgramFormInput = z.input<typeof programFieldsSchema>;
type ProgramFormValues = z.output<typeof programFieldsSchema>;
type Ratings = Partial<Record<ProgramCriterion, number>>;

function initialValues(program: Program | undefined): Partial<ProgramFormInput> {
  if (program) {
    const { id: _id, createdAt: _c, updatedAt: _u, sample: _s, ...fields } = program;
    return fields;
  }
  return {
    name: '',
    institution: '',
    city: '',
    state: '',
    region: null,
    website: '',
    status: 'researching',
    interest: 3,
    ratings: {},
    caseMixNotes: '',
    cultureNotes: '',
    researchNotes: '',
    callNotes: '',
    notes: '',
    figures: { medianStep2ck: null, positions: null },
    openHousesAttended: 0,
    awayRotationDone: false,
  };
}

const emptyToNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : v);
const toNumberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
const toNumberOrZero = (v: unknown) => (v === '' || v === null || v === undefined ? 0 : Number(v));

/** A half-typed number gives NaN; say what is expected instead of zod's wording. */
function numberMessage(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  return error.type === 'invalid_type' ? 'Enter a whole number, or leave it empty' : error.message;
}

interface ProgramFormDialogProps {
  program?: Program;
  onClose: () => void;
  onSaved: (program: Program) => void;
}

export function ProgramFormDialog({ program, onClose, onSaved }: ProgramFormDialogProps) {
  const isEdit = program !== undefined;
  const [submitError, setSubmitError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ProgramFormInput, unknown, ProgramFormValues>({
    resolver: zodResolver(programFieldsSchema),
    defaultValues: initialValues(program),
  });
  // While the form holds typed input, an app update waits and closing the tab asks first.
  useUnsavedChanges(isDirty);
  const { requestClose, discardQuestion } = useDiscardGuard(isDirty, onClose, 'your changes');
  const [name, institution, caseMixNotes, cultureNotes, researchNotes, callNotes, notes] = useWatch({
    control,
    name: ['name', 'institution', 'caseMixNotes', 'cultureNotes', 'researchNotes', 'callNotes', 'notes'],
  });

  async function save(values: ProgramFormValues) {
    setSubmitError(null);
    try {
      onSaved(isEdit ? await updateProgram(program.id, values) : await createProgram(values));
    } catch (e) {
      // Storage full gets the app's own advice; anything else names its cause.
      const storage = storageErrorMessage(e);
      setSubmitError(
        storage ? `${storage} What you typed is still here.` : `Could not save: ${e instanceof Error ? e.message : 'unknown error'}. What you typed is still here; try again.`,
      );
    }
  }

  return (
    <Dialog title={isEdit ? `Edit ${program.name}` : 'New program'} onClose={requestClose} size="large">
      {discardQuestion}
      <form noValidate onSubmit={handleSubmit(save)}>
        <div className="form-grid">
          <CheckedField label="Program name" error={errors.name?.message} className="span-2" text={name} subject="name">
            <input type="text" autoComplete="off" {...register('name')} />
          </CheckedField>
          <CheckedField label="Institution" error={errors.institution?.message} text={institution} subject="institution">
            <input type="text" {...register('institution')} />
          </CheckedField>
          <Field label="Track" error={errors.track?.message}>
            <select {...register('track')}>
              <option value="">Choose a track</option>
              {TRACKS.map((t) => (
                <option key={t} value={t}>
                  {TRACK_LABELS[t]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="City" error={errors.city?.message}>
            <input type="text" {...register('city')} />
          </Field>
          <Field label="State" hint="e.g. MA" error={errors.state?.message}>
            <input type="text" {...register('state')} />
          </Field>
          <Field label="Region" error={errors.region?.message}>
            <select {...register('region', { setValueAs: emptyToNull })}>
              <option value="">Not set</option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {REGION_LABELS[r]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Website" hint="e.g. mountsinai.org/ir-residency; https:// is added when left out" error={errors.website?.message}>
            <input type="url" inputMode="url" placeholder="https://" {...register('website')} />
          </Field>
          <Field label="Application status" error={errors.status?.message}>
            <select {...register('status')}>
              {APPLICATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {APPLICATION_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Your interest (1–5)" error={errors.interest?.message}>
            <select {...register('interest', { setValueAs: Number })}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                  {n === 1 ? ' – low' : n === 5 ? ' – top choice' : ''}
                </option>
              ))}
            </select>
          </Field>

          <Controller
            control={control}
            name="ratings"
            render={({ field }) => {
              const ratings: Ratings = field.value ?? {};
              return (
                <fieldset className="form-fieldset span-2">
                  <legend>Your ratings (0 = poor, 5 = excellent)</legend>
                  <div className="ratings-grid">
                    {PROGRAM_CRITERIA.map((criterion) => (
                      <Field key={criterion} label={PROGRAM_CRITERION_LABELS[criterion]}>
                        <select
                          value={ratings[criterion] === undefined ? '' : String(ratings[criterion])}
                          onChange={(e) => {
                            const { [criterion]: _dropped, ...rest } = ratings;
                            const raw = e.currentTarget.value;
                            field.onChange(raw === '' ? rest : { ...rest, [criterion]: Number(raw) });
                          }}
                          onBlur={field.onBlur}
                        >
                          <option value="">Not rated</option>
                          {[0, 1, 2, 3, 4, 5].map((n) => (
                            <option key={n} value={n}>
                              {n}
                            </option>
                          ))}
                        </select>
                      </Field>
                    ))}
                  </div>
                </fieldset>
              );
            }}
          />

          <fieldset className="form-fieldset span-2">
            <legend>Published applicant figures (what you found, typed in)</legend>
            <div className="form-grid">
              <Field label="Median Step 2 CK of matched residents" error={numberMessage(errors.figures?.medianStep2ck)}>
                <input type="number" min={180} max={300} {...register('figures.medianStep2ck', { setValueAs: toNumberOrNull })} />
              </Field>
              <Field label="Positions per year" error={numberMessage(errors.figures?.positions)}>
                <input type="number" min={0} max={100} {...register('figures.positions', { setValueAs: toNumberOrNull })} />
              </Field>
            </div>
          </fieldset>

          <Field label="Open houses attended" error={numberMessage(errors.openHousesAttended)}>
            <input type="number" min={0} max={50} {...register('openHousesAttended', { setValueAs: toNumberOrZero })} />
          </Field>
          <div className="field checkbox-field">
            <label className="checkbox-row">
              <input type="checkbox" {...register('awayRotationDone')} />
              Away rotation done here
            </label>
          </div>

          <CheckedField label="Notes on case mix" hint="e.g. oncology, PAD, trauma volume" error={errors.caseMixNotes?.message} text={caseMixNotes} subject="note">
            <textarea rows={3} {...register('caseMixNotes')} />
          </CheckedField>
          <CheckedField label="Notes on culture" error={errors.cultureNotes?.message} text={cultureNotes} subject="note">
            <textarea rows={3} {...register('cultureNotes')} />
          </CheckedField>
          <CheckedField label="Notes on research" error={errors.researchNotes?.message} text={researchNotes} subject="note">
            <textarea rows={3} {...register('researchNotes')} />
          </CheckedField>
          <CheckedField label="Notes on call" error={errors.callNotes?.message} text={callNotes} subject="note">
            <textarea rows={3} {...register('callNotes')} />
          </CheckedField>
          <CheckedField label="Other notes" error={errors.notes?.message} text={notes} subject="note" className="span-2">
            <textarea rows={4} {...register('notes')} />
          </CheckedField>
        </div>

        {submitError && (
          <p className="notice notice-danger form-error" role="alert">
            {submitError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={requestClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isEdit ? 'Save changes' : 'Save program'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
