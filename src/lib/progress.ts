/**
 * Long work (parsing a 10,000-row file) runs in chunks: between chunks it
 * gives the browser a turn, so a progress bar repaints and a Cancel button
 * can be clicked, and it stops as soon as the AbortSignal fires.
 */

export interface ProgressOptions {
  /** Called with a fraction from 0 to 1; it never goes backwards and ends at 1 on success. */
  onProgress?: (fraction: number) => void;
  /** Cancels the work: the promise rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the event loop run (paint, input) before the next chunk. Uses `scheduler.yield()` where the
 * browser has it: chained zero-delay timers are held back to 4 ms each, which for a 10,000-row import
 * added up to a noticeable share of the wait.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * True for the error a cancelled operation rejects with: an AbortSignal's
 * reason. Dexie also names a failed transaction `AbortError` — a write the
 * browser refused, often because the disk is full — but it wraps the cause
 * in `inner`: a cancel only when what it wraps is itself a cancel (a signal
 * fired mid-transaction), a failure otherwise.
 */
export function isAbortError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'AbortError') return false;
  const inner = (error as { inner?: unknown }).inner;
  return !inner || (depth < 5 && isAbortError(inner, depth + 1));
}

/**
 * Maps a sub-task's 0–1 progress into the range [from, to] of the whole task,
 * so several phases (read, parse, check) drive one progress bar.
 */
export function progressRange(options: ProgressOptions, from: number, to: number): ProgressOptions {
  const { onProgress } = options;
  return {
    signal: options.signal,
    onProgress: onProgress ? (fraction) => onProgress(from + (to - from) * Math.min(1, Math.max(0, fraction))) : undefined,
  };
}

/**
 * Runs `fn` over every item, `chunkSize` items at a time, yielding to the
 * event loop between chunks, reporting progress and honouring the signal.
 */
export async function mapInChunks<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
  options: ProgressOptions & { chunkSize?: number } = {},
): Promise<R[]> {
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const out: R[] = [];
  options.signal?.throwIfAborted();
  for (let start = 0; start < items.length; start += chunkSize) {
    const end = Math.min(items.length, start + chunkSize);
    for (let i = start; i < end; i++) out.push(fn(items[i], i));
    options.onProgress?.(end / items.length);
    if (end < items.length) {
      await yieldToEventLoop();
      options.signal?.throwIfAborted();
    }
  }
  options.onProgress?.(1);
  return out;
}
