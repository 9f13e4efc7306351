import { useCallback, useEffect, useRef, useState } from 'react';
import { isQuotaExceeded } from '../../../data/storage-errors';

export interface TaskProgress {
  label: string;
  fraction: number;
}

/** Passed to the work: its cancel signal, and a way to name the phase and move the bar. */
export interface TaskControls {
  signal: AbortSignal;
  /** Sets the phase's label (optional) and its 0–1 progress. */
  report: (fraction: number, label?: string) => void;
}

export type TaskOutcome<T> = { status: 'done'; value: T } | { status: 'cancelled' } | { status: 'failed'; error: unknown };

export interface CancellableTask {
  /** The running task's label and progress; null when idle. */
  progress: TaskProgress | null;
  run: <T>(label: string, work: (controls: TaskControls) => Promise<T>) => Promise<TaskOutcome<T>>;
  cancel: () => void;
}

/**
 * Runs one long piece of work at a time with a progress bar and a Cancel
 * button: Cancel (or leaving the screen) aborts its signal, and the work's
 * promise settles as `cancelled`.
 */
export function useCancellableTask(): CancellableTask {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async <T,>(label: string, work: (controls: TaskControls) => Promise<T>): Promise<TaskOutcome<T>> => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    let current: TaskProgress = { label, fraction: 0 };
    setProgress(current);
    const report = (fraction: number, next?: string) => {
      if (own.signal.aborted) return;
      current = { label: next ?? current.label, fraction };
      setProgress(current);
    };
    try {
      // Work that finished is done even if Cancel came a moment too late: a commit that landed must say so.
      return { status: 'done', value: await work({ signal: own.signal, report }) };
    } catch (error) {
      // Only this task's own signal is a cancel: a transaction Dexie aborted (storage full) is a failure to report.
      if (own.signal.aborted && !isQuotaExceeded(error)) return { status: 'cancelled' };
      return { status: 'failed', error };
    } finally {
      if (controller.current === own) {
        controller.current = null;
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, run, cancel };
}
