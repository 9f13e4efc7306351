/**
 * The bare app the bench measures Rapport against: React + Dexie + a service worker from
 * vite-plugin-pwa, the versions in package.json, nothing else (test/bench/bare-app/). Built into
 * dist/bench/bare/ after the app, served by the same preview server, so both are measured in one
 * run on the same machine: first contentful paint of a first visit (a fresh browser context
 * each time, no cache, no service worker yet), alternating the two, and the gzip bytes of the
 * JavaScript each page loads before its first paint.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = dirname(fileURLToPath(import.meta.url));
export const BARE_BASE = '/bench/bare/';
const OUT = resolve(here, '../../dist/bench/bare');

export async function buildBareApp() {
  await build({
    root: join(here, 'bare-app'),
    base: BARE_BASE,
    configFile: false,
    logLevel: 'warn',
    plugins: [
      react(),
      VitePWA({ registerType: 'prompt', injectRegister: false, manifest: false, workbox: { globPatterns: ['**/*.{js,css,html}'], clientsClaim: true } }),
    ],
    build: { outDir: OUT, emptyOutDir: true, target: 'es2022' },
  });
}

/** Gzip bytes of the JavaScript an index.html loads before first paint (entry script + modulepreloads). */
export function initialJs(htmlPath, distRoot) {
  const html = readFileSync(htmlPath, 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
  return { files, gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distRoot, f))).length, 0) };
}

export function bareInitialJs() {
  return initialJs(join(OUT, 'index.html'), resolve(here, '../../dist'));
}

/**
 * One first visit to `url` in a fresh context of `browser`: first contentful paint, and when the
 * script-rendered page stood (a heading, with index.html's static shell gone).
 */
async function firstPaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          let fcp = null;
          let rendered = null;
          const done = () => fcp !== null && rendered !== null && resolve({ fcp, rendered });
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) {
              fcp = entry.startTime;
              done();
            }
          }).observe({ type: 'paint', buffered: true });
          const check = () => {
            if (document.querySelector('h1') && !document.querySelector('[data-static-shell]')) {
              rendered = performance.now();
              done();
            } else requestAnimationFrame(check);
          };
          check();
        }),
    );
  } finally {
    await context.close();
  }
}

/** `runs` first visits of each, alternating which goes first; returns both lists of `{ fcp, rendered }` milliseconds. */
export async function firstPaints(browser, appUrl, bareUrl, runs) {
  const app = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      app.push(await firstPaint(browser, appUrl));
      bare.push(await firstPaint(browser, bareUrl));
    } else {
      bare.push(await firstPaint(browser, bareUrl));
      app.push(await firstPaint(browser, appUrl));
    }
  }
  return { app, bare };
}
