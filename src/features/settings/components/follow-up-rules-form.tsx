/**
 * The follow-up rules editor: each rule on or off with its window in days,
 * plus the keep-in-touch grace and the mentors' default cadence. Validated
 * with the settings schema; messages sit next to their fields. Changes apply
 * to meetings logged from now on; reminders already made keep their dates.
 */
import { useId } from 'react';
import { Controller, useForm, type Control, type FieldPath, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { updateSettings } from '../../../data/profile-settings';
import { followUpRulesSchema, defaultSettingsFields, type FollowUpRules } from '../../../domain/settings';
import { showToast } from '../../../stores/toast-store';

/** Rules that count days after the meeting: their window cannot start before it. */
const AFTER_RULES = ['conferenceThankYou', 'conferenceFollowUp', 'firstMeetingFollowUp', 'interviewThankYou'] as const;
type AfterRule = (typeof AFTER_RULES)[number];

const rulesFormSchema = followUpRulesSchema.unwrap().superRefine((rules, ctx) => {
  for (const key of AFTER_RULES) {
    if (rules[key].dueOffsetDays < 0) {
      ctx.addIssue({ code: 'custom', path: [key, 'dueOffsetDays'], message: 'Count days after the meeting: 0 or more' });
    }
  }
  if (rules.preEventOutreach.latestOffsetDays > -1) {
    ctx.addIssue({
      code: 'custom',
      path: ['preEventOutreach', 'latestOffsetDays'],
      message: 'Outreach ends at least 1 day before the event',
    });
  }
});
type RulesInput = z.input<typeof rulesFormSchema>;

/** Plain words for the schema's number checks (its own messages are for developers). */
const dayMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') return 'Enter a whole number of days';
  if (issue.code === 'too_small') return `At least ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `At most ${String(issue.maximum)}`;
  return undefined;
};

const RULE_TEXT: Record<AfterRule, { title: string; what: string }> = {
  conferenceThankYou: {
    title: 'Thank-you after a conference conversation or poster visit',
    what: 'A short email that names what you talked about.',
  },
  conferenceFollowUp: {
    title: 'Update after the thank-you, for someone first met at a conference',
    what: 'A few lines on what you have done since, so a first conversation becomes a relationship.',
  },
  firstMeetingFollowUp: {
    title: 'Progress update after a meeting or shadowing',
    what: 'After a first meeting, tell them what you did with their advice. After a later one, only when their keep-in-touch cadence does not already ask for an update.',
  },
  interviewThankYou: {
    title: 'Thank-you after an interview day',
    what: 'One concise note to the program director or key faculty.',
  },
};

export function FollowUpRulesForm({ rules }: { rules: FollowUpRules }) {
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<RulesInput, unknown, FollowUpRules>({
    resolver: zodResolver(rulesFormSchema, { error: dayMessages }),
    // Follows the stored rules (a save here or in another tab) without overwriting fields being edited.
    values: rules,
    resetOptions: { keepDirtyValues: true },
  });
  useUnsavedChanges(isDirty);

  const save = handleSubmit(async (next) => {
    try {
      const saved = await updateSettings({ rules: next });
      reset(saved.rules);
      showToast({ tone: 'success', message: 'Follow-up rules saved. They apply to meetings you log from now on.' });
    } catch (error) {
      setError('root', { message: error instanceof Error ? error.message : String(error) });
    }
  });

  return (
    <form className="rules-form" noValidate onSubmit={save}>
      {AFTER_RULES.map((key) => (
        <fieldset key={key} className="rule">
          <legend>{RULE_TEXT[key].title}</legend>
          <p className="muted rule-what">{RULE_TEXT[key].what}</p>
          <div className="rule-fields">
            <Toggle register={register} name={`${key}.enabled`} />
            <DaysField
              label="Due after (days)"
              registration={register(`${key}.dueOffsetDays`, { valueAsNumber: true })}
              error={errors[key]?.dueOffsetDays?.message}
              min={0}
            />
            <DaysField
              label="Latest after (days)"
              registration={register(`${key}.latestOffsetDays`, { valueAsNumber: true })}
              error={errors[key]?.latestOffsetDays?.message}
              min={0}
            />
          </div>
        </fieldset>
      ))}

      <fieldset className="rule">
        <legend>Deliver on commitments</legend>
        <p className="muted rule-what">A reminder on the due date of anything promised or offered in a meeting.</p>
        <div className="rule-fields">
          <Toggle register={register} name="commitment.enabled" />
        </div>
      </fieldset>

      <fieldset className="rule">
        <legend>Outreach before an event with target contacts</legend>
        <p className="muted rule-what">A short note asking for 5 to 10 minutes at the event.</p>
        <div className="rule-fields">
          <Toggle register={register} name="preEventOutreach.enabled" />
          <DaysBeforeField
            control={control}
            name="preEventOutreach.dueOffsetDays"
            label="From (days before)"
            error={errors.preEventOutreach?.dueOffsetDays?.message}
          />
          <DaysBeforeField
            control={control}
            name="preEventOutreach.latestOffsetDays"
            label="Until (days before)"
            error={
              errors.preEventOutreach?.latestOffsetDays?.message === 'The latest day cannot be before the due day'
                ? 'Must be no more days before the event than “From”'
                : errors.preEventOutreach?.latestOffsetDays?.message
            }
          />
        </div>
      </fieldset>

      <fieldset className="rule">
        <legend>Keep in touch with mentors and advocates</legend>
        <p className="muted rule-what">
          An update reminder a cadence after the last touch; every new touch moves it. Contacts can have their own
          cadence on their page.
        </p>
        <div className="rule-fields">
          <Toggle register={register} name="keepInTouch.enabled" />
          <DaysField
            label="Default cadence for mentors (days)"
            registration={register('keepInTouch.mentorDefaultDays', { valueAsNumber: true })}
            error={errors.keepInTouch?.mentorDefaultDays?.message}
            min={1}
          />
          <DaysField
            label="Grace after it is due (days)"
            registration={register('keepInTouch.graceDays', { valueAsNumber: true })}
            error={errors.keepInTouch?.graceDays?.message}
            min={0}
          />
        </div>
      </fieldset>

      {errors.root && (
        <div className="notice notice-danger" role="alert">
          <strong>Not saved.</strong> {errors.root.message}
        </div>
      )}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          Save rules
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            reset(defaultSettingsFields().rules, { keepDefaultValues: true });
            showToast({ message: 'Default rules filled in. Save to keep them.' });
          }}
        >
          Reset to defaults
        </button>
        {isDirty && <span className="muted">Unsaved changes</span>}
      </div>
    </form>
  );
}

function Toggle({ register, name }: { register: UseFormRegister<RulesInput>; name: FieldPath<RulesInput> }) {
  const id = useId();
  return (
    <div className="rule-toggle">
      <input id={id} type="checkbox" {...register(name)} />
      <label htmlFor={id}>On</label>
    </div>
  );
}

function DaysField({
  label,
  registration,
  error,
  min,
}: {
  label: string;
  registration: ReturnType<UseFormRegister<RulesInput>>;
  error?: string;
  min: number;
}) {
  const id = useId();
  return (
    <div className="field rule-days">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={730}
        step={1}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...registration}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Stored as a negative offset from the event's first day; shown as a positive "days before". */
function DaysBeforeField({
  control,
  name,
  label,
  error,
}: {
  control: Control<RulesInput, unknown, FollowUpRules>;
  name: 'preEventOutreach.dueOffsetDays' | 'preEventOutreach.latestOffsetDays';
  label: string;
  error?: string;
}) {
  const id = useId();
  // The schema speaks in signed offsets ("at least -365"); say it the way the field is shown.
  const message = error?.startsWith('At least -') ? 'At most 365 days before' : error;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div className="field rule-days">
          <label htmlFor={id}>{label}</label>
          <input
            id={id}
            ref={field.ref}
            name={field.name}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            step={1}
            value={typeof field.value === 'number' && !Number.isNaN(field.value) ? String(-field.value || 0) : ''}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? `${id}-error` : undefined}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange(event.target.value === '' ? Number.NaN : -Number(event.target.value))}
          />
          {message && (
            <span id={`${id}-error`} className="field-error" role="alert">
              {message}
            </span>
          )}
        </div>
      )}
    />
  );
}
