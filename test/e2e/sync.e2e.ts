/**
 * Sync in Chromium: two browser contexts are two devices (a phone at 390×844 and a laptop at
 * 1280×800) against the CouchDB-compatible test server, which the preview serves under /couchdb on
 * the app's own origin. The laptop turns sync on with the sample network; the phone joins with "I
 * already use Rapport on another device"; a meeting logged on the phone reaches the laptop with its
 * reminder; the same contact edited on both while offline converges after reconnecting. No request
 * leaves the app's origin.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, DESKTOP, launchBrowser, loadSampleData, openApp, PHONE, type WatchedPage } from './browser';
import { contactIdByName, readStore } from './store';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PASSPHRASE = 'Interventional radiology, SIR in Nashville';
const CONTACT = 'Dr. Ben Kettering';

async function openSync(page: Page) {
  await page.goto(`${baseURL()}/settings#sync`);
  const section = page.getByRole('region', { name: 'Sync between your devices' });
  await section.waitFor();
  return section;
}

const syncState = (page: Page) => page.getByTestId('sync-state').getAttribute('data-state');

async function syncNow(page: Page) {
  const section = await openSync(page);
  await expect.poll(() => syncState(page), { timeout: 20_000 }).toMatch(/up-to-date|syncing|offline/);
  await section.getByRole('button', { name: 'Sync now' }).click();
  await section.getByRole('status').getByText('Synced.').waitFor({ timeout: 20_000 });
}

/** Errors other than the browser's own lines about requests that failed while offline or found nothing (PouchDB asks for checkpoints that do not exist yet). */
const realErrors = (watched: WatchedPage) => watched.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e));

