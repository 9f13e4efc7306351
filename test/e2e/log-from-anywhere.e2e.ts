/**
 * Log meeting from where the user is, in Chromium: a contact's page presets
 * her and her program; a reminder's row presets its person and marks the
 * reminder done with the save. At phone size, what Save will do is on screen
 * before saving.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Interaction, Reminder } from '../../src/domain/entities';
import { baseURL, launchBrowser, loadSampleData, openApp, PHONE } from './browser';
import { readStore } from './store';

const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('log meeting from where you are', () => {
  it('from a contact page: she is chosen, her program too; at 390 wide the Save summary is visible before saving', async () => {
    const { page, context, errors } = await openApp(browser, { viewport: PHONE });
    await loadSampleData(page);
    const contacts = await readStore<Contact>(page, 'contacts');
    const names = contacts.map((c) => c.name);
    const her = contacts.find((c) => c.programIds.length === 1 && names.filter((n) => n === c.name).length === 1);
    if (!her) throw new Error('The sample has no contact with exactly one program.');

    await page.goto(`${baseURL()}/contacts/${her.id}`);
    await page.getByRole('main').getByRole('button', { name: 'Log meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log meeting' });
    await dialog.getByRole('list', { name: 'Chosen contacts' }).getByText(her.name, { exact: true }).waitFor();
    await expect(dialog.getByRole('combobox', { name: 'Program' }).inputValue()).resolves.toBe(her.programIds[0]);
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked through her fellowship and the Y-90 cases');
    const summary = dialog.locator('.save-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^Save · /);
    const box = await summary.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    await page.screenshot({ path: `${SHOTS}/log-from-contact-390.png` });

    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const logged = (await readStore<Interaction>(page, 'interactions')).filter((i) => i.summary.startsWith('Talked through her fellowship'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ contactIds: [her.id], programId: her.programIds[0] });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('from a reminder row: its person is chosen and saving marks the reminder done', async () => {
    const { page, context, errors } = await openApp(browser);
    await loadSampleData(page);
    await page.goto(`${baseURL()}/reminders`);
    const row = page.getByRole('article').filter({ has: page.getByRole('button', { name: 'Log meeting' }) }).first();
    const title = await row.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '');
    expect(title).not.toBe('');
    await row.getByRole('button', { name: 'Log meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log meeting' });
    const tick = dialog.getByRole('checkbox', { name: `Mark the reminder “${title}” done when this is saved` });
    await expect(tick.isChecked()).resolves.toBe(true);
    await expect.poll(() => dialog.locator('.save-summary').textContent()).toContain(`“${title}” done`);
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Sent the update they asked for');
    await page.screenshot({ path: `${SHOTS}/log-from-reminder-1280.png` });
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const reminders = await readStore<Reminder>(page, 'reminders');
    expect(reminders.find((r) => r.title === title)?.status).toBe('done');
    expect(errors).toEqual([]);
    await context.close();
  });
});
