/**
 * CSV import in Chromium: a Google Contacts CSV through Settings → Import,
 * with per-row notes in the preview for values left out, and a table of
 * programs pasted as tab-separated text, both through column matching.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOGLE_CSV } from '../fixtures/google-contacts';
import { launchBrowser, openApp, seriousViolations } from './browser';

const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('CSV import in Chromium', () => {
  it('imports a Google Contacts CSV: columns matched, notes on left-out values, all three contacts saved', async () => {
    const { page, context, errors, foreignRequests } = await openApp(browser);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    const importSection = page.getByRole('region', { name: 'Import', exact: true });
    await importSection.getByRole('radio', { name: /Contacts from any CSV/ }).check();
    await importSection.getByLabel('File to import').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOGLE_CSV) });

    // Google's headers are matched: several email and phone columns, the job title, the labels as tags.
    const column = (header: string) => importSection.getByRole('combobox', { name: `Column “${header}”` });
    await column('First Name').waitFor();
    await expect(column('E-mail 1 - Value').inputValue()).resolves.toBe('email');
    await expect(column('E-mail 2 - Value').inputValue()).resolves.toBe('email');
    await expect(column('Phone 3 - Value').inputValue()).resolves.toBe('phone');
    await expect(column('Organization Title').inputValue()).resolves.toBe('title');
    await expect(column('Labels').inputValue()).resolves.toBe('tags');
    await importSection.screenshot({ path: `${SHOTS}/csv-google-mapping-1280.png` });
    await importSection.getByRole('button', { name: 'Preview the contacts' }).click();

    const notes = importSection.getByRole('table', { name: 'Notes on rows that will be imported' });
    await notes.waitFor();
    const summary = importSection.getByLabel('Import summary');
    await expect(summary.locator('dt:text-is("To add") + dd').textContent()).resolves.toBe('3');
    await expect(summary.locator('dt:text-is("Invalid, not imported") + dd').textContent()).resolves.toBe('0');
    const noteRows = notes.locator('tbody tr');
    await expect(noteRows.count()).resolves.toBe(2);
    await expect(noteRows.nth(0).locator('td').nth(0).textContent()).resolves.toBe('3');
    await expect(noteRows.nth(0).locator('td').nth(1).textContent()).resolves.toMatch(/^Bo Lind: Phone not understood, left out: “call the office”/);
    await expect(noteRows.nth(1).locator('td').nth(0).textContent()).resolves.toBe('4');
    await expect(noteRows.nth(1).locator('td').nth(1).textContent()).resolves.toMatch(/^Cy Okafor: Email not understood, left out: “urn:li:member:8812”/);
    expect(await seriousViolations(page)).toEqual([]);
    await importSection.screenshot({ path: `${SHOTS}/csv-google-preview-1280.png` });

    await importSection.getByRole('button', { name: 'Import 3 contacts' }).click();
    await importSection.getByText('Imported 3 contacts.').waitFor();

    await importSection.getByRole('link', { name: 'Open contacts' }).click();
    await page.getByRole('link', { name: 'Ana María Reyes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ana María Reyes' }).waitFor();
    await expect(page.getByRole('link', { name: 'ana.reyes@mercy.example.org' }).first().getAttribute('href')).resolves.toBe('mailto:ana.reyes@mercy.example.org');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('imports programs pasted as a table, after saying what is wrong with an empty paste', async () => {
    const { page, context, errors } = await openApp(browser, { path: '/settings' });
    const importSection = page.getByRole('region', { name: 'Import', exact: true });
    await importSection.getByRole('radio', { name: /Programs from a CSV/ }).check();
    const box = importSection.getByRole('textbox', { name: 'Or paste a table' });
    await importSection.getByRole('button', { name: 'Use the pasted table' }).click();
    await importSection.getByText(/The paste box is empty/).waitFor();
    await expect(box.getAttribute('aria-invalid')).resolves.toBe('true');
    await importSection.screenshot({ path: `${SHOTS}/csv-paste-error-1280.png` });

    await box.fill('Program\tInstitution\tCity\tState\tTrack\nLakeshore Integrated IR\tLakeshore Medical, Chicago\tChicago\tIL\tIntegrated IR\nMaple Ridge ESIR\tMaple Ridge Health\tDenver\tCO\tESIR\n');
    await box.press('Tab');
    await page.keyboard.press('Enter');
    await importSection.getByRole('combobox', { name: 'Column “Institution”' }).waitFor();
    await importSection.getByRole('button', { name: 'Preview the programs' }).click();
    await importSection.getByRole('button', { name: 'Import 2 programs' }).click();
    await importSection.getByText('Imported 2 programs.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
