/**
 * Computes the blueprint off the main thread. The blueprint reads every
 * interaction and reminder the user has; at 100,000 interactions reading them
 * takes seconds, and on the main thread that froze Today after every save.
 * Here the first read and every computation run in a worker, which posts back
 * only the small result. After each write (Dexie tells workers of writes made
 * in the page through a BroadcastChannel) only the rows that write touched are
 * read again (blueprint-source.ts), so the database is not kept busy.
 *
 * Messages in: `{ today }` (re-sent when the day changes). Out: `BlueprintReply`.
 */
import { blueprintProgress, type BlueprintProgress } from '../domain/playbook/blueprint';
import { watchBlueprintInput } from './blueprint-source';

export type BlueprintReply = { ok: true; today: string; progress: BlueprintProgress } | { ok: false; today: string; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ today: string }>) => void) | null;
  postMessage(message: BlueprintReply): void;
}

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as WorkerScope;
let stop: (() => void) | null = null;

scope.onmessage = (event) => {
  const { today } = event.data;
  stop?.();
  stop = watchBlueprintInput(
    today,
    (input) => scope.postMessage({ ok: true, today, progress: blueprintProgress(input) }),
    (error: unknown) => scope.postMessage({ ok: false, today, message: error instanceof Error ? error.message : String(error) }),
  );
};
