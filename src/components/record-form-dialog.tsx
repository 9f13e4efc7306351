/**
 * The shell every record's form dialog shares (contacts, programs, events): the
 * dialog, the discard question when closing with typed input, the app-update
 * hold while the form is dirty, the form in a grid of sections, the failed-save
 * message (storage full gets the app's own advice) and Cancel / Save.
 *
 * ```tsx
 * const saving = useRecordSave();
 * <RecordFormDialog title="New program" dirty={isDirty} onClose={onClose}
 *   onSubmit={handleSubmit((v) => saving.run(() => createProgram(v)))}
 *   submitLabel="Save program" busy={saving.busy} error={saving.error}>
 *   …fields…
 * </RecordFormDialog>
 * ```
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import { Dialog } from './dialog';
import { useDiscardGuard } from './discard-guard';
import { useUnsavedChanges } from './use-unsaved-changes';
import { storageErrorMessage } from '../data/storage-errors';
import './record-layout.css';

interface RecordFormDialogProps {
  title: string;
  description?: ReactNode;
  /** The form holds typed input: closing asks first, and an app update waits. */
  dirty: boolean;
  /** What the discard question names ("your changes", "this contact"). */
  discardWhat?: string;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  busy: boolean;
  /** The failed save's message; the typed input stays. */
  error?: string | null;
  /** Notices above the form (deleted elsewhere, likely duplicates). */
  notices?: ReactNode;
  /** The fields' wrapper class, by default a two-column grid; null puts the fields straight in the form. */
  gridClassName?: string | null;
  formClassName?: string;
  children: ReactNode;
}

export function RecordFormDialog({
  title,
  description,
  dirty,
  discardWhat = 'your changes',
  onClose,
  onSubmit,
  submitLabel,
  busy,
  error,
  notices,
  gridClassName = 'form-grid',
  formClassName,
  children,
}: RecordFormDialogProps) {
  useUnsavedChanges(dirty);
  const { requestClose, discardQuestion } = useDiscardGuard(dirty, onClose, discardWhat);
  return (
    <Dialog title={title} description={description} onClose={requestClose} size="large">
      {discardQuestion}
      {notices}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className={formClassName}>
        {gridClassName === null ? children : <div className={gridClassName}>{children}</div>}
        {error && (
          <p className="notice notice-danger form-error" role="alert">
            {error}
          </p>
        )}
        <FormActions onCancel={requestClose} submitLabel={submitLabel} busy={busy} />
      </form>
    </Dialog>
  );
}

/** Cancel and the primary Save, at the foot of a dialog's form. */
export function FormActions({ onCancel, submitLabel, busy }: { onCancel: () => void; submitLabel: string; busy: boolean }) {
  return (
    <div className="dialog-actions">
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}

/** Words for a save that failed while the dialog keeps what was typed. */
export function recordSaveFailure(error: unknown): string {
  const storage = storageErrorMessage(error);
  return storage
    ? `${storage} What you typed is still here.`
    : `Could not save: ${error instanceof Error ? error.message : 'unknown error'}. What you typed is still here; try again.`;
}

export interface RecordSave {
  busy: boolean;
  error: string | null;
  /** Runs a write; a throw becomes the message (by default recordSaveFailure's) and busy ends either way. */
  run: (write: () => Promise<void>, failure?: (error: unknown) => string) => Promise<void>;
}

export function useRecordSave(): RecordSave {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(write: () => Promise<void>, failure: (error: unknown) => string = recordSaveFailure) {
    setError(null);
    setBusy(true);
    try {
      await write();
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}

/** A number field left half-typed gives NaN; say what is expected instead of zod's wording. */
export function numberMessage(error: FieldError | undefined, expected = 'a whole number'): string | undefined {
  if (!error) return undefined;
  return error.type === 'invalid_type' ? `Enter ${expected}, or leave it empty` : error.message;
}

/** For register's setValueAs: an empty choice is null. */
export const emptyToNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : v);
/** For register's setValueAs: an empty number is null. */
export const toNumberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
