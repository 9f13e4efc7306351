/**
 * What a form shows when a save fails — above all when the browser's storage
 * is full (QuotaExceededError). The form's input stays as typed: the save is
 * awaited inside `guard`, and nothing here resets the form, so the user can
 * free space and press Save again.
 *
 * ```tsx
 * const { failure, guard } = useSaveFailure();
 * const onSubmit = handleSubmit(async (values) => {
 *   const saved = await guard(() => updateSettings(values));
 *   if (saved.ok) showToast({ message: 'Saved' });
 * });
 * …
 * <SaveFailure message={failure} />
 * ```
 */
import { useCallback, useState } from 'react';
import { storageErrorMessage } from '../data/storage-errors';
import { isAbortError } from '../lib/progress';

/** Words for a failed save: the storage-full advice, the error's own message, or a generic retry. */
export function saveFailureMessage(error: unknown): string {
  const storage = storageErrorMessage(error);
  if (storage) return storage;
  if (error instanceof Error && error.message.trim() !== '') return `This was not saved: ${error.message}`;
  return 'This was not saved. Check your input and try again.';
}

export type GuardedResult<T> = { ok: true; value: T } | { ok: false; cancelled: boolean };

export interface SaveFailureState {
  /** The message for the last failed save; null after a success or before any. */
  failure: string | null;
  /** Runs a save; on failure keeps the message (a cancel is not a failure) and resolves instead of throwing. */
  guard: <T>(save: () => Promise<T>) => Promise<GuardedResult<T>>;
  /** Shows a failure for an error caught elsewhere. */
  report: (error: unknown) => void;
  clear: () => void;
}

export function useSaveFailure(): SaveFailureState {
  const [failure, setFailure] = useState<string | null>(null);
  const guard = useCallback(async <T,>(save: () => Promise<T>): Promise<GuardedResult<T>> => {
    setFailure(null);
    try {
      return { ok: true, value: await save() };
    } catch (error) {
      if (isAbortError(error)) return { ok: false, cancelled: true };
      setFailure(saveFailureMessage(error));
      return { ok: false, cancelled: false };
    }
  }, []);
  const report = useCallback((error: unknown) => setFailure(saveFailureMessage(error)), []);
  const clear = useCallback(() => setFailure(null), []);
  return { failure, guard, report, clear };
}

/** The failure message, announced when it appears; renders nothing when there is none. */
export function SaveFailure({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="notice notice-danger save-failure" role="alert">
      {message}
    </p>
  );
}
