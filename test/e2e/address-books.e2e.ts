/**
 * A phone's address book into Rapport in Chromium: an Android vCard 2.1 file
 * (quoted-printable, bare types, a photo, a card with unusable values) goes
 * through Settings → Import; the preview notes what was left out, and the
 * contacts land with every email and phone.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, navigateTo, openApp, PHONE, seriousViolations } from './browser';

const ANDROID_VCF = fileURLToPath(new URL('../fixtures/android-contacts-2.1.vcf', import.meta.url));
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('address books in Chromium', () => {
  it.each([
    { width: 1280, height: 800 },
    { width: PHONE.width, height: PHONE.height },
  ])('imports an Android vCard 2.1 file at $width px: notes in the preview, every email and phone kept', async (viewport) => {
    const { page, context, errors, foreignRequests } = await openApp(browser, { viewport });
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await navigateTo(page, 'Settings', '/settings');
    const importSection = page.getByRole('region', { name: 'Import', exact: true });
    await importSection.getByRole('radio', { name: /vCard/ }).check();
    await importSection.getByLabel('File to import').setInputFiles(ANDROID_VCF);

    const summary = importSection.getByLabel('Import summary');
    await summary.waitFor();
    await expect(summary.locator('dt:text-is("To add") + dd').textContent()).resolves.toBe('3');
    const notes = importSection.getByRole('table', { name: 'Notes on rows that will be imported' }).locator('tbody tr');
    await expect(notes.allTextContents()).resolves.toEqual([
      '2Chidi Okafor: Not kept (Rapport has no place for it): photo',
      expect.stringMatching(/^3Samir Haddad: Email not understood, left out/),
      expect.stringMatching(/^3Samir Haddad: Phone 1 not understood, left out/),
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await importSection.screenshot({ path: `${SHOTS}/address-books-preview-${viewport.width}.png` });

    await importSection.getByRole('button', { name: 'Import 3 contacts' }).click();
    await importSection.getByText('Imported 3 contacts.').waitFor();

    await navigateTo(page, 'Contacts', '/contacts');
    await page.getByRole('link', { name: 'Dr. Ana María Pérez' }).first().click();
    const reach = page.getByRole('region', { name: 'Reach' });
    await reach.waitFor();
    await expect(reach.getByRole('link', { name: /@/ }).allTextContents()).resolves.toEqual(['ana.perez@lakeshore.example', 'ana.maria@example.org']);
    await expect(reach.getByRole('link', { name: /^\+1-555/ }).allTextContents()).resolves.toEqual(['+1-555-010-0142', '+1-555-010-0143']);
    await expect(page.getByText('Met at SIR — suggested a Y-90 outcomes project; follow up in March.').count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/address-books-contact-${viewport.width}.png`, fullPage: true });

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
