/**
 * A new version of the app arrives while it is open. The build is copied to a
 * folder of this file's own and served by a second preview server, so changing
 * its sw.js disturbs no other e2e file. A new sw.js (the same precache plus a
 * line that answers "which build are you?") makes the browser install a
 * waiting worker, as a deploy would.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchBrowser, openApp, PHONE, waitForServiceWorkerControl, type WatchedPage } from './browser';

let browser: Browser;
let server: PreviewServer | undefined;
let folder: string;
let appURL: string;
let firstWorker: string;

const swPath = () => join(folder, 'sw.js');

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rapport-update-'));
  await cp('dist', folder, { recursive: true });
  firstWorker = await readFile(swPath(), 'utf8');
  server = await preview({
    build: { outDir: folder },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The second preview server did not report its URL.');
  appURL = url.replace(/\/$/, '');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  await writeFile(swPath(), firstWorker);
});

/** Deploys a new sw.js: the same worker, plus an answer to "which build are you?". */
async function deployWorker(build: string): Promise<void> {
  const answer = `self.addEventListener('message', (event) => { if (event.data && event.data.type === 'E2E_BUILD') event.ports[0].postMessage(${JSON.stringify(build)}); });`;
  await writeFile(swPath(), `${firstWorker}\n// e2e: build ${build}\n${answer}\n`);
}

/** Which build the worker controlling the page is: the name given to deployWorker, or 'first' when it does not answer. */
function controllerBuild(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) {
          resolve(null);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        setTimeout(() => resolve('first'), 1000);
        controller.postMessage({ type: 'E2E_BUILD' }, [channel.port2]);
      }),
  );
}

/** Asks the browser to look for a new sw.js, as it does on its own on navigations, and waits until the new worker waits. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null), { timeout: 20_000 })
    .toBe('installed');
}

/** A marker that only survives as long as this document does. */
const setMarker = (page: Page) => page.evaluate(() => Object.assign(window, { __sameDocument: true }));
const readMarker = (page: Page) => page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument ?? false);

/** Records every dialog (a beforeunload prompt is one) and accepts it, so a reload the app asks for really happens. */
function acceptDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  return seen;
}

/** The text of the button a tap at the middle of `target` would reach, or null when something else lies on top. */
async function topmostButtonOver(page: Page, target: Locator): Promise<string | null> {
  const box = await target.boundingBox();
  if (!box) return null;
  return page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent?.trim() ?? null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

function expectClean(watched: WatchedPage) {
  expect(watched.errors).toEqual([]);
  expect(watched.cspViolations).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
}

/** Opens the app as a returning visitor: a second load, under the worker the first one installed. */
async function openReturningVisit(options: { viewport?: { width: number; height: number } } = {}) {
  const watched = await openApp(browser, { appURL, ...options });
  const dialogs = acceptDialogs(watched.page);
  await watched.page.getByRole('button', { name: 'Start empty' }).click();
  await waitForServiceWorkerControl(watched.page);
  await watched.page.reload();
  await watched.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  expect(await watched.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return { watched, dialogs };
}

describe('update while open', () => {
  it('with a waiting service worker and a dirty form, the page does not reload', { timeout: 120_000 }, async () => {
    const { watched, dialogs } = await openReturningVisit({ viewport: PHONE });
    const { page, context } = watched;
    expect(await controllerBuild(page)).toBe('first');
    await setMarker(page);

    // Half-way through logging a meeting…
    await page.getByRole('banner').getByRole('button', { name: 'Log meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log meeting' });
    const summary = dialog.getByRole('textbox', { name: 'Summary' });
    await summary.fill('Talked through the away rotation schedule');

    // …a new version is deployed and found.
    await deployWorker('second');
    await checkForUpdate(page);
    const notice = page.getByRole('status').filter({ hasText: 'Update available.' });
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toContain('Save or close your open form first; your input is kept.');
    expect(await page.getByRole('button', { name: 'Reload to update' }).count()).toBe(0);
    // The notice asks for a save, so it must leave the dialog's Save button uncovered.
    expect(await topmostButtonOver(page, dialog.getByRole('button', { name: 'Save' }))).toBe('Save');
    await page.screenshot({ path: '/tmp/update-waiting-390.png' });

    // The new worker takes control (as when another tab of the app accepts the update).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
      await changed;
    });
    const ready = page.getByRole('status').filter({ hasText: 'A new version is ready. Save your work, then reload.' });
    await ready.waitFor({ timeout: 10_000 });
    // A reload the app might schedule after the notice would land within this time.
    await page.waitForTimeout(500);
    expect(await readMarker(page)).toBe(true);
    expect(dialogs).toEqual([]);
    expect(await controllerBuild(page)).toBe('second');
    expect(await dialog.isVisible()).toBe(true);
    expect(await summary.inputValue()).toBe('Talked through the away rotation schedule');
    expect(await ready.getByRole('button', { name: 'Reload now' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/update-ready-390.png' });
    expectClean(watched);
    await context.close();
  });

  it.each([
    { visit: 'a returning visit', returning: true },
    { visit: 'the first visit, whose tab the worker claimed', returning: false },
  ])('with no unsaved input in $visit, "Reload to update" reloads into the new worker', { timeout: 120_000 }, async ({ returning }) => {
    let watched: WatchedPage;
    let dialogs: string[];
    if (returning) {
      ({ watched, dialogs } = await openReturningVisit());
      await setMarker(watched.page);
    } else {
      watched = await openApp(browser, { appURL });
      dialogs = acceptDialogs(watched.page);
      await watched.page.getByRole('button', { name: 'Start empty' }).click();
      await watched.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      await setMarker(watched.page);
      // The install claims this tab without reloading it.
      await waitForServiceWorkerControl(watched.page);
      expect(await readMarker(watched.page)).toBe(true);
    }
    const { page, context } = watched;

    await deployWorker('second');
    await checkForUpdate(page);
    const notice = page.getByRole('status').filter({ hasText: 'Update available.' });
    const reload = notice.getByRole('button', { name: 'Reload to update' });
    await reload.waitFor();
    expect(await readMarker(page)).toBe(true);

    const loaded = page.waitForEvent('load', { timeout: 15_000 });
    await reload.click();
    await loaded;
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    expect(await readMarker(page)).toBe(false);
    expect(await controllerBuild(page)).toBe('second');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(await notice.count()).toBe(0);
    expect(dialogs).toEqual([]);
    expectClean(watched);
    await context.close();
  });
});
