import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser, loadSampleData, openApp, waitForServiceWorkerControl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('reloads with the network off, deep links included, and never leaves its origin', async () => {
    const watched = await openApp(browser);
    const { page, context } = watched;
    await loadSampleData(page);
    await waitForServiceWorkerControl(page);
    const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(state).toBe('activated');

    await context.setOffline(true);
    await page.reload();
    const contactsStat = page.getByRole('list', { name: 'Your network at a glance' }).getByRole('link', { name: /Contacts$/ });
    await expect.poll(() => contactsStat.textContent()).toMatch(/^40/);

    for (const path of ['/settings', '/programs', '/priorities', '/reminders']) {
      await page.goto(baseURL() + path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }

    expect(watched.foreignRequests).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('is installable: a manifest with name, theme colour and 192, 512 and maskable icons', async () => {
    const { page, context } = await openApp(browser);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href ?? '');
    expect(manifest.name).toMatch(/Rapport/);
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.display).toBe('standalone');
    const icons: { sizes: string; purpose?: string; src: string }[] = manifest.icons;
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose?.includes('maskable'))).toBe(true);
    for (const icon of icons) {
      const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
      expect(status, icon.src).toBe(200);
    }
    await context.close();
  });
});
