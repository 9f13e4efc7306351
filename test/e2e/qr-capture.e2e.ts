/**
 * Quick capture at a conference: a badge's QR code read by Chromium's fake
 * camera (fed a Y4M video of a vCard QR made here) with the network off, and
 * from a photo. The scanned person lands as a contact with the card's fields.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DESKTOP,
  PHONE,
  launchBrowser,
  loadSampleData,
  openApp,
  seriousViolations,
  waitForServiceWorkerControl,
} from './browser';
import { readStore } from './store';

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Okonkwo-Hale;Imani;;Dr.;',
  'FN:Dr. Imani Okonkwo-Hale',
  'ORG:Riverside Vascular Institute',
  'TITLE:Associate Program Director',
  'EMAIL;TYPE=WORK:imani.okonkwo@riverside.example',
  'TEL;TYPE=CELL:+1 555 010 0177',
  'URL:https://www.linkedin.com/in/imani-okonkwo-hale-9f3e21',
  'END:VCARD',
].join('\r\n');

const WIDTH = 640;
const HEIGHT = 480;

/** A few seconds of 4:2:0 video showing the QR code black on white, centred: what the fake camera plays on a loop. */
function qrVideo(text: string): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const margin = 4;
  const scale = Math.floor((HEIGHT - 40) / (size + margin * 2));
  const side = (size + margin * 2) * scale;
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);
  // A grey room around the white card.
  const luma = Buffer.alloc(WIDTH * HEIGHT, 120);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - margin;
      const col = Math.floor(x / scale) - margin;
      const dark = row >= 0 && col >= 0 && row < size && col < size && qr.modules.get(row, col) === 1;
      luma[(top + y) * WIDTH + left + x] = dark ? 16 : 235;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const frames = Array.from({ length: 20 }, () => frame);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), ...frames]);
}

async function openLogMeeting(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  const logButton = page.getByRole('banner').getByRole('button', { name: 'Log meeting' });
  if (!(await logButton.isVisible()) && (await menu.isVisible())) await menu.click();
  await logButton.click();
  const dialog = page.getByRole('dialog', { name: 'Log meeting' });
  await dialog.getByRole('combobox', { name: 'Contacts' }).waitFor();
  return dialog;
}

interface StoredContact {
  name: string;
  role: string;
  title: string;
  institution: string;
  email: string;
  phone: string;
  linkedinUrl: string;
  howMet: string | null;
}

async function expectImaniSaved(page: Page) {
  await expect
    .poll(async () => (await readStore<StoredContact>(page, 'contacts')).filter((c) => c.name.includes('Okonkwo-Hale')).length)
    .toBe(1);
  const [imani] = (await readStore<StoredContact>(page, 'contacts')).filter((c) => c.name.includes('Okonkwo-Hale'));
  expect(imani).toMatchObject({
    name: 'Dr. Imani Okonkwo-Hale',
    role: 'associate-pd',
    title: 'Associate Program Director',
    institution: 'Riverside Vascular Institute',
    email: 'imani.okonkwo@riverside.example',
    phone: '+1 555 010 0177',
    linkedinUrl: 'https://www.linkedin.com/in/imani-okonkwo-hale-9f3e21',
  });
}

