/**
 * Works out the Priorities activity index off the main thread: keeps the interactions (as
 * touches) and reminders current from change notices (priority-activity-source.ts) and posts,
 * after each change and each new day or half-life, every contact's activity by id.
 *
 * Messages in: `PriorityActivityRequest`. Out: `PriorityActivityReply`.
 */
import { activityByContact } from '../domain/scoring/touches';
import type { ContactActivity } from '../domain/scoring/activity';
import { watchPriorityActivity, type PriorityActivityInput } from './priority-activity-source';

export interface PriorityActivityRequest {
  today: string;
  halfLifeDays: number;
}

export type PriorityActivityReply =
  | { ok: true; today: string; halfLifeDays: number; nowMs: number; activity: Map<string, ContactActivity> }
  | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<PriorityActivityRequest>) => void) | null;
  postMessage(message: PriorityActivityReply): void;
}

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as WorkerScope;
let request: PriorityActivityRequest | null = null;
let input: PriorityActivityInput | null = null;

function post() {
  if (request === null || input === null) return;
  const { today, halfLifeDays } = request;
  // The clock is read here, at the edge; the scoring module never reads it.
  const nowMs = Date.now();
  scope.postMessage({ ok: true, today, halfLifeDays, nowMs, activity: activityByContact(input.touches, input.reminders, { nowMs, today, halfLifeDays }) });
}

watchPriorityActivity(
  (next) => {
    input = next;
    post();
  },
  (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);

scope.onmessage = (event) => {
  request = event.data;
  post();
};
