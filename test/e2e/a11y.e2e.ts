import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { NAV_SCREENS } from '../../src/app/screens';
import { baseURL, launchBrowser, loadSampleData, openApp, PHONE, seriousViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Detail routes found from the sample: the first contact and program pages. */
async function detailPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open('rapport');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const firstKey = (store: string) =>
      new Promise<string>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAllKeys(null, 1);
        request.onsuccess = () => resolve(String(request.result[0]));
      });
    const paths = [`/contacts/${await firstKey('contacts')}`, `/programs/${await firstKey('programs')}`];
    db.close();
    return paths;
  });
}

describe.each([
  { scheme: 'light' as const, viewport: undefined },
  { scheme: 'dark' as const, viewport: PHONE },
])('accessibility ($scheme)', ({ scheme, viewport }) => {
  it('every route passes axe (wcag2a, wcag2aa) with no serious or critical violation', { timeout: 240_000 }, async () => {
    const { page, context } = await openApp(browser, { colorScheme: scheme, ...(viewport ? { viewport } : {}) });
    await page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
    const found: Record<string, string[]> = { 'first run': await seriousViolations(page) };
    await loadSampleData(page);
    const paths = [...NAV_SCREENS.map((s) => s.path), ...(await detailPaths(page)), '/search?q=papers', '/no-such-page'];
    for (const path of paths) {
      await page.goto(baseURL() + path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(150);
      found[path] = await seriousViolations(page);
    }
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(NAV_SCREENS.length + 4);
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    await context.close();
  });
});
