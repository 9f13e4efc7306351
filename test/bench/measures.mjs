/** The browser measurements, each a function of the bench context. Median of RUNS each. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { BARE_BASE, firstPaints } from './bare-app.mjs';

/**
 * First contentful paint of a first visit (fresh browser context: no cache, no service worker,
 * an empty database), Rapport against the bare app (bare-app.mjs), RUNS each, alternating.
 */
export async function firstPaintVsBare({ base, RUNS, record, CHROMIUM, ARGS }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const { app, bare } = await firstPaints(browser, base + '/', base + BARE_BASE, Math.max(RUNS, 5));
    record(
      'first contentful paint, first visit (ms)',
      app.map((r) => r.fcp),
      bare.map((r) => r.fcp),
      '≤ 1.2× bare',
      "fresh context per load, app and bare app alternating; the app's first paint is index.html's static header and navigation",
    );
    record('first visit → page rendered by script, a heading shown (ms)', app.map((r) => r.rendered), bare.map((r) => r.rendered), '—', 'the app: its first screen (onboarding on a first visit); the bare app: its heading');
  } finally {
    await browser.close();
  }
}

/** Milliseconds from navigation start to Today showing `count` contacts in "Your network at a glance". */
async function loadToday(page, base, count) {
  await page.goto('about:blank');
  await page.goto(base + '/');
  await page.waitForFunction(
    (count) => new RegExp(`(^|\\D)${count}\\s*Contacts`).test(document.querySelector('[aria-label="Your network at a glance"]')?.textContent ?? ''),
    count,
    { timeout: 60_000 },
  );
  return page.evaluate(() => performance.now());
}

/**
 * Cold start: a fresh page load to Today showing real counts from the 10,000-contact database,
 * against the same load with an empty database (its own on-disk profile, "Start empty" chosen
 * once), alternating the two.
 */
export async function coldStart({ page, base, RUNS, record, CHROMIUM, ARGS }) {
  const emptyDir = mkdtempSync(join(tmpdir(), 'rapport-bench-empty-'));
  const empty = await chromium.launchPersistentContext(emptyDir, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const emptyPage = await empty.newPage();
    await emptyPage.goto(base + '/');
    await emptyPage.getByRole('button', { name: 'Start empty' }).click();
    await emptyPage.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const times = [];
    const emptyTimes = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(await loadToday(page, base, 10000));
      emptyTimes.push(await loadToday(emptyPage, base, 0));
    }
    record('cold start to Today with data (ms)', times, emptyTimes, '≤ 1.3× empty database', 'baseline: the same load with an empty database, alternating');
  } finally {
    await empty.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

/** Contacts list first render, against a raw toArray of the same rows, and the DOM row count. */
export async function contactsList({ page, base, RUNS, record, timeRawToArray, rawDexie }) {
  const app = [];
  const raw = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    await page.goto(base + '/');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await rawDexie(page);
    raw.push((await timeRawToArray(page, 'contacts')).ms);
    const ms = await page.evaluate(async () => {
      const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Contacts');
      const t0 = performance.now();
      link.click();
      await new Promise((resolve) => {
        const check = () => (document.querySelector('[data-testid="contact-row"]') ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    });
    app.push(ms);
    rows = await page.locator('[data-testid="contact-row"]').count();
  }
  record('contacts list first render (ms)', app, raw, '≤ 2× raw toArray');
  record('contact rows in the DOM', [rows], null, '≤ 100');
}

/** Search: keystroke to updated results at 10,000 contacts. */
export async function contactsSearch({ page, base, RUNS, record, timeRawToArray, rawDexie }) {
  await page.goto(base + '/contacts');
  await rawDexie(page);
  const box = page.getByRole('searchbox', { name: 'Search contacts' }).or(page.getByRole('textbox', { name: 'Search contacts' }));
  await box.waitFor();
  await page.locator('[data-testid="contact-row"]').first().waitFor();
  const times = [];
  const raw = [];
  const queries = ['thistle', 'oakhurst', 'embol', 'person12', 'casey', 'zzz', 'ravens', 'jules'];
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    raw.push((await timeRawToArray(page, 'contacts')).ms);
    await box.fill('');
    await page.waitForTimeout(200);
    const query = queries[i % queries.length];
    await box.focus();
    const ms = await page.evaluate(async (query) => {
      const input = document.activeElement;
      const list = () => [...document.querySelectorAll('[data-testid="contact-row"]')].map((r) => r.textContent).join('|');
      const before = list();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const t0 = performance.now();
      setter.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const deadline = t0 + 5000;
        const check = () => (list() !== before || performance.now() > deadline ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      return performance.now() - t0;
    }, query);
    times.push(ms);
  }
  record('search keystroke → results (ms)', times, raw, '≤ 50 ms');
}

/**
 * Search everything: the palette's keystroke → results at 10,000 contacts and 100,000 interactions,
 * timed from the input event to the frame after the list shows the index's answer for that query
 * (its data-answered attribute). Before the keystrokes, the index's first build in the background:
 * palette opened on a fresh page → the client's "rapport:search-index-ready" measure.
 */
/** Opens the palette on a fresh page and waits for the index to be complete: its build time and size. */
async function openPaletteAndWaitForIndex(page, base) {
  await page.goto(base + '/');
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: 'Search everything' });
  await box.waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('rapport:search-index-ready')[0]?.duration, null, { timeout: 300_000, polling: 100 });
  const { duration, detail } = await page.evaluate(() => {
    const entry = performance.getEntriesByName('rapport:search-index-ready')[0];
    return { duration: entry.duration, detail: entry.detail };
  });
  return { box, ms: duration, documents: detail?.documents ?? null, builtFrom: detail?.builtFrom ?? null };
}

