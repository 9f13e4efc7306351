import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { NAV_SCREENS } from '../../src/app/screens';
import { launchBrowser, loadSampleData, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell', () => {
  it('offers the first-run choice, loads sample data into Today, and visits every screen without a console error', async () => {
    const { page, errors, context } = await openApp(browser);
    await page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
    await loadSampleData(page);

    const counts = page.getByRole('list', { name: 'Your network at a glance' });
    const contactsStat = counts.getByRole('link', { name: /Contacts$/ });
    await expect.poll(() => contactsStat.textContent()).toMatch(/^40/);
    await expect(counts.getByRole('link', { name: /^12\s*Programs$/ }).count()).resolves.toBe(1);

    for (const screen of NAV_SCREENS) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen.label, exact: true }).click();
      await page.waitForURL((url) => url.pathname === screen.path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts empty when asked, and reaches every screen from the phone menu', async () => {
    const { page, errors, context } = await openApp(browser, { viewport: PHONE });
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const contactsStat = page.getByRole('list', { name: 'Your network at a glance' }).getByRole('link', { name: /Contacts$/ });
    await expect.poll(() => contactsStat.textContent()).toMatch(/^0/);
    for (const screen of NAV_SCREENS) {
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.click();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen.label, exact: true }).click();
      await page.waitForURL((url) => url.pathname === screen.path);
      await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
