/**
 * Contacts and programs in Chromium: create a program and a contact linked to
 * it, see the link from both sides, find the contact by search and by the
 * palette, move the program on the board, delete the contact and undo. Then
 * the list at phone width, and a measurement of the list with 10,000 contacts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, launchBrowser, loadSampleData, navigateTo, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('contacts and programs', () => {
  it('creates a program and a linked contact, finds her, moves the program, deletes her and undoes it', async () => {
    const { page, errors, foreignRequests, context } = await openApp(browser, { viewport: DESKTOP });
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

    // A program first, so the contact can be linked to it.
    await navigateTo(page, 'Programs', '/programs');
    await page.getByRole('button', { name: 'New program' }).click();
    const programDialog = page.getByRole('dialog', { name: 'New program' });
    await programDialog.getByLabel('Program name').fill('Larkfield Integrated IR');
    await programDialog.getByLabel('Track').selectOption({ label: 'Integrated IR' });
    await programDialog.getByLabel('State').fill('OR');
    await programDialog.getByRole('button', { name: 'Save program' }).click();
    await page.getByRole('heading', { level: 1, name: 'Larkfield Integrated IR' }).waitFor();
    const programUrl = page.url();

    // A contact linked to it; a bad link is refused first, with nothing saved.
    await navigateTo(page, 'Contacts', '/contacts');
    await page.getByRole('heading', { name: 'No contacts yet' }).waitFor();
    await page.getByRole('button', { name: 'New contact' }).click();
    const contactDialog = page.getByRole('dialog', { name: 'New contact' });
    await contactDialog.getByLabel('Name').fill('Dr. Priya Raman');
    await contactDialog.getByLabel('Role').selectOption({ label: 'Associate program director' });
    await contactDialog.getByLabel('Institution').fill('Larkfield University');
    await contactDialog.getByLabel('Email').fill('priya.raman@larkfield.example');
    await contactDialog.getByLabel('LinkedIn').fill('javascript:alert(1)');
    await contactDialog.getByRole('checkbox', { name: /Larkfield Integrated IR/ }).check();
    await contactDialog.getByRole('button', { name: 'Save contact' }).click();
    await expect.poll(() => contactDialog.getByText('Enter a web address starting with https://').isVisible()).toBe(true);
    await contactDialog.getByLabel('LinkedIn').fill('https://www.linkedin.com/in/priya-raman');
    await contactDialog.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dr. Priya Raman' }).waitFor();
    await expect(page.getByRole('link', { name: 'priya.raman@larkfield.example' }).getAttribute('href')).resolves.toBe(
      'mailto:priya.raman@larkfield.example',
    );

    // She shows on the program page.
    await page.getByRole('region', { name: 'Programs' }).getByRole('link', { name: 'Larkfield Integrated IR' }).click();
    await page.waitForURL(programUrl);
    const people = page.getByRole('list', { name: 'Contacts at Larkfield Integrated IR' });
    await expect.poll(() => people.textContent()).toContain('Dr. Priya Raman');

    // The list search finds her; the palette opens her page.
    await navigateTo(page, 'Contacts', '/contacts');
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('larkfield raman');
    await expect.poll(() => page.getByTestId('contact-row').allTextContents()).toEqual([expect.stringContaining('Dr. Priya Raman')]);
    await expect.poll(() => page.url()).toContain('q=larkfield+raman');
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('nobody');
    await page.getByRole('heading', { name: 'No contacts match' }).waitFor();

    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Search' });
    await palette.getByRole('combobox', { name: 'Search everything' }).fill('priya');
    await palette.getByRole('option', { name: /Dr. Priya Raman/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Dr. Priya Raman' }).waitFor();
    const contactUrl = page.url();

    // The program moves on the board by drag and drop, and by keyboard.
    await navigateTo(page, 'Programs', '/programs');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Larkfield Integrated IR' }) });
    await card.dragTo(page.getByRole('region', { name: /^Applied \d+$/ }));
    await expect
      .poll(() => page.getByRole('region', { name: /^Applied \d+$/ }).getByRole('link', { name: 'Larkfield Integrated IR' }).count())
      .toBe(1);
    await page.getByRole('link', { name: 'Larkfield Integrated IR' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('region', { name: /^Interview invited \d+$/ }).getByRole('link', { name: 'Larkfield Integrated IR' }).count())
      .toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Larkfield Integrated IR');
    await page.screenshot({ path: '/tmp/e2e-programs-board-1280.png' });

    // Delete with a confirm step, then Undo from the toast.
    await page.goto(contactUrl);
    await page.getByRole('button', { name: 'Delete contact' }).click();
    await page.getByRole('dialog', { name: 'Delete Dr. Priya Raman?' }).getByRole('button', { name: 'Delete contact' }).click();
    await page.waitForURL((url) => url.pathname === '/contacts');
    await page.getByRole('heading', { name: 'No contacts yet' }).waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('contact-row').count()).toBe(1);
    await page.goto(programUrl);
    await expect.poll(() => people.textContent()).toContain('Dr. Priya Raman');

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows the contacts list well at phone width', async () => {
    const { page, errors, context } = await openApp(browser, { viewport: PHONE });
    await loadSampleData(page);
    await navigateTo(page, 'Contacts', '/contacts');
    await page.getByTestId('contact-row').first().waitFor();
    await expect(page.getByRole('status').first().textContent()).resolves.toBe('40 contacts');
    // Nothing spills sideways at 390 px.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    const firstRow = await page.getByTestId('contact-row').first().boundingBox();
    expect(firstRow?.width).toBeLessThanOrEqual(PHONE.width);

    // Filters fold away behind a button on a phone.
    await expect(page.getByLabel('Stage').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByLabel('Stage').selectOption({ label: 'Mentor' });
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Showing \d+ of 40$/);
    await page.screenshot({ path: '/tmp/e2e-contacts-390.png' });

    await page.getByTestId('contact-row').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility of what the route-level axe run does not reach', () => {
  // test/e2e/a11y.e2e.ts checks every route; this adds the dialogs, the table view and the palette, at every impact level.
  it('has no axe violations in the contact and program forms, the programs table or the search palette', async () => {
    const { page, errors, context } = await openApp(browser, { viewport: DESKTOP });
    await loadSampleData(page);
    const violations: string[] = [];
    const check = async (screen: string) => {
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations) violations.push(`${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    };
    await navigateTo(page, 'Contacts', '/contacts');
    await page.getByTestId('contact-row').nth(3).getByRole('link').click();
    await page.getByRole('button', { name: 'Edit contact' }).click();
    await page.getByRole('dialog').waitFor();
    await check('contact form');
    await page.keyboard.press('Escape');
    await navigateTo(page, 'Programs', '/programs');
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table').waitFor();
    await check('programs table');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Edit program' }).click();
    await page.getByRole('dialog').waitFor();
    await check('program form');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('ald');
    await page.getByRole('dialog', { name: 'Search' }).getByRole('option').first().waitFor();
    await check('search palette');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

/** Writes `count` contacts straight into IndexedDB, as the app's schema stores them. */
async function seedContacts(page: Page, count: number) {
  await page.evaluate(async (total) => {
    const first = ['Amara', 'Ben', 'Carmen', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonah', 'Kalani', 'Leona'];
    const last = ['Abernathy', 'Bellweather', 'Castellano', 'Drummond', 'Eskildsen', 'Farrow', 'Galloway', 'Halvorsen', 'Ilunga'];
    const places = ['Aldercrest', 'Bramblewood', 'Coppergate', 'Duneridge', 'Fernhollow', 'Glenmoor', 'Hollowbrook'];
    const roles = ['ir-attending', 'program-director', 'resident', 'ir-fellow', 'coordinator', 'dr-faculty'];
    const stages = ['identified', 'contacted', 'met', 'engaged', 'mentor', 'advocate'];
    const tags = ['PAD', 'venous', 'SIR', 'research', 'embolization', 'interest group'];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stamp = new Date().toISOString();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('contacts', 'readwrite');
      const store = tx.objectStore('contacts');
      for (let i = 0; i < total; i++) {
        const name = `${i % 3 === 0 ? 'Dr. ' : ''}${first[i % first.length]} ${last[(i * 7) % last.length]} ${i}`;
        store.put({
          id: crypto.randomUUID(),
          createdAt: stamp,
          updatedAt: stamp,
          name,
          role: roles[i % roles.length],
          title: 'Interventional radiology',
          institution: `${places[i % places.length]} University Hospital`,
          programIds: [],
          email: `person${i}@example.org`,
          phone: '',
          linkedinUrl: '',
          xUrl: '',
          tags: [tags[i % tags.length], tags[(i * 5) % tags.length]],
          interests: [],
          howMet: null,
          introducedById: null,
          stage: stages[i % stages.length],
          mentorSignals: { suggestsOpportunities: false, offersIntroductions: false, givesCriticalFeedback: false },
          letterStatus: 'none',
          cadenceDays: null,
          notes: i % 4 === 0 ? `Met at the ${places[i % places.length]} open house; talked about Y-90 and PAD outcomes.` : '',
          lastTouchAt: i % 5 === 0 ? null : new Date(Date.now() - (i % 400) * 86_400_000).toISOString(),
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

/** Milliseconds for a raw IndexedDB read of every contact (what db.contacts.toArray() does). */
function rawReadMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const start = performance.now();
    await new Promise((resolve, reject) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const ms = performance.now() - start;
    db.close();
    return ms;
  });
}

/** In the page: time from an action to the list's count text reading `expected`. */
function timeUntilCount(page: Page, action: 'click-contacts' | { type: string }, expected: RegExp): Promise<number> {
  return page.evaluate(
    ({ action, pattern }) =>
      new Promise<number>((resolve, reject) => {
        const re = new RegExp(pattern);
        const counted = () =>
          [...document.querySelectorAll('[role="status"]')].some((el) => re.test(el.textContent ?? '')) &&
          document.querySelector('[data-testid="contact-row"]') !== null;
        let start = 0;
        const observer = new MutationObserver(() => {
          if (start && counted()) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error('The list did not show in time')), 20_000);
        start = performance.now();
        if (action === 'click-contacts') {
          document.querySelector<HTMLAnchorElement>('nav a[href="/contacts"]')?.click();
        } else {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]');
          if (!input) throw new Error('No search field');
          // Set the value the way typing does, so React sees an input event.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, action.type);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }),
    { action, pattern: expected.source },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('contacts list at 10,000 contacts (measured, not judged)', () => {
  it('renders only a window of rows and reports how long showing and searching take', async () => {
    const TOTAL = 10_000;
    const { page, errors, context } = await openApp(browser, { viewport: DESKTOP });
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await seedContacts(page, TOTAL);

    const raw = [];
    for (let i = 0; i < 5; i++) raw.push(await rawReadMs(page));

    // Cold: a full page load straight onto the list.
    const coldStart = Date.now();
    await page.goto(page.url().replace(/\/$/, '') + '/contacts');
    await page.getByText('10,000 contacts').waitFor({ timeout: 30_000 });
    await page.getByTestId('contact-row').first().waitFor();
    const coldMs = Date.now() - coldStart;

    // Warm: the app is loaded; navigate to the list from another screen.
    const warm = [];
    for (let i = 0; i < 5; i++) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today', exact: true }).click();
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      warm.push(await timeUntilCount(page, 'click-contacts', /^10,000 contacts$/));
    }

    const rowsAtTop = await page.getByTestId('contact-row').count();
    expect(rowsAtTop).toBeGreaterThan(0);
    expect(rowsAtTop).toBeLessThanOrEqual(100);

    // Scrolled to the middle, the window moves with it and stays small.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => page.getByTestId('contact-row').first().getAttribute('aria-posinset').then(Number)).toBeGreaterThan(4000);
    const rowsMidway = await page.getByTestId('contact-row').count();
    expect(rowsMidway).toBeLessThanOrEqual(100);
    await page.evaluate(() => window.scrollTo(0, 0));

    // Keystrokes: from the full list, time from the input event to the narrowed count and rows on screen.
    const keystrokes: number[] = [];
    for (const text of ['a', 'am', 'ama', 'amara', 'aldercrest', 'pad', 'y-90 pad', 'person42', 'farrow 7', 'dr grace']) {
      keystrokes.push(await timeUntilCount(page, { type: text }, /^Showing [\d,]+ of 10,000$/));
      await timeUntilCount(page, { type: '' }, /^10,000 contacts$/);
    }
    await timeUntilCount(page, { type: 'aldercrest' }, /^Showing [\d,]+ of 10,000$/);
    const rowsWhileSearching = await page.getByTestId('contact-row').count();
    expect(rowsWhileSearching).toBeLessThanOrEqual(100);

    const figures = {
      contacts: TOTAL,
      rawIndexedDbGetAllMs: { median: Math.round(median(raw)), runs: raw.map(Math.round) },
      coldPageLoadToListMs: coldMs,
      warmNavigationToListMs: { median: Math.round(median(warm)), runs: warm.map(Math.round) },
      warmToRawRatio: Number((median(warm) / median(raw)).toFixed(2)),
      keystrokeToResultsMs: { median: Math.round(median(keystrokes)), max: Math.round(Math.max(...keystrokes)), runs: keystrokes.map(Math.round) },
      rowElementsInDom: { atTop: rowsAtTop, midway: rowsMidway, whileSearching: rowsWhileSearching },
    };
    console.log(`contacts list at ${TOTAL}: ${JSON.stringify(figures, null, 2)}`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/contacts-list-e2e.json', `${JSON.stringify(figures, null, 2)}\n`);
    await page.screenshot({ path: '/tmp/e2e-contacts-10k-1280.png' });

    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
