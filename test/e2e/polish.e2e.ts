/**
 * What every screen shares, in Chromium: toasts stack where they cover no primary button,
 * and the programs board shows (and lets the keyboard reach) what scrolls out of view.
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

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Primary buttons in view that a toast covers, each as its label. */
async function coveredPrimaryButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const toasts = Array.from(document.querySelectorAll('.toast')).map((t) => t.getBoundingClientRect());
    return Array.from(document.querySelectorAll<HTMLElement>('.btn-primary'))
      .filter((button) => {
        const box = button.getBoundingClientRect();
        if (box.width === 0 || box.bottom < 0 || box.top > window.innerHeight) return false;
        return toasts.some((t) => box.left < t.right && t.left < box.right && box.top < t.bottom && t.top < box.bottom);
      })
      .map((button) => button.textContent?.trim() ?? '');
  });
}

async function threeExportsThenPreview(page: Page) {
  const importSection = page.getByRole('region', { name: 'Import', exact: true });
  await importSection.getByRole('radio', { name: /Programs from a CSV/ }).check();
  await importSection.getByLabel('File to import').setInputFiles({
    name: 'programs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Program,Institution,City,State\nLakeshore Integrated IR,Lakeshore Medical,Chicago,IL\nMaple Ridge ESIR,Maple Ridge Health,Denver,CO\n'),
  });
  await importSection.getByRole('button', { name: 'Preview the programs' }).click();
  await importSection.getByLabel('Import summary').waitFor();
  for (const name of ['Contacts as CSV', 'Programs as CSV', 'Contacts as vCard']) {
    await page.getByRole('button', { name }).click();
  }
  await expect.poll(() => page.locator('.toast').count()).toBe(3);
  return importSection.getByRole('button', { name: 'Import 2 programs' });
}

describe('toasts', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`three export toasts cover no primary button at ${viewport.width} px`, async () => {
      const { page, context, errors } = await openApp(browser, { viewport, path: '/settings', acceptDownloads: true });
      const importButton = await threeExportsThenPreview(page);
      for (const block of ['end', 'center'] as const) {
        await importButton.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
        const box = await importButton.boundingBox();
        const toastBoxes = await page.locator('.toast').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as Box));
        expect(box && toastBoxes.some((t) => overlaps(box, t))).toBe(false);
        expect(await coveredPrimaryButtons(page)).toEqual([]);
      }
      // The click lands on the button, not on a toast in front of it.
      await importButton.click({ trial: true, timeout: 2000 });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

/** The sideways scroller's state: how far it scrolls, where it is, and whether the cue shows. */
async function sideScroll(page: Page, label: string) {
  const region = page.getByRole('region', { name: label, exact: true });
  const state = await region.evaluate((el) => ({ scrollable: el.scrollWidth - el.clientWidth, left: el.scrollLeft }));
  return { region, ...state };
}

describe('what scrolls sideways says so', () => {
  it('the programs board at 1280 px: a visible cue, focusable, and the arrow keys scroll it', async () => {
    const { page, context, errors } = await openApp(browser, { viewport: DESKTOP });
    await loadSampleData(page);
    await page.goto(`${baseURL()}/programs`);
    const board = await sideScroll(page, 'Programs board');
    expect(board.scrollable).toBeGreaterThan(0);
    const cue = page.getByText(/^More status columns to the right/);
    await cue.waitFor();
    await board.region.focus();
    await page.keyboard.press('End');
    await expect.poll(async () => (await sideScroll(page, 'Programs board')).left).toBeGreaterThan(0);
    await page.getByText(/^More status columns to the left/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the programs table at 390 px: a visible cue, and the arrow keys scroll it', async () => {
    const { page, context, errors } = await openApp(browser, { viewport: PHONE });
    await loadSampleData(page);
    await page.goto(`${baseURL()}/programs?view=table`);
    const table = await sideScroll(page, 'Programs table');
    expect(table.scrollable).toBeGreaterThan(0);
    await page.getByText(/^More table columns to the right/).waitFor();
    await table.region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await sideScroll(page, 'Programs table')).left).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
