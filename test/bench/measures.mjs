/** The browser measurements, each a function of the bench context. Median of RUNS each. */

/** Cold start: a fresh page load to Today showing real counts from the 10,000-contact database. */
export async function coldStart({ page, base, RUNS, record }) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(base + '/');
    await page.waitForFunction(() => /10000\s*Contacts/.test(document.querySelector('[aria-label="Your network at a glance"]')?.textContent ?? ''), null, { timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
  }
  record('cold start to Today with data (ms)', times, null, '—');
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
export async function contactsSearch({ page, base, RUNS, record, timeRawToArray }) {
  await page.goto(base + '/contacts');
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

export const measures = [coldStart, contactsList, contactsSearch];
