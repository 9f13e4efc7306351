/**
 * Shared e2e plumbing: Debian's Chromium through playwright-core, a page that
 * records console errors, page errors, CSP violations and every request that
 * leaves the app's origin.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function baseURL(): string {
  return inject('baseURL');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, as text. */
  errors: string[];
  /** URLs requested outside the app's origin. */
  foreignRequests: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
  /** Requests that got no answer, as "METHOD url: reason" (offline: one the service worker could not serve). */
  failedRequests: string[];
}

/** A fresh context (empty IndexedDB) and page at the app's origin, watched for trouble. */
export async function openApp(
  browser: Browser,
  options: BrowserContextOptions & {
    path?: string;
    beforeGoto?: (page: Page) => Promise<void>;
    /** Another server of the app than the shared one (e.g. one whose files a test changes). */
    appURL?: string;
  } = {},
): Promise<WatchedPage> {
  const { path = '/', beforeGoto, appURL = baseURL(), ...contextOptions } = options;
  // Dates are written in the browser's locale; the tests read them as a British English browser writes them.
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', ...contextOptions });
  const page = await context.newPage();
  const origin = new URL(appURL).origin;
  const watched: WatchedPage = { context, page, errors: [], foreignRequests: [], cspViolations: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreignRequests.push(url);
  });
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // A request cut short because its page navigated away (a reload, a goto) never failed to get an answer.
    if (reason !== 'net::ERR_ABORTED') watched.failedRequests.push(`${request.method()} ${request.url()}: ${reason}`);
  });
  await page.exposeFunction('__reportCsp', (text: string) => watched.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  if (beforeGoto) await beforeGoto(page);
  await page.goto(appURL + path);
  return watched;
}

/** From the first-run screen, loads the sample network and waits for Today's counts. */
export async function loadSampleData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Sample data' }).waitFor();
}

/** Waits until a service worker controls this page (the first worker claims the tab that installed it). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Moves to a screen through the main navigation, opening the phone menu first when it is folded away. */
export async function navigateTo(page: Page, label: string, path: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** Serious and critical WCAG 2 A/AA violations on the page as it is now, one readable line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
