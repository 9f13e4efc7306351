/**
 * The applicant's profile: who they are, what they target, and (only if they choose)
 * their own figures, which competitiveness compares against programs' published ones.
 */
import { useState } from 'react';
import { useController, useForm, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Field } from '../../../components/field';
import { saveProfile } from '../../../data/profile-settings';
import { profileFieldsSchema, type Profile } from '../../../domain/entities';
import { REGIONS, REGION_LABELS, TRACKS, TRACK_LABELS } from '../../../domain/vocabulary';
import { showToast } from '../../../stores/toast-store';

type ProfileInput = z.input<typeof profileFieldsSchema>;

function defaults(profile: Profile | null): ProfileInput {
  const base = profileFieldsSchema.parse({});
  if (profile === null) return base;
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = profile;
  return { ...base, ...fields };
}

const numberOrNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A comma-separated list edited as text; the form holds the array. */
/**
 * A comma-separated list bound to a form field. It receives the id and aria
 * props that Field gives its control, so the label and messages stay attached.
 */
function ListInput({
  control,
  name,
  ...rest
}: {
  control: Control<ProfileInput>;
  name: 'preferredStates' | 'interests';
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const { field } = useController({ control, name });
  const { value, onChange } = field;
  const [text, setText] = useState(() => (value ?? []).join(', '));
  return (
    <input
      {...rest}
      type="text"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(splitList(e.target.value));
      }}
    />
  );
}

function firstError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('message' in error && typeof error.message === 'string') return error.message;
  if (Array.isArray(error)) for (const item of error) if (firstError(item)) return firstError(item);
  return undefined;
}

export function ProfileForm({ profile }: { profile: Profile | null }) {
  const { register, handleSubmit, control, formState } = useForm({
    resolver: zodResolver(profileFieldsSchema),
    defaultValues: defaults(profile),
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (fields) => {
    await saveProfile(fields);
    showToast({ message: 'Profile saved' });
  });

  return (
    <form className="stack profile-form" onSubmit={onSubmit} noValidate aria-label="Profile">
      <div className="profile-grid">
        <Field label="Name" error={errors.name?.message}>
          <input type="text" autoComplete="name" {...register('name')} />
        </Field>
        <Field label="Graduation year" error={errors.graduationYear?.message}>
          <input type="number" inputMode="numeric" {...register('graduationYear', { setValueAs: numberOrNull })} />
        </Field>
        <Field label="Medical school" error={errors.school?.message}>
          <input type="text" {...register('school')} />
        </Field>
      </div>
      <fieldset className="checkbox-group">
        <legend>Target tracks</legend>
        {TRACKS.map((track) => (
          <label key={track} className="checkbox">
            <input type="checkbox" value={track} {...register('targetTracks')} /> {TRACK_LABELS[track]}
          </label>
        ))}
      </fieldset>
      <fieldset className="checkbox-group">
        <legend>Preferred regions</legend>
        {REGIONS.map((region) => (
          <label key={region} className="checkbox">
            <input type="checkbox" value={region} {...register('preferredRegions')} /> {REGION_LABELS[region]}
          </label>
        ))}
      </fieldset>
      <div className="profile-grid">
        <Field label="Preferred states" hint="Comma-separated, e.g. OH, Michigan" error={firstError(errors.preferredStates)}>
          <ListInput control={control} name="preferredStates" />
        </Field>
        <Field label="Interests" hint="Comma-separated, e.g. interventional oncology, PAD" error={firstError(errors.interests)}>
          <ListInput control={control} name="interests" />
        </Field>
      </div>
      <fieldset className="stack">
        <legend>Your figures (optional)</legend>
        <p className="muted field-hint">
          Only used to label programs reach, target or likely against the figures you type for them. Leave blank to skip.
        </p>
        <div className="profile-grid">
          <Field label="Step 2 CK score" error={errors.step2ck?.message}>
            <input type="number" inputMode="numeric" {...register('step2ck', { setValueAs: numberOrNull })} />
          </Field>
          <Field label="Publications" error={errors.publications?.message}>
            <input type="number" inputMode="numeric" {...register('publications', { setValueAs: numberOrNull })} />
          </Field>
          <Field label="Presentations" error={errors.presentations?.message}>
            <input type="number" inputMode="numeric" {...register('presentations', { setValueAs: numberOrNull })} />
          </Field>
        </div>
      </fieldset>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          Save profile
        </button>
      </div>
    </form>
  );
}
