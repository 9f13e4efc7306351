import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { Field } from '../../../components/field';
import { SaveFailure, useSaveFailure } from '../../../components/save-failure';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { saveBackupReminderDays } from '../../../data/backup-status';
import {
  backupReminderDaysFrom,
  backupReminderFormSchema,
  backupReminderFormValues,
  type BackupReminderForm as FormValues,
} from '../../../domain/backup/backup-reminder';
import { showToast } from '../../../stores/toast-store';
import { useBackupStatus } from '../hooks/use-backup-status';

/** How long Rapport waits after a backup before suggesting the next one on Today. */
export function BackupReminderForm() {
  const status = useBackupStatus();
  if (!status) return <p className="muted">Loading…</p>;
  return <BackupReminderFields reminderDays={status.backupReminderDays} />;
}

function BackupReminderFields({ reminderDays }: { reminderDays: number | null }) {
  const form = useForm<FormValues>({
    resolver: zodResolver(backupReminderFormSchema),
    defaultValues: backupReminderFormValues(reminderDays),
  });
  const { register, handleSubmit, formState, reset, control } = form;
  const { failure, guard } = useSaveFailure();
  useUnsavedChanges(formState.isDirty);
  const remind = useWatch({ control, name: 'remind' });

  const onSubmit = handleSubmit(async (values) => {
    const saved = await guard(() => saveBackupReminderDays(backupReminderDaysFrom(values)));
    if (!saved.ok) return;
    reset(values);
    showToast({
      message: values.remind ? `Saved. Today will suggest a backup after ${values.days} days.` : 'Saved. Today will not suggest backups.',
      tone: 'success',
    });
  });

  return (
    <form className="stack backup-reminder-form" aria-label="Backup reminder" onSubmit={onSubmit} noValidate>
      <h3>Backup reminder</h3>
      <label className="choice">
        <input type="checkbox" {...register('remind')} />
        <span>Suggest a backup on Today when the last one is getting old</span>
      </label>
      <Field
        label="Days between backups"
        error={formState.errors.days?.message}
        hint={remind ? 'From 7 to 365 days.' : 'Kept for when you turn the suggestion back on.'}
        className="field-narrow"
      >
        <input type="number" inputMode="numeric" min={7} max={365} step={1} {...register('days', { valueAsNumber: true })} />
      </Field>
      <SaveFailure message={failure} />
      <div className="row">
        <button type="submit" className="btn" disabled={formState.isSubmitting}>
          Save reminder
        </button>
      </div>
    </form>
  );
}
