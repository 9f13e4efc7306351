/**
 * What every screen shares, in Chromium: toasts stack where they cover no primary button,
 * and the programs board shows (and lets the keyboard reach) what scrolls out of view.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, openApp, PHONE } from './browser';

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