describe('sync between a phone and a laptop', () => {
  it('carries a meeting from the phone to the laptop with its reminder, and converges offline edits', { timeout: 240_000 }, async () => {
    const database = `/couchdb/rapport-e2e-${Date.now()}`;
    const laptop = await openApp(browser, { viewport: DESKTOP });
    await loadSampleData(laptop.page);

    // The laptop turns sync on.
    let section = await openSync(laptop.page);
    expect(await syncState(laptop.page)).toBe('off');
    await section.getByRole('textbox', { name: 'Server address' }).fill(database);
    await section.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Turn on sync' }).click();
    await expect.poll(() => syncState(laptop.page), { timeout: 60_000 }).toBe('up-to-date');
    await section.screenshot({ path: '/tmp/sync-on-1280.png' });

    // The phone joins: a wrong passphrase first, refused next to the field.
    // The phone's first run offers the way in.
    const phone = await openApp(browser, { viewport: PHONE });
    await phone.page.getByRole('link', { name: 'I already use Rapport on another device' }).click();
    await phone.page.waitForURL((url) => url.pathname === '/settings' && url.hash === '#sync');
    section = phone.page.getByRole('region', { name: 'Sync between your devices' });
    await section.getByRole('textbox', { name: 'Server address' }).fill(database);
    await section.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
    await section.getByRole('button', { name: 'I already use Rapport on another device' }).click();
    await section.getByText('That passphrase does not open this sync account.').waitFor();
    await section.screenshot({ path: '/tmp/sync-wrong-passphrase-390.png' });
    expect(await readStore(phone.page, 'contacts')).toEqual([]);
    await section.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await section.getByRole('button', { name: 'I already use Rapport on another device' }).click();
    await expect.poll(() => syncState(phone.page), { timeout: 60_000 }).toBe('up-to-date');
    const laptopContacts = await readStore<{ id: string }>(laptop.page, 'contacts');
    await expect.poll(async () => (await readStore(phone.page, 'contacts')).length, { timeout: 30_000 }).toBe(laptopContacts.length);
    await section.screenshot({ path: '/tmp/sync-on-390.png' });

    // A meeting logged on the phone.
    await phone.page.goto(`${baseURL()}/`);
    await phone.page.getByRole('banner').getByRole('button', { name: 'Log meeting' }).click();
    const dialog = phone.page.getByRole('dialog', { name: 'Log meeting' });
    await dialog.getByRole('combobox', { name: 'Contacts' }).fill('Dr. Ben K');
    await dialog.getByRole('option', { name: new RegExp(`^${CONTACT}`) }).click();
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('conference-conversation');
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about the fellowship match at the poster hall');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await syncNow(phone.page);
    await syncNow(laptop.page);
    const meetings = await readStore<{ id: string; summary: string }>(laptop.page, 'interactions');
    const logged = meetings.find((m) => m.summary === 'Talked about the fellowship match at the poster hall');
    expect(logged).toBeDefined();
    const reminders = await readStore<{ interactionId: string | null; title: string }>(laptop.page, 'reminders');
    expect(reminders.filter((r) => r.interactionId === logged!.id).map((r) => r.title)).toEqual([`Thank ${CONTACT}`]);
    // And the laptop shows it on her page.
    const benId = await contactIdByName(laptop.page, CONTACT);
    await laptop.page.goto(`${baseURL()}/contacts/${encodeURIComponent(benId)}`);
    await laptop.page.getByText('Talked about the fellowship match at the poster hall').first().waitFor();

    // Both devices edit Ben while offline; the laptop's edit is the later one.
    await phone.context.setOffline(true);
    await laptop.context.setOffline(true);
    for (const [device, notes] of [
      [phone, 'Phone: asked about the ESIR pathway.'],
      [laptop, 'Laptop: sent him the abstract.'],
    ] as const) {
      await device.page.goto(`${baseURL()}/contacts/${encodeURIComponent(benId)}`);
      await device.page.getByRole('button', { name: 'Edit contact' }).click();
      const form = device.page.getByRole('dialog');
      await form.getByRole('textbox', { name: 'Notes' }).fill(notes);
      await form.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => form.count()).toBe(0);
      await device.page.waitForTimeout(50);
    }
    await phone.context.setOffline(false);
    await laptop.context.setOffline(false);
    await syncNow(phone.page);
    await syncNow(laptop.page);
    await syncNow(phone.page);
    const notesOn = async (page: Page) => (await readStore<{ id: string; notes: string }>(page, 'contacts')).find((c) => c.id === benId)?.notes;
    await expect.poll(() => notesOn(phone.page), { timeout: 20_000 }).toBe('Laptop: sent him the abstract.');
    expect(await notesOn(laptop.page)).toBe('Laptop: sent him the abstract.');
    // The phone's version is kept on his page, on both devices, to restore.
    for (const device of [phone, laptop]) {
      await device.page.goto(`${baseURL()}/contacts/${encodeURIComponent(benId)}`);
      const notice = device.page.getByRole('region', { name: 'Edited on another device at the same time' });
      await notice.getByRole('button', { name: 'Show' }).click();
      await notice.getByText('Phone: asked about the ESIR pathway.').waitFor();
    }
    await phone.page.getByRole('region', { name: 'Edited on another device at the same time' }).screenshot({ path: '/tmp/sync-conflict-390.png' });

    // The laptop remembers its key: a reload syncs again by itself.
    await laptop.page.reload();
    await openSync(laptop.page);
    await expect.poll(() => syncState(laptop.page), { timeout: 30_000 }).toBe('up-to-date');

    // Stop syncing on the laptop: its records stay.
    section = await openSync(laptop.page);
    await section.getByRole('button', { name: 'Stop syncing on this device…' }).click();
    await laptop.page.getByRole('dialog', { name: 'Stop syncing on this device?' }).getByRole('button', { name: 'Stop syncing' }).click();
    await expect.poll(() => syncState(laptop.page), { timeout: 20_000 }).toBe('off');
    expect((await readStore(laptop.page, 'contacts')).length).toBe(laptopContacts.length);

    // The phone joins again without keeping the key: after a reload it asks for the passphrase.
    section = await openSync(phone.page);
    await section.getByRole('button', { name: 'Stop syncing on this device…' }).click();
    await phone.page.getByRole('dialog', { name: 'Stop syncing on this device?' }).getByRole('button', { name: 'Stop syncing' }).click();
    await expect.poll(() => syncState(phone.page), { timeout: 20_000 }).toBe('off');
    await section.getByRole('textbox', { name: 'Server address' }).fill(database);
    await section.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await section.getByRole('checkbox', { name: /Remember on this device/ }).uncheck();
    await section.getByRole('button', { name: 'I already use Rapport on another device' }).click();
    await expect.poll(() => syncState(phone.page), { timeout: 30_000 }).toBe('up-to-date');
    await phone.page.reload();
    section = await openSync(phone.page);
    await expect.poll(() => syncState(phone.page), { timeout: 30_000 }).toBe('locked');
    await section.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Unlock sync' }).click();
    await expect.poll(() => syncState(phone.page), { timeout: 30_000 }).toBe('up-to-date');

    for (const device of [laptop, phone]) {
      expect(device.foreignRequests).toEqual([]);
      expect(device.cspViolations).toEqual([]);
      expect(realErrors(device)).toEqual([]);
    }
    await phone.context.close();
    await laptop.context.close();
  });
});
