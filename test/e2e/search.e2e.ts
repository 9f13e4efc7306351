/**
 * Search everything in Chromium: with the sample network loaded, a word from a
 * meeting's notes is found by the palette (from the index built in its
 * worker), grouped under "Meetings and notes" with the word marked, and Enter
 * on "See all results" opens the linkable results page. At 1280 and 390 wide.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, DESKTOP, launchBrowser, loadSampleData, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function searchFromPalette(page: Page, query: string) {
  await page.getByRole('banner').getByRole('button', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox', { name: 'Search everything' }).fill(query);
  const meetings = dialog.getByRole('group', { name: 'Meetings and notes' });
  await meetings.getByRole('option').first().waitFor();
  return { dialog, meetings };
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('search everything on a %s', (name, viewport) => {
  it('finds a word from a meeting note, grouped and marked, then Enter opens the results page', async () => {
    const { page, context, errors, cspViolations, foreignRequests } = await openApp(browser, { viewport });
    await loadSampleData(page);

    const { dialog, meetings } = await searchFromPalette(page, 'papers');
    // The word as the meeting's notes hold it, in <mark>, under its group's heading.
    await expect.poll(() => meetings.locator('mark').first().textContent()).toBe('papers');
    expect(await meetings.getByRole('option').first().textContent()).toMatch(/Notes: They suggested reading two recent papers/);
    await page.screenshot({ path: `/tmp/search-palette-${viewport.width}.png` });

    // Up from the first match wraps to "See all results"; Enter goes to the results page.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => dialog.getByRole('option', { name: 'See all results for “papers”' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'papers');
    const group = page.getByRole('region', { name: /Meetings and notes/ });
    await group.getByRole('link').first().waitFor();
    expect(await group.locator('mark').first().textContent()).toBe('papers');
    await page.screenshot({ path: `/tmp/search-results-${viewport.width}.png`, fullPage: false });

    // Linkable: the same address in a fresh load shows the same results.
    await page.goto(`${baseURL()}/search?q=papers`);
    await page.getByRole('region', { name: /Meetings and notes/ }).getByRole('link').first().waitFor();
    await page.getByRole('link', { name: /./ }).filter({ has: page.locator('mark') }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/contacts/'));

    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
    void name;
  });
});

describe('the saved search index', () => {
  it('is read back on the next visit, and answers with the notes as they are now', async () => {
    const { page, context, errors, cspViolations, foreignRequests } = await openApp(browser, { viewport: DESKTOP });
    await loadSampleData(page);
    await searchFromPalette(page, 'papers');
    const builtFrom = () =>
      page.evaluate(() => (performance.getEntriesByName('rapport:search-index-ready')[0] as PerformanceMeasure | undefined)?.detail?.builtFrom ?? null);
    await expect.poll(builtFrom).toBe('records');
    // Saved in the cache database beside the user's, once built.
    const saved = () =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('rapport-search-cache');
            open.onsuccess = () => {
              const cache = open.result;
              if (!cache.objectStoreNames.contains('snapshots')) return resolve(false);
              const get = cache.transaction('snapshots').objectStore('snapshots').get('index');
              get.onsuccess = () => resolve(get.result !== undefined);
            };
          }),
      );
    await expect.poll(saved, { timeout: 20_000 }).toBe(true);

    await page.reload();
    const { meetings } = await searchFromPalette(page, 'papers');
    await expect.poll(builtFrom).toBe('saved');
    await expect.poll(() => meetings.locator('mark').first().textContent()).toBe('papers');
    expect(await meetings.getByRole('option').first().textContent()).toMatch(/Notes: They suggested reading two recent papers/);

    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
