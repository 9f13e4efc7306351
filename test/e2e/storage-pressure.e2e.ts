/**
 * Storage pressure and interrupted imports in Chromium, on a quota-limited
 * origin: the DevTools protocol's Storage.overrideQuotaForOrigin makes the
 * browser refuse writes past a few megabytes, as a nearly full disk does.
 *
 * Headless Chromium's navigator.storage.estimate() does not report that
 * limit (it reports a fixed quota of gigabytes even on an 80 MB disk), so the
 * up-front test also has estimate() report the enforced quota, as Chrome
 * does on a real nearly full disk. The mid-import test leaves estimate()
 * alone: it says there is room, and the write still runs out.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLinkedInCsv } from '../fixtures/linkedin';
import { baseURL, launchBrowser, openApp } from './browser';
import { readStore } from './store';

const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function limitQuota(page: Page, bytes: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL()).origin, quotaSize: bytes });
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Import', exact: true });
  await section.getByRole('radio', { name: /LinkedIn/ }).check();
  return section;
}

async function chooseLinkedIn(page: Page, rows: number) {
  const section = await openImport(page);
  const fixture = buildLinkedInCsv(rows);
  await section.getByLabel('File to import').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(fixture.csv) });
  const confirm = section.getByRole('button', { name: /^Import \d+ contacts$/ });
  await confirm.waitFor({ timeout: 90_000 });
  return { section, confirm };
}

describe('storage pressure', () => {
  it('an import that would not fit is refused up front with the sizes, and nothing is written', async () => {
    const quota = 4_000_000;
    const { page, context, errors } = await openApp(browser, {
      beforeGoto: async (p) => {
        await limitQuota(p, quota);
        await p.addInitScript((q) => {
          const real = navigator.storage.estimate.bind(navigator.storage);
          navigator.storage.estimate = async () => ({ ...(await real()), quota: q });
        }, quota);
      },
    });
    const { section, confirm } = await chooseLinkedIn(page, 2000);
    const before = await readStore(page, 'contacts');
    await confirm.click();
    const message = section.getByRole('alert').filter({ hasText: 'not enough room on this device for this import' });
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/it needs about [\d.]+ MB .* about [\d.]+ MB left for Rapport\. Nothing was changed\./);
    await expect(section.getByText('Import cancelled').count()).resolves.toBe(0);
    expect(await readStore(page, 'contacts')).toEqual(before);
    await section.screenshot({ path: `${SHOTS}/storage-refused-up-front-1280.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('storage running out in the middle of an import says storage is full, not cancelled, and writes nothing', async () => {
    const { page, context } = await openApp(browser, { beforeGoto: (p) => limitQuota(p, 1_000_000) });
    const { section, confirm } = await chooseLinkedIn(page, 10_000);
    await confirm.click();
    const message = section.getByRole('alert').filter({ hasText: 'no room left for Rapport’s data' });
    await message.waitFor({ timeout: 60_000 });
    await expect(section.getByText('Import cancelled').count()).resolves.toBe(0);
    await expect(readStore(page, 'contacts').then((rows) => rows.length)).resolves.toBe(0);
    await section.screenshot({ path: `${SHOTS}/storage-full-mid-import-1280.png` });
    await context.close();
  });
});

describe('leaving during an import', () => {
  it('asks before the tab reloads, and after the reload says the import did not finish; nothing was saved', async () => {
    const { page, context } = await openApp(browser);
    const { confirm } = await chooseLinkedIn(page, 10_000);
    // Slow the saving down so the reload lands while it runs.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await confirm.click();
    await page.getByText('Saving…').waitFor();
    await page.reload();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    expect(dialogs).toEqual(['beforeunload']);
    const notice = page.getByRole('alert').filter({ hasText: 'The import did not finish.' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/nothing from it was saved\. Import the file again\./);
    await expect(readStore(page, 'contacts').then((rows) => rows.length)).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/import-interrupted-notice-1280.png` });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    await context.close();
  });
});
