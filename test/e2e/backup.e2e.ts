/**
 * Backup and import in Chromium: the 200-row LinkedIn file through the import
 * wizard, and a JSON backup carried into an empty browser profile.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLinkedInCsv } from '../fixtures/linkedin';
import { baseURL, launchBrowser, loadSampleData, openApp, PHONE, seriousViolations } from './browser';

const LINKEDIN_200 = fileURLToPath(new URL('../fixtures/linkedin-200.csv', import.meta.url));
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Rows per object store, read straight from IndexedDB. */
async function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('rapport');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const counts: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      counts[name] = await new Promise<number>((resolve) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return counts;
  });
}

const contactsStat = (page: Page) =>
  page.getByRole('list', { name: 'Your network at a glance' }).getByRole('link', { name: /Contacts$/ });

describe('import and backup in Chromium', () => {
  it('imports a 200-row LinkedIn file with 3 bad rows: the preview lists 199 to add, the 1 refusal and 2 notes on left-out values; confirm saves them', async () => {
    const fixture = buildLinkedInCsv(200);
    // The file on disk is the one the builder makes.
    expect(readFileSync(LINKEDIN_200, 'utf8')).toBe(fixture.csv);

    const { page, context, errors, foreignRequests } = await openApp(browser);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    const importSection = page.getByRole('region', { name: 'Import', exact: true });
    await importSection.getByRole('radio', { name: /LinkedIn/ }).check();
    await importSection.getByLabel('File to import').setInputFiles(LINKEDIN_200);

    const invalid = importSection.getByRole('table', { name: 'Rows that cannot be imported' });
    await invalid.waitFor();
    const summary = importSection.getByLabel('Import summary');
    await expect(summary.locator('dt:text-is("To add") + dd').textContent()).resolves.toBe('199');
    await expect(summary.locator('dt:text-is("Invalid, not imported") + dd').textContent()).resolves.toBe('1');
    await expect(importSection.getByText('199 of 200 rows ready to import', { exact: false }).count()).resolves.toBe(1);
    const rows = invalid.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    for (const [i, bad] of fixture.badRows.entries()) {
      const cells = rows.nth(i).locator('td');
      await expect(cells.nth(0).textContent()).resolves.toBe(String(bad.line));
      await expect(cells.nth(2).textContent()).resolves.toMatch(bad.reason);
    }
    const notes = importSection.getByRole('table', { name: 'Notes on rows that will be imported' }).locator('tbody tr');
    await expect(notes.count()).resolves.toBe(2);
    for (const [i, repaired] of fixture.repairedRows.entries()) {
      const cells = notes.nth(i).locator('td');
      await expect(cells.nth(0).textContent()).resolves.toBe(String(repaired.line));
      await expect(cells.nth(1).textContent()).resolves.toMatch(repaired.reason);
    }
    await expect(page.evaluate(async () => (await indexedDB.databases()).length)).resolves.toBeGreaterThan(0);
    await expect(tableCounts(page).then((c) => c.contacts)).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await importSection.screenshot({ path: `${SHOTS}/backup-import-preview-1280.png` });

    await importSection.getByRole('button', { name: 'Import 199 contacts' }).click();
    await importSection.getByText('Imported 199 contacts. 1 row was left out.').waitFor();
    await expect(tableCounts(page).then((c) => c.contacts)).resolves.toBe(199);

    // The contacts list screen is not on main yet, so the count is checked on Today and in IndexedDB.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today', exact: true }).click();
    await expect.poll(() => contactsStat(page).textContent()).toMatch(/^199/);
    // There is now data to lose and no backup: Today suggests one.
    const nudge = page.getByRole('region', { name: 'Backup reminder' });
    // Its own live query: it may show a moment after the counts.
    await expect.poll(() => nudge.getByText('You have not made a backup yet.').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/backup-today-nudge-1280.png` });
    const download = page.waitForEvent('download');
    await nudge.getByRole('button', { name: 'Export a backup' }).click();
    expect((await download).suggestedFilename()).toMatch(/^rapport-backup-\d{4}-\d\d-\d\d\.json$/);
    // This browser has not made Rapport's storage persistent, so the reminder stays to say so, now with the fresh backup.
    await expect(page.evaluate(() => navigator.storage.persisted())).resolves.toBe(false);
    await nudge.getByRole('heading', { name: 'Your data is not protected from automatic clean-up' }).waitFor();
    await expect.poll(() => nudge.getByText('Your last backup was today.').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/backup-today-unprotected-1280.png` });

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('exports everything, then restores it into an empty browser profile with every count equal', async () => {
    const first = await openApp(browser);
    await loadSampleData(first.page);
    await first.page.goto(`${baseURL()}/settings`);
    const backupSection = first.page.getByRole('region', { name: 'Backup and restore' });
    await backupSection.getByText('Never', { exact: true }).waitFor();
    const downloading = first.page.waitForEvent('download');
    await backupSection.getByRole('button', { name: 'Export everything (JSON)' }).click();
    const download = await downloading;
    const file = `${SHOTS}/rapport-e2e-backup.json`;
    await download.saveAs(file);
    await backupSection.getByText(/\(today\)$/).waitFor();
    const before = await tableCounts(first.page);
    expect(before.contacts).toBeGreaterThan(0);
    await first.page.screenshot({ path: `${SHOTS}/backup-settings-1280.png`, fullPage: true });
    await first.context.close();

    // A new context is a wiped browser: empty IndexedDB.
    const second = await openApp(browser, { path: '/settings' });
    const restore = second.page.getByRole('region', { name: 'Backup and restore' });
    await restore.getByLabel('Backup file (.json)').setInputFiles(file);
    const preview = restore.getByRole('region', { name: 'Backup to restore' });
    await preview.waitFor();
    await expect(preview.getByRole('row', { name: `Contacts ${before.contacts}` }).count()).resolves.toBe(1);
    await preview.getByRole('radio', { name: /Replace everything/ }).check();
    await restore.screenshot({ path: `${SHOTS}/backup-restore-preview-1280.png` });
    await preview.getByRole('button', { name: 'Replace everything…' }).click();
    const dialog = second.page.getByRole('dialog', { name: 'Replace everything?' });
    await second.page.screenshot({ path: `${SHOTS}/backup-restore-confirm-1280.png` });
    await expect(dialog.getByText('This replaces everything in Rapport with the file’s contents.').count()).resolves.toBe(1);
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await restore.getByText(/^Backup restored\./).waitFor();

    const after = await tableCounts(second.page);
    expect(after).toEqual({ ...before, trash: after.trash });
    await second.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today', exact: true }).click();
    await expect.poll(() => contactsStat(second.page).textContent()).toMatch(new RegExp(`^${before.contacts}`));
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('matches columns of any CSV on a phone-sized screen', async () => {
    const { page, context, errors } = await openApp(browser, { viewport: PHONE, path: '/settings' });
    const importSection = page.getByRole('region', { name: 'Import', exact: true });
    await importSection.getByRole('radio', { name: /Programs from a CSV/ }).check();
    await importSection.getByLabel('File to import').setInputFiles({
      name: 'programs.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Program,Institution,City,State,Track,Website\nLakeshore Integrated IR,Lakeshore Medical,Chicago,IL,Integrated IR,www.lakeshore.example/ir\nMaple Ridge ESIR,Maple Ridge Health,Denver,CO,ESIR,\n'),
    });
    await importSection.getByRole('combobox', { name: 'Column “Program”' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/backup-mapping-390.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await importSection.getByRole('button', { name: 'Preview the programs' }).click();
    await importSection.getByLabel('Import summary').waitFor();
    await page.screenshot({ path: `${SHOTS}/backup-preview-390.png`, fullPage: true });
    await importSection.getByRole('button', { name: 'Import 2 programs' }).click();
    await importSection.getByText('Imported 2 programs.').waitFor();
    await expect(tableCounts(page).then((c) => c.programs)).resolves.toBe(2);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.goto(`${baseURL()}/settings`);
    await page.getByRole('region', { name: 'Backup and restore' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/backup-settings-390.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
