/**
 * The one search index of the page, started on first use (the palette's
 * first opening) and kept for the rest of the visit. In the browser it lives
 * in a worker (search-worker.ts); where there is no Worker (tests under
 * jsdom), or the worker fails, the same code runs here, loaded on demand so
 * MiniSearch never weighs on the first paint.
 *
 * A search asked while another is on its way waits, and a newer one replaces
 * it: typing fast never queues up stale work.
 */
import type { SearchAnswer } from '../domain/search/search-index';
import type { LiveSearchIndex, SearchIndexStatus } from './search-source';
import type { SearchReply, SearchRequest } from './search-worker';

export type { SearchIndexStatus } from './search-source';

export interface SearchClient {
  /** The answer for `query`, or null when a newer search replaced this one before it was asked. */
  search(query: string, perKind: number): Promise<{ answer: SearchAnswer; status: SearchIndexStatus } | null>;
  status(): SearchIndexStatus;
  /** Hears of every change to the index (a write, or the first build's progress). */
  subscribe(listener: (status: SearchIndexStatus) => void): () => void;
}

type Result = { answer: SearchAnswer; status: SearchIndexStatus } | null;

interface Backend {
  ask(request: SearchRequest): Promise<{ answer: SearchAnswer; status: SearchIndexStatus }>;
}

let client: SearchClient | null = null;

/** The page's search client, starting the index on the first call. */
export function searchClient(): SearchClient {
  client ??= createClient();
  return client;
}

function createClient(): SearchClient {
  let current: SearchIndexStatus = { ready: false, documents: 0, buildMs: null, builtFrom: null, version: 0 };
  const listeners = new Set<(status: SearchIndexStatus) => void>();
  const startedAt = performance.now();
  const setStatus = (status: SearchIndexStatus) => {
    // From the start to a complete index, as the page saw it (npm run bench reads this measure).
    if (status.ready && !current.ready) {
      try {
        performance.measure('rapport:search-index-ready', { start: startedAt, end: performance.now(), detail: status });
      } catch {
        // A runtime without User Timing level 3 (jsdom) only loses the figure.
      }
    }
    current = status;
    for (const listener of listeners) listener(status);
  };

  let backend: Promise<Backend> =
    typeof Worker === 'undefined'
      ? inPage(setStatus)
      : inWorker(setStatus, () => {
          backend = inPage(setStatus);
          return backend;
        });

  let busy = false;
  let queued: { request: SearchRequest; resolve: (result: Result) => void } | null = null;
  let nextId = 1;

  async function run(request: SearchRequest, resolve: (result: Result) => void) {
    busy = true;
    try {
      resolve(await (await backend).ask(request));
    } catch {
      resolve(null);
    } finally {
      busy = false;
      const next = queued;
      queued = null;
      if (next) void run(next.request, next.resolve);
    }
  }

  return {
    search(query, perKind) {
      return new Promise<Result>((resolve) => {
        const request = { requestId: nextId++, query, perKind };
        if (!busy) return void run(request, resolve);
        queued?.resolve(null);
        queued = { request, resolve };
      });
    },
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** `onFailure` gives the backend that takes over; searches the worker had not answered go there. */
function inWorker(onStatus: (status: SearchIndexStatus) => void, onFailure: () => Promise<Backend>): Promise<Backend> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { request: SearchRequest; resolve: (reply: { answer: SearchAnswer; status: SearchIndexStatus }) => void }>();
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.type === 'status') onStatus(reply.status);
    else if (reply.type === 'answer') {
      onStatus(reply.status);
      waiting.get(reply.requestId)?.resolve(reply);
      waiting.delete(reply.requestId);
    } else fail();
  };
  // A worker that cannot start or whose reads failed hands over to the page.
  const fail = () => {
    worker.terminate();
    const next = onFailure();
    for (const { request, resolve } of waiting.values()) void next.then((b) => b.ask(request)).then(resolve);
    waiting.clear();
  };
  worker.onerror = fail;
  return Promise.resolve({
    ask: (request) =>
      new Promise((resolve) => {
        waiting.set(request.requestId, { request, resolve });
        worker.postMessage(request);
      }),
  });
}

async function inPage(onStatus: (status: SearchIndexStatus) => void): Promise<Backend> {
  const { watchSearchIndex } = await import('./search-source');
  const live: LiveSearchIndex = watchSearchIndex(onStatus, () => {});
  return {
    ask: async ({ query, perKind }) => ({ answer: await live.search(query, perKind), status: live.status() }),
  };
}
