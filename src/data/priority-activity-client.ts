/**
 * The page's one Priorities activity index, started on first use and kept for the rest of the
 * visit, so coming back to Priorities finds it ready. In the browser it lives in a worker
 * (priorities-worker.ts); where there is no Worker (tests under jsdom), or the worker fails, the
 * same code runs in the page.
 */
import { activityByContact } from '../domain/scoring/touches';
import type { PriorityActivityReply, PriorityActivityRequest } from './priorities-worker';
import { watchPriorityActivity, type PriorityActivityInput } from './priority-activity-source';

export type PriorityActivity = Extract<PriorityActivityReply, { ok: true }>;

type Listener = (activity: PriorityActivity) => void;

interface Backend {
  ask(request: PriorityActivityRequest): void;
}

const listeners = new Set<Listener>();
let latest: PriorityActivity | null = null;
let backend: Backend | null = null;
let lastRequest: PriorityActivityRequest | null = null;

const publish = (activity: PriorityActivity) => {
  latest = activity;
  for (const listener of listeners) listener(activity);
};

function inPage(): Backend {
  let request: PriorityActivityRequest | null = null;
  let input: PriorityActivityInput | null = null;
  const post = () => {
    if (request === null || input === null) return;
    const { today, halfLifeDays } = request;
    const nowMs = Date.now();
    publish({ ok: true, today, halfLifeDays, nowMs, activity: activityByContact(input.touches, input.reminders, { nowMs, today, halfLifeDays }) });
  };
  watchPriorityActivity(
    (next) => {
      input = next;
      post();
    },
    // A failed read leaves the last answer; the next write's notice reads again.
    () => {},
  );
  return {
    ask(next) {
      request = next;
      post();
    },
  };
}

function inWorker(): Backend {
  const worker = new Worker(new URL('./priorities-worker.ts', import.meta.url), { type: 'module' });
  const fail = () => {
    worker.terminate();
    backend = inPage();
    if (lastRequest !== null) backend.ask(lastRequest);
  };
  worker.onmessage = (event: MessageEvent<PriorityActivityReply>) => {
    if (event.data.ok) publish(event.data);
    else fail();
  };
  worker.onerror = fail;
  return { ask: (request) => worker.postMessage(request) };
}

/**
 * Asks for every contact's activity on `today` with this half-life; `listener` hears each answer
 * (the first once the data is read, then one after every write that changes it). Returns a
 * function that stops listening; the index itself stays for the visit.
 */
export function watchActivityIndex(request: PriorityActivityRequest, listener: Listener): () => void {
  listeners.add(listener);
  backend ??= typeof Worker === 'undefined' ? inPage() : inWorker();
  if (lastRequest === null || lastRequest.today !== request.today || lastRequest.halfLifeDays !== request.halfLifeDays) {
    lastRequest = request;
    backend.ask(request);
  }
  if (latest !== null) listener(latest);
  return () => listeners.delete(listener);
}
