/**
 * Create or edit a program: every field of the domain schema, validated by it
 * (zod through react-hook-form) with messages next to each field. A failed
 * write keeps the dialog open with everything the user typed.
 */
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ChoiceField } from '../../../components/choice-options';
import { Field } from '../../../components/field';
import { CheckedField } from '../../../components/checked-field';
import { RecordFormDialog, emptyToNull, numberMessage, toNumberOrNull, useRecordSave } from '../../../components/record-form-dialog';
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

const toNumberOrZero = (v: unknown) => (v === '' || v === null || v === undefined ? 0 : Number(v));

interface ProgramFormDialogProps {
  program?: Program;
  onClose: () => void;
  onSaved: (program: Program) => void;
}

export function ProgramFormDialog({ program, onClose, onSaved }: ProgramFormDialogProps) {
  const isEdit = program !== undefined;
  const saving = useRecordSave();
  const form = useForm<ProgramFormInput, unknown, ProgramFormValues>({ resolver: zodResolver(programFieldsSchema), defaultValues: initialValues(program) });
  const { register, control, handleSubmit } = form;
  const { errors, isDirty } = form.formState;
  const [name, institution, caseMixNotes, cultureNotes, researchNotes, callNotes, notes] = useWatch({
    control,
    name: ['name', 'institution', 'caseMixNotes', 'cultureNotes', 'researchNotes', 'callNotes', 'notes'],
  });

  const save = (values: ProgramFormValues) =>
    saving.run(async () => onSaved(isEdit ? await updateProgram(program.id, values) : await createProgram(values)));

  return (
    <RecordFormDialog
      title={isEdit ? `Edit ${program.name}` : 'New program'}
      dirty={isDirty}
      onClose={onClose}
      onSubmit={handleSubmit(save)}
      submitLabel={isEdit ? 'Save changes' : 'Save program'}
      busy={saving.busy}
      error={saving.error}
    >
      <CheckedField label="Program name" error={errors.name?.message} className="span-2" text={name} subject="name">
        <input type="text" autoComplete="off" {...register('name')} />
      </CheckedField>
      <CheckedField label="Institution" error={errors.institution?.message} text={institution} subject="institution">
        <input type="text" {...register('institution')} />
      </CheckedField>
      <ChoiceField label="Track" error={errors.track?.message} registration={register('track')} values={TRACKS} labels={TRACK_LABELS} none="Choose a track" />
      <Field label="City" error={errors.city?.message}>
        <input type="text" {...register('city')} />
      </Field>
      <Field label="State" hint="e.g. MA" error={errors.state?.message}>
        <input type="text" {...register('state')} />
      </Field>
      <ChoiceField label="Region" error={errors.region?.message} registration={register('region', { setValueAs: emptyToNull })} values={REGIONS} labels={REGION_LABELS} none="Not set" />
      <Field label="Website" hint="e.g. mountsinai.org/ir-residency; https:// is added when left out" error={errors.website?.message}>
        <input type="url" inputMode="url" placeholder="https://" {...register('website')} />
      </Field>
      <ChoiceField label="Application status" error={errors.status?.message} registration={register('status')} values={APPLICATION_STATUSES} labels={APPLICATION_STATUS_LABELS} />
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
    </RecordFormDialog>
  );
}
