/**
 * Removing the sample in Chromium after editing one of its people: the edit
 * stays (the person is the user's now), everything else goes, and Undo
 * brings the sample back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loadSampleData, navigateTo, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Contacts in IndexedDB, read directly: name, note and whether still marked as a sample. */
function storedContacts(page: Page): Promise<{ name: string; notes: string; sample: boolean }[]> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('rapport');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<{ name: string; notes: string; sample?: boolean }[]>((resolve) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result as { name: string; notes: string; sample?: boolean }[]);
    });
    db.close();
    return rows.map((r) => ({ name: r.name, notes: r.notes, sample: r.sample === true }));
  });
}

describe('removing the sample in Chromium', () => {
  it('keeps a sample contact the user edited, and Undo brings the sample back', async () => {
    const { page, context, errors } = await openApp(browser);
    await loadSampleData(page);
    const total = (await storedContacts(page)).length;

    await navigateTo(page, 'Contacts', '/contacts');
    await page.getByRole('main').getByRole('link', { name: /^Dr\.|^[A-Z]/ }).first().click();
    // The name is read off the page that opened: the list may still be settling when its first link is read.
    await page.getByRole('button', { name: 'Edit contact' }).waitFor();
    const name = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    await page.getByRole('button', { name: 'Edit contact' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Notes').fill('My own note: offered to review my personal statement in January.');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });

    await navigateTo(page, 'Today', '/');
    await page.getByRole('region', { name: 'Sample data' }).getByRole('button', { name: 'Remove sample data' }).click();
    const toast = page.getByRole('status').locator('li').filter({ hasText: 'Removed' });
    await expect(toast.textContent()).resolves.toMatch(new RegExp(`Kept .*${name.replace(/[.]/g, "\\.")}`));
    // She stays, edit and all; so may the people her record points at (who introduced her), and nothing else.
    await expect.poll(async () => (await storedContacts(page)).length < total).toBe(true);
    const left = await storedContacts(page);
    expect(left).toContainEqual({ name, notes: 'My own note: offered to review my personal statement in January.', sample: false });
    expect(left.every((c) => !c.sample)).toBe(true);
    expect(left.length).toBeLessThanOrEqual(3);
    await expect(page.getByRole('region', { name: 'Sample data' }).count()).resolves.toBe(0);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('region', { name: 'Sample data' }).waitFor();
    await expect.poll(async () => (await storedContacts(page)).length).toBe(total);
    const edited = (await storedContacts(page)).find((c) => c.name === name);
    expect(edited?.notes).toBe('My own note: offered to review my personal statement in January.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
