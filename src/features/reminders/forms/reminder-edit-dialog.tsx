/** Edit a reminder's title, reason and window. */
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Dialog } from '../../../components/dialog';
import { CheckedField } from '../../../components/checked-field';
import { Field } from '../../../components/field';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { useDiscardGuard } from '../../../components/discard-guard';
import { updateReminder } from '../../../data/reminders';
import type { Reminder } from '../../../domain/entities';
import { reminderEditSchema, type ReminderEdit } from '../../../domain/follow-ups/reminder-edit';
import { shortDayLabel } from '../../../lib/date-format';
import { showToast } from '../../../stores/toast-store';

export function ReminderEditDialog({ reminder, onClose }: { reminder: Reminder; onClose: () => void }) {
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<ReminderEdit>({
    resolver: zodResolver(reminderEditSchema),
    defaultValues: {
      title: reminder.title,
      reason: reminder.reason,
      dueDate: reminder.dueDate,
      latestDate: reminder.latestDate,
    },
  });
  useUnsavedChanges(isDirty);
  const { requestClose, discardQuestion } = useDiscardGuard(isDirty, onClose, 'your changes');
  const [title, reason] = useWatch({ control, name: ['title', 'reason'] });

  const save = handleSubmit(async (edit) => {
    try {
      await updateReminder(reminder.id, edit, { now: new Date() });
      showToast({ tone: 'success', message: `Saved: ${edit.title}` });
      onClose();
    } catch (error) {
      setError('root', { message: error instanceof Error ? error.message : String(error) });
    }
  });

  return (
    <Dialog title="Edit reminder" onClose={requestClose}>
      {discardQuestion}
      <form noValidate onSubmit={save}>
        <CheckedField label="Title" error={errors.title?.message} text={title} subject="title">
          <input type="text" {...register('title')} />
        </CheckedField>
        <CheckedField
          label="Reason"
          error={errors.reason?.message}
          hint="Why it matters; shown in the inbox and the calendar entry."
          text={reason}
          subject="reason"
        >
          <textarea rows={3} {...register('reason')} />
        </CheckedField>
        <div className="edit-window">
          <Field label="Due" error={errors.dueDate?.message}>
            <input type="date" {...register('dueDate')} />
          </Field>
          <Field label="Latest" error={errors.latestDate?.message} hint="Last good day to do it.">
            <input type="date" {...register('latestDate')} />
          </Field>
        </div>
        {reminder.status === 'snoozed' && reminder.snoozedUntil && (
          <p className="muted">It stays snoozed until {shortDayLabel(reminder.snoozedUntil)}; the new dates apply after that.</p>
        )}
        {errors.root && (
          <div className="notice notice-danger" role="alert">
            <strong>Not saved.</strong> {errors.root.message}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={requestClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
