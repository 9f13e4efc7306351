/**
 * Two tabs of Rapport in one Chromium profile, and what one can do to the
 * other's open form: a deletion keeps the typed text (save it as a new
 * contact), and an upgrade of the database puts a clickable reload notice
 * above the open dialog.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openApp } from './browser';
import { contactIdByName, readStore } from './store';

const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function createContact(page: Page, name: string): Promise<void> {
  await page.goto(`${baseURL()}/contacts`);
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Role').selectOption({ label: 'IR attending' });
  await dialog.getByRole('button', { name: 'Save contact' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function openEditForm(page: Page, id: string, name: string) {
  await page.goto(`${baseURL()}/contacts/${id}`);
  await page.getByRole('button', { name: 'Edit contact' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  await dialog.getByLabel('Notes').fill('Spoke about Y-90 dosimetry; send my abstract in January.');
  return dialog;
}

describe('another tab', () => {
  it('deletes the contact being edited: the form stays with the typed text, and saves it as a new contact', async () => {
    const { page: tabA, context, errors } = await openApp(browser);
    await tabA.getByRole('button', { name: 'Start empty' }).click();
    await createContact(tabA, 'Dr. Priya Natarajan');
    const id = await contactIdByName(tabA, 'Dr. Priya Natarajan');
    const dialog = await openEditForm(tabA, id, 'Dr. Priya Natarajan');

    const tabB = await context.newPage();
    await tabB.goto(`${baseURL()}/contacts/${id}`);
    await tabB.getByRole('button', { name: 'Delete contact' }).click();
    await tabB.getByRole('dialog').getByRole('button', { name: 'Delete contact' }).click();
    await tabB.waitForURL((url) => url.pathname === '/contacts');

    await tabA.bringToFront();
    await dialog.getByText('Dr. Priya Natarajan was deleted in another tab or window').waitFor();
    await expect(dialog.getByLabel('Notes').inputValue()).resolves.toBe('Spoke about Y-90 dosimetry; send my abstract in January.');
    await tabA.screenshot({ path: `${SHOTS}/deleted-while-editing-1280.png` });
    await dialog.getByRole('button', { name: 'Save as a new contact' }).click();
    await tabA.getByText('Saved Dr. Priya Natarajan as a new contact.').waitFor();
    await tabA.getByRole('heading', { level: 1, name: 'Dr. Priya Natarajan' }).waitFor();
    const contacts = await readStore<{ id: string; notes: string }>(tabA, 'contacts');
    expect(contacts).toHaveLength(1);
    expect(contacts[0].id).not.toBe(id);
    expect(contacts[0].notes).toBe('Spoke about Y-90 dosimetry; send my abstract in January.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('upgrades the database: the reload notice shows above the open dialog and its button can be clicked', async () => {
    const { page: tabA, context } = await openApp(browser);
    await tabA.getByRole('button', { name: 'Start empty' }).click();
    await createContact(tabA, 'Dr. Lena Ortiz');
    const id = await contactIdByName(tabA, 'Dr. Lena Ortiz');
    const dialog = await openEditForm(tabA, id, 'Dr. Lena Ortiz');

    // Tab B opens the database at a higher version, as a newer Rapport would.
    const tabB = await context.newPage();
    await tabB.goto(`${baseURL()}/settings`);
    await tabB.evaluate(async () => {
      const current = (await indexedDB.databases()).find((d) => d.name === 'rapport')?.version ?? 1;
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rapport', current + 1);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error('blocked'));
      });
    });

    await tabA.bringToFront();
    const notice = tabA.getByRole('alertdialog', { name: 'Rapport was updated in another tab' });
    await notice.waitFor();
    // The dialog and its text are still there underneath.
    await expect(dialog.getByLabel('Notes').inputValue()).resolves.toBe('Spoke about Y-90 dosimetry; send my abstract in January.');
    // The button is the element at its own centre: nothing (no backdrop) covers it.
    const reload = notice.getByRole('button', { name: 'Reload now' });
    await expect(reload.evaluate((button) => document.activeElement === button)).resolves.toBe(true);
    const box = await reload.boundingBox();
    if (!box) throw new Error('The reload button has no box.');
    await expect(
      tabA.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent ?? '', { x: box.x + box.width / 2, y: box.y + box.height / 2 }),
    ).resolves.toBe('Reload now');
    await tabA.screenshot({ path: `${SHOTS}/schema-notice-over-dialog-1280.png` });
    // Escape answers the form's question rather than dropping the text.
    await dialog.getByLabel('Notes').focus();
    await tabA.keyboard.press('Escape');
    await dialog.getByRole('alertdialog', { name: /Discard these changes\?/ }).waitFor();
    // The form still holds typed text, so the browser asks before the reload: the test says leave.
    const asked: string[] = [];
    tabA.on('dialog', (question) => {
      asked.push(question.type());
      void question.accept();
    });
    await reload.click({ timeout: 5000, noWaitAfter: true });
    await tabA.waitForEvent('load');
    expect(asked).toEqual(['beforeunload']);
    await context.close();
  });
});
