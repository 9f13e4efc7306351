/**
 * Builds the app (unless E2E_SKIP_BUILD=1 and dist exists) and serves the
 * production build on 127.0.0.1 at a free port for the e2e files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;
let syncServer: { url: string; stop: () => Promise<void> } | undefined;

export default async function setup(project: TestProject) {
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    // A separate process: vitest sets NODE_ENV=test, which would make an in-process build a development build.
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  // A CouchDB-compatible server for the sync tests, reached through the preview's /couchdb proxy (same origin).
  // @ts-expect-error -- a plain JavaScript module shared with `npm run sync-server`.
  const { startSyncServer } = (await import('../../scripts/sync-server.mjs')) as { startSyncServer: () => Promise<{ url: string; stop: () => Promise<void> }> };
  syncServer = await startSyncServer();
  process.env.RAPPORT_SYNC_SERVER = syncServer.url;
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its URL.');
  project.provide('baseURL', url.replace(/\/$/, ''));
  return async () => {
    await server?.close();
    await syncServer?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