/** Whether the search index has been saved (the app's cache database beside the user's). */
const snapshotSaved = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('rapport-search-cache');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const cache = open.result;
          if (!cache.objectStoreNames.contains('snapshots')) return resolve(cache.close() ?? false);
          const get = cache.transaction('snapshots').objectStore('snapshots').get('index');
          get.onsuccess = () => resolve(cache.close() ?? get.result !== undefined);
          get.onerror = () => resolve(cache.close() ?? false);
        };
      }),
  );

const forgetSnapshot = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const del = indexedDB.deleteDatabase('rapport-search-cache');
        del.onsuccess = del.onerror = del.onblocked = () => resolve();
      }),
  );

/**
 * Search everything: the palette's keystroke → results at 10,000 contacts and 100,000 interactions,
 * timed from the input event to the frame after the list shows the index's answer for that query
 * (its data-answered attribute). And the index's build in the background, palette opened on a fresh
 * page → the client's "rapport:search-index-ready" measure: from every record (a first visit, the
 * saved index deleted first), and from the index saved by an earlier visit (every visit after).
 */
export async function searchEverything({ page, base, RUNS, record }) {
  const fromRecords = [];
  const fromSaved = [];
  let documents = null;
  const builds = Math.max(3, Math.ceil(RUNS / 2));
  for (let i = 0; i < builds; i++) {
    await page.goto(base + '/');
    await forgetSnapshot(page);
    const built = await openPaletteAndWaitForIndex(page, base);
    if (built.builtFrom !== 'records') throw new Error(`expected a build from every record, got ${built.builtFrom}`);
    fromRecords.push(built.ms);
    documents = built.documents;
    const savedBy = Date.now() + 120_000;
    while (!(await snapshotSaved(page))) {
      if (Date.now() > savedBy) throw new Error('the search index was not saved within 2 minutes');
      await page.waitForTimeout(250);
    }
  }
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    const loaded = await openPaletteAndWaitForIndex(page, base);
    if (loaded.builtFrom !== 'saved') throw new Error(`expected the saved index, got ${loaded.builtFrom}`);
    fromSaved.push(loaded.ms);
  }
  record(
    'search index complete after opening the palette, a visit after the first (ms)',
    fromSaved,
    fromRecords,
    '≤ 2 s',
    `baseline: the first visit, built from every record (${documents} documents); later visits read the saved index and catch up on changes`,
  );

  const { box } = await openPaletteAndWaitForIndex(page, base);
  const queries = ['embol', 'y90', 'thistle', 'genicular', 'abstract draft 12', 'oakhurst casey', 'radiolgy', 'export', 'mentorship', 'zzzq'];
  const times = [];
  for (let i = 0; i < Math.max(RUNS, 5) * 2; i++) {
    await box.fill('');
    await page.waitForTimeout(150);
    const query = queries[i % queries.length];
    await box.focus();
    const ms = await page.evaluate(async (query) => {
      const input = document.activeElement;
      const listbox = document.getElementById(input.getAttribute('aria-controls'));
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const t0 = performance.now();
      setter.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve, reject) => {
        const check = () => {
          if (listbox.dataset.answered === query) requestAnimationFrame(() => resolve());
          else if (performance.now() - t0 > 10_000) reject(new Error(`no answer for ${query}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      return performance.now() - t0;
    }, query);
    times.push(ms);
  }
  record(
    'search everything keystroke → results at 10k contacts / 100k interactions (ms)',
    times,
    null,
    '≤ 50 ms',
    `queries ${queries.join(', ')}; the index complete before the first`,
  );
}

/** The LinkedIn-format Connections.csv builder of the tests, loaded through Vite (it is TypeScript). */
async function linkedInCsv(count) {
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'warn' });
  try {
    const { buildLinkedInCsv } = await server.ssrLoadModule('/test/fixtures/linkedin.ts');
    return buildLinkedInCsv(count);
  } finally {
    await server.close();
  }
}

/**
 * Import of 10,000 LinkedIn rows through the Settings wizard (file chosen →
 * preview shown, plus Confirm → "Imported"), against a raw Dexie bulkPut of
 * the very rows the wizard wrote, in the same page. The database already
 * holds the bench's 10,000 contacts, so the preview checks every row against
 * them. Between runs the imported rows are deleted again.
 */
export async function importLinkedIn({ page, base, RUNS, record, rawDexie, median }) {
  const fixture = await linkedInCsv(10_000);
  const file = { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(fixture.csv) };
  const app = [];
  const raw = [];
  const previews = [];
  const commits = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    await page.goto(base + '/settings');
    const section = page.getByRole('region', { name: 'Import', exact: true });
    await section.getByRole('radio', { name: /LinkedIn/ }).check();
    const input = section.getByLabel('File to import');
    await input.evaluate((el) => el.addEventListener('change', () => (window.__importStart = performance.now()), { capture: true, once: true }));
    await input.setInputFiles(file);
    const confirm = section.getByRole('button', { name: /^Import [\d,]+ contacts/ });
    await confirm.waitFor({ timeout: 300_000 });
    const preview = await page.evaluate(() => performance.now() - window.__importStart);
    const stamp = await page.evaluate(() => {
      window.__commitStart = performance.now();
      return new Date().toISOString();
    });
    await confirm.click();
    await section.getByText(/^Imported [\d,]+ contacts/).waitFor({ timeout: 300_000 });
    const commit = await page.evaluate(() => performance.now() - window.__commitStart);
    previews.push(preview);
    commits.push(commit);
    app.push(preview + commit);

    await rawDexie(page);
    const { ms, count } = await page.evaluate(async (stamp) => {
      const table = window.__benchDexie.table('contacts');
      // createdAt has no index: a filter over the table finds the rows this import stamped.
      const rows = await table.filter((c) => c.createdAt >= stamp).toArray();
      await table.bulkDelete(rows.map((r) => r.id));
      const t0 = performance.now();
      await table.bulkPut(rows);
      const ms = performance.now() - t0;
      await table.bulkDelete(rows.map((r) => r.id));
      return { ms, count: rows.length };
    }, stamp);
    if (count !== fixture.validCount) throw new Error(`The wizard wrote ${count} rows; expected ${fixture.validCount}`);
    raw.push(ms);
  }
  record(
    'import 10,000 LinkedIn rows via the wizard (ms)',
    app,
    raw,
    '≤ 2× raw bulkPut',
    `preview ${Math.round(median(previews))} ms + commit ${Math.round(median(commits))} ms; raw = bulkPut of the same ${fixture.validCount} rows`,
  );
}

/** Waits for the first row of both Priorities lists; returns when each showed (ms since navigation start). */
async function prioritiesShown(page, since) {
  return page.evaluate(async (since) => {
    const list = (title) => [...document.querySelectorAll('section')].find((s) => title.test(s.querySelector('h2')?.textContent ?? ''));
    const shown = { programs: null, people: null, loadingSeen: false };
    await new Promise((resolve, reject) => {
      const check = () => {
        const now = performance.now();
        if ([...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.trim() === 'Loading…')) shown.loadingSeen = true;
        if (shown.programs === null && list(/Programs to focus on/)?.querySelector('li')) shown.programs = now;
        if (shown.people === null && list(/People to contact next/)?.querySelector('li')) shown.people = now;
        if (shown.programs !== null && shown.people !== null) resolve();
        else if (now - since > 120_000) reject(new Error('Priorities showed no ranked rows'));
        else requestAnimationFrame(check);
      };
      check();
    });
    return { programs: shown.programs - since, people: shown.people - since };
  }, since);
}

/**
 * Priorities at 10,000 contacts / 100,000 interactions: navigation → first ranked program and
 * first ranked person on screen. Two ways in, each a median of RUNS: a fresh page opened at
 * /priorities (navigation start = 0), and a click on Priorities in the navigation of a page that
 * has just shown Today. The very first opening after the build (no snapshot of the activity
 * index yet, every interaction read) is reported apart in the note.
 */
export async function prioritiesFirstShow({ page, base, RUNS, record }) {
  const deepPrograms = [];
  const deepPeople = [];
  let firstEver = null;
  for (let i = 0; i < RUNS + 1; i++) {
    await page.goto('about:blank');
    await page.goto(base + '/priorities');
    const shown = await prioritiesShown(page, 0);
    if (i === 0) firstEver = shown;
    else {
      deepPrograms.push(shown.programs);
      deepPeople.push(shown.people);
    }
  }
  const navPrograms = [];
  const navPeople = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(base + '/');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    const since = await page.evaluate(() => {
      const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Priorities');
      const t0 = performance.now();
      link.click();
      return t0;
    });
    const shown = await prioritiesShown(page, since);
    navPrograms.push(shown.programs);
    navPeople.push(shown.people);
  }
  const note = `the first opening after the build (no snapshot yet): programs ${Math.round(firstEver.programs)} ms, people ${Math.round(firstEver.people)} ms`;
  record('Priorities: fresh page → first ranked program (ms)', deepPrograms, null, '≤ 1000 ms', note);
  record('Priorities: fresh page → first ranked person (ms)', deepPeople, null, '≤ 1500 ms');
  record('Priorities: nav click from Today → first ranked program (ms)', navPrograms, null, '≤ 1000 ms');
  record('Priorities: nav click from Today → first ranked person (ms)', navPeople, null, '≤ 1500 ms');
}

/** Sends `method` to a worker through the page's CDP session (Target.sendMessageToTarget: Playwright's sessions are not flat). */
function sendToTarget(session, sessionId, method, id) {
  return new Promise((resolve) => {
    const onMessage = (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      if (message.id !== id) return;
      session.off('Target.receivedMessageFromTarget', onMessage);
      resolve(message.result ?? null);
    };
    session.on('Target.receivedMessageFromTarget', onMessage);
    session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => resolve(null));
  });
}

/**
 * Memory at 10,000 contacts / 100,000 interactions: the JS heap of the page and of each of its
 * workers (CDP Runtime.getHeapUsage, after a garbage collection) once Today, Contacts and
 * Priorities have been visited in one page, as a user would.
 */
export async function memoryAfterVisits({ page, base, context, record }) {
  await page.goto('about:blank');
  const session = await context.newCDPSession(page);
  const workers = new Map();
  session.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.set(event.sessionId, event.targetInfo.url.split('/').pop());
  });
  session.on('Target.detachedFromTarget', (event) => workers.delete(event.sessionId));
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let id = 1;
  const weigh = async () => {
    // Let the background work of the visit (indexes, snapshots) settle before weighing.
    await page.waitForTimeout(3000);
    await session.send('HeapProfiler.collectGarbage');
    const pageHeap = await session.send('Runtime.getHeapUsage');
    const parts = [`page ${Math.round(pageHeap.usedSize / 1e6)}`];
    let total = pageHeap.usedSize;
    for (const [sessionId, url] of workers) {
      await sendToTarget(session, sessionId, 'HeapProfiler.collectGarbage', id++);
      const heap = await sendToTarget(session, sessionId, 'Runtime.getHeapUsage', id++);
      if (heap === null) continue;
      total += heap.usedSize;
      parts.push(`${url.replace(/-[\w-]{8}\.js$/, '')} ${Math.round(heap.usedSize / 1e6)}`);
    }
    return { total: total / 1e6, parts: parts.join(' + ') };
  };
  await page.goto(base + '/');
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  const stops = [['Today', await weigh()]];
  for (const name of ['Contacts', 'Priorities']) {
    await page.evaluate((name) => [...document.querySelectorAll('nav a')].find((a) => a.textContent === name).click(), name);
    if (name === 'Contacts') await page.locator('[data-testid="contact-row"]').first().waitFor({ timeout: 60_000 });
    else await page.getByRole('region', { name: /People to contact next/ }).getByRole('listitem').first().waitFor({ timeout: 120_000 });
    stops.push([name, await weigh()]);
  }
  await session.detach();
  record(
    'JS heap, page + workers, most after Today → Contacts → Priorities (MB)',
    [Math.max(...stops.map(([, s]) => s.total))],
    null,
    '≤ 150 MB',
    stops.map(([name, s]) => `${name}: ${Math.round(s.total)} MB (${s.parts})`).join('; '),
  );
}

/**
 * Priorities: a weight slider moved on the screen → both lists re-ranked on screen.
 * Timed from the input event to the frame after the programs list's text changed.
 */
export async function prioritiesReRank({ page, base, RUNS, record }) {
  await page.goto(base + '/priorities');
  const programs = page.getByRole('region', { name: /Programs to focus on/ });
  await programs.getByRole('listitem').first().waitFor({ timeout: 120_000 });
  const mountMs = await page.evaluate(() => performance.now());
  await page.getByText('Weights', { exact: true }).click();
  const slider = page.getByRole('group', { name: 'Programs' }).getByRole('slider', { name: 'Fit' });
  await slider.waitFor();
  const times = [];
  for (let i = 0; i < Math.max(RUNS, 5) + 1; i++) {
    await slider.focus();
    const ms = await page.evaluate(async (value) => {
      const input = document.activeElement;
      const region = [...document.querySelectorAll('section')].find((s) => /Programs to focus on/.test(s.querySelector('h2')?.textContent ?? ''));
      const before = region.textContent;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const t0 = performance.now();
      setter.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve, reject) => {
        const check = () => {
          if (region.textContent !== before) requestAnimationFrame(() => resolve());
          else if (performance.now() - t0 > 30_000) reject(new Error('the list did not change'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      return performance.now() - t0;
    }, i % 2 === 0 ? 2 : 9);
    // The first move also pays for the first settings write of the page; it is a warm-up.
    if (i > 0) times.push(ms);
  }
  record('Priorities re-rank after a weight change (ms)', times, null, '≤ 100 ms', `screen first showed ranked data at ${Math.round(mountMs)} ms after navigation (all 10,000 contacts and 100,000 interactions scored)`);
}

/** Waits until a one-row write on the tables a save touches commits within 15 ms, twice in a row. Returns the wait. */
async function waitForIdleDatabase(page) {
  return page.evaluate(async () => {
    const db = window.__benchDexie;
    const start = performance.now();
    let quick = 0;
    while (quick < 2 && performance.now() - start < 30_000) {
      const t0 = performance.now();
      await db.transaction('rw', db.table('interactions'), db.table('reminders'), db.table('contacts'), async () => {
        await db.table('contacts').get('__bench-probe__');
      });
      quick = performance.now() - t0 < 15 ? quick + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return performance.now() - start;
  });
}

/**
 * Log meeting: a conference conversation with 3 contacts, whose 3 thank-you reminders are
 * kept. Timed from the Save click to the toast that confirms "3 reminders". The form is
 * filled outside the timing.
 */
export async function logMeetingSave({ page, base, RUNS, record, rawDexie, median }) {
  const settles = [];
  const writes = [];
  await page.goto(base + '/');
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await rawDexie(page);
  const names = await page.evaluate(async (count) => {
    const rows = await window.__benchDexie.table('contacts').limit(count).toArray();
    return rows.map((c) => c.name);
  }, 3 * (Math.max(RUNS, 5) + 1));
  const times = [];
  for (let i = 0; i < Math.max(RUNS, 5) + 1; i++) {
    const trio = names.slice(i * 3, i * 3 + 3);
    await page.getByRole('banner').getByRole('button', { name: 'Log meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log meeting' });
    const box = dialog.getByRole('combobox', { name: 'Contacts' });
    for (const name of trio) {
      await box.fill(name);
      // Bench names are letters, spaces and a number; the look-ahead keeps "Lee 1" from matching "Lee 12".
      await dialog.getByRole('option', { name: new RegExp(`^${name}(?!\\d)`) }).first().click();
    }
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('conference-conversation');
    await dialog.getByRole('textbox', { name: 'Summary' }).fill(`Bench conversation ${i}`);
    for (const name of trio) await dialog.getByRole('checkbox', { name: `Thank ${name}` }).waitFor();
    const save = dialog.getByRole('button', { name: 'Save' });
    await save.evaluate((button) => button.setAttribute('data-bench-save', ''));
    // A person takes seconds to fill the form; by then the reads the last save set off are done.
    // Wait for that here (a tiny write on the same tables answers fast), so the figure is the save itself.
    const settleMs = await waitForIdleDatabase(page);
    const ms = await page.evaluate(async () => {
      const button = document.querySelector('[data-bench-save]');
      const t0 = performance.now();
      button.click();
      await new Promise((resolve, reject) => {
        const check = () => {
          const toast = [...document.querySelectorAll('[role="status"]')].some((el) => /· 3 reminders/.test(el.textContent ?? ''));
          if (toast) resolve();
          else if (performance.now() - t0 > 30_000) reject(new Error('no toast confirming 3 reminders'));
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - t0;
    });
    // The app's own performance measure around the IndexedDB write (src/features/meetings/forms/log-meeting-form.tsx).
    const writeMs = await page.evaluate(() => performance.getEntriesByName('rapport:log-meeting-write').at(-1)?.duration ?? NaN);
    await dialog.waitFor({ state: 'detached' });
    // Let the toast go, so the next run waits for its own.
    await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((el) => /· 3 reminders/.test(el.textContent ?? '')), null, { timeout: 30_000 }).catch(() => {});
    if (i > 0) {
      times.push(ms);
      settles.push(settleMs);
      writes.push(writeMs);
    }
  }
  record(
    'Log meeting save with 3 reminders (ms)',
    times,
    null,
    '≤ 50 ms',
    `Save click → toast "· 3 reminders"; 3 contacts, conference conversation, on Today. Of it, the IndexedDB write (the app's performance measure): median ${Math.round(median(writes))} ms. The database was idle after a median ${Math.round(median(settles))} ms of waiting`,
  );
}

export const measures = [firstPaintVsBare, coldStart, contactsList, contactsSearch, searchEverything, prioritiesFirstShow, prioritiesReRank, memoryAfterVisits, logMeetingSave, importLinkedIn];
