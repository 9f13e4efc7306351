/**
 * Computes the blueprint off the main thread. The blueprint reads every
 * interaction and reminder the user has; at 100,000 interactions reading them
 * takes seconds, and on the main thread that froze Today after every save.
 * Here the read and the computation run in a worker, which posts back only the
 * small result, and again after each change (Dexie tells workers of writes
 * made in the page through a BroadcastChannel).
 *
 * Messages in: `{ today }` (re-sent when the day changes). Out: `BlueprintReply`.
 */
import { liveQuery } from 'dexie';
import { blueprintProgress, type BlueprintProgress } from '../domain/playbook/blueprint';
import { loadBlueprintInput } from './playbook';

export type BlueprintReply = { ok: true; today: string; progress: BlueprintProgress } | { ok: false; today: string; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ today: string }>) => void) | null;
  postMessage(message: BlueprintReply): void;
}

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as WorkerScope;
let subscription: { unsubscribe(): void } | null = null;

scope.onmessage = (event) => {
  const { today } = event.data;
  subscription?.unsubscribe();
  subscription = liveQuery(() => loadBlueprintInput(today)).subscribe({
    next: (input) => scope.postMessage({ ok: true, today, progress: blueprintProgress(input) }),
    error: (error: unknown) => scope.postMessage({ ok: false, today, message: error instanceof Error ? error.message : String(error) }),
  });
};
