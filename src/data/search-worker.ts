/**
 * Holds the full-text search index off the main thread (search-source.ts):
 * the first build reads every record, which takes seconds at 100,000
 * interactions, and no keystroke should wait for it. Dexie tells workers of
 * the page's writes through a BroadcastChannel, so the index stays current.
 *
 * Messages in: `SearchRequest`. Out: `SearchReply`.
 */
import type { SearchAnswer } from '../domain/search/search-index';
import { watchSearchIndex, type SearchIndexStatus } from './search-source';

export interface SearchRequest {
  requestId: number;
  query: string;
  perKind: number;
}

export type SearchReply =
  | { type: 'status'; status: SearchIndexStatus }
  | { type: 'answer'; requestId: number; answer: SearchAnswer; status: SearchIndexStatus }
  | { type: 'error'; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchReply): void;
}

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as WorkerScope;

const live = watchSearchIndex(
  (status) => scope.postMessage({ type: 'status', status }),
  (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);

scope.onmessage = (event) => {
  const { requestId, query, perKind } = event.data;
  live.search(query, perKind).then(
    (answer) => scope.postMessage({ type: 'answer', requestId, answer, status: live.status() }),
    (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