let dir: string;
let browser: Browser;
let cameraBrowser: Browser;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-qr-'));
  const video = join(dir, 'badge.y4m');
  writeFileSync(video, qrVideo(VCARD));
  browser = await launchBrowser();
  cameraBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await cameraBrowser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scan a badge', () => {
  it('reads a vCard QR from the camera with the network off, and saves the person with the card’s fields', async () => {
    const watched = await openApp(cameraBrowser, { viewport: PHONE });
    const { page, context } = watched;
    await context.grantPermissions(['camera']);
    await loadSampleData(page);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

    const dialog = await openLogMeeting(page);
    await dialog.getByRole('button', { name: 'Scan a badge or QR code' }).click();
    const card = dialog.getByRole('group', { name: 'Dr. Imani Okonkwo-Hale · Riverside Vascular Institute' });
    await card.waitFor({ timeout: 20_000 });
    // Once read, the scanner closes and the camera is let go.
    await expect.poll(() => dialog.getByRole('region', { name: 'Scan a badge or QR code' }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.querySelector('video') === null)).toBe(true);
    expect(await card.getByRole('list', { name: /What the code says/ }).textContent()).toContain('Email: imani.okonkwo@riverside.example');
    expect(await dialog.getByRole('list', { name: 'Chosen contacts' }).textContent()).toContain('new · Riverside Vascular Institute');
    await page.screenshot({ path: '/tmp/qr-camera-390.png', fullPage: false });

    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectImaniSaved(page);
    const interactions = await readStore<{ contactIds: string[] }>(page, 'interactions');
    expect(interactions.some((i) => i.contactIds.length === 1)).toBe(true);

    expect(watched.foreignRequests).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('reads a vCard QR from a photo, and says a code with no contact holds none', async () => {
    const watched = await openApp(browser, { viewport: DESKTOP });
    const { page, context } = watched;
    await loadSampleData(page);
    const dialog = await openLogMeeting(page);
    await page.screenshot({ path: '/tmp/qr-dialog-before-1280.png' });
    await dialog.getByRole('button', { name: 'Scan a badge or QR code' }).click();
    const scanner = dialog.getByRole('region', { name: 'Scan a badge or QR code' });
    // Headless Chromium has no camera: said plainly, with the photo option.
    await scanner.getByText(/No camera was found|camera could not start|not allowed to use the camera/).waitFor();

    const photo = scanner.getByLabel('Choose a photo');
    expect(await photo.getAttribute('capture')).toBe('environment');
    const wifi = await QRCode.toBuffer('WIFI:T:WPA;S:SIR-Guest;P:interventional;;', { type: 'png', scale: 8 });
    await photo.setInputFiles({ name: 'wifi.png', mimeType: 'image/png', buffer: wifi });
    await scanner.getByText('This code is a Wi-Fi network login, not contact details. Nothing was saved.').waitFor();
    await page.screenshot({ path: '/tmp/qr-no-contact-1280.png' });
    expect(await seriousViolations(page)).toEqual([]);

    // A photo as a phone takes it: the code small in a large picture.
    const badge = await QRCode.toBuffer(VCARD, { type: 'png', scale: 6, margin: 30 });
    await photo.setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: badge });
    const card = dialog.getByRole('group', { name: 'Dr. Imani Okonkwo-Hale · Riverside Vascular Institute' });
    await card.waitFor();
    await page.screenshot({ path: '/tmp/qr-photo-1280.png' });
    await page.setViewportSize(PHONE);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/qr-photo-390.png' });
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectImaniSaved(page);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('keeps the decoder out of the first load and in the service worker’s precache, so scanning works offline', () => {
    const assets = readdirSync('dist/assets');
    const decoder = assets.find((f) => /^jsQR-.*\.js$/.test(f));
    const panel = assets.find((f) => /^scan-panel-.*\.js$/.test(f));
    expect(decoder).toBeDefined();
    expect(panel).toBeDefined();
    const sw = readFileSync('dist/sw.js', 'utf8');
    expect(sw).toContain(`assets/${decoder}`);
    expect(sw).toContain(`assets/${panel}`);
    // Only a dynamic import reaches it: neither the entry nor the dialog names it statically.
    for (const chunk of assets.filter((f) => /^(index|log-meeting-dialog)-.*\.js$/.test(f))) {
      const code = readFileSync(join('dist/assets', chunk), 'utf8');
      expect(code, chunk).not.toMatch(new RegExp(`from\\s*"\\./${decoder}"`));
    }
    // No eval and no WebAssembly in the decoder: it runs inside the CSP as it stands.
    const decoderCode = readFileSync(join('dist/assets', decoder ?? ''), 'utf8');
    expect(decoderCode).not.toMatch(/\beval\(|new Function\(|WebAssembly/);
  });
});
