/**
 * The three jobs of DESIGN.md end to end, at desktop and phone size, the way a
 * user does them: (a) log a meeting with a mentor, (b) act on a follow-up
 * reminder, (c) read the prioritized program list. Then the offline journey:
 * the program list, a new contact and an offline reload with the network off.
 * Every journey leaves the app's origin zero times, with no CSP violation and
 * no error in the console.
 */
import { addDays, format } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  baseURL,
  DESKTOP,
  launchBrowser,
  loadSampleData,
  navigateTo,
  openApp,
  PHONE,
  waitForServiceWorkerControl,
  type WatchedPage,
} from './browser';
import type { Contact, Interaction, Reminder } from '../../src/domain/entities';
import { contactIdByName, readStore } from './store';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A sample mentor with a keep-in-touch cadence and no meeting logged yet. */
const MENTOR = 'Dr. Elena Greenhalgh';
const MEETING_SUMMARY = 'Mentor check-in: went through my personal statement draft';

const VIEWPORTS = [
  { name: 'desktop 1280×800', size: DESKTOP, tag: '1280' },
  { name: 'phone 390×844', size: PHONE, tag: '390' },
] as const;

/** Screenshots of the states a phone journey passes through, to look at. */
async function snap(page: Page, tag: string, state: string) {
  if (tag === '390') await page.screenshot({ path: `/tmp/journey-${state}-390.png` });
}

async function expectNoSidewaysScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

function expectCleanJourney(watched: WatchedPage) {
  expect(watched.foreignRequests).toEqual([]);
  expect(watched.cspViolations).toEqual([]);
  expect(watched.errors).toEqual([]);
}

interface RankedProgram {
  rank: number;
  name: string;
  score: number;
}

/**
 * Reads the ranked program list on /priorities, checks it is ranked by score and
 * that the top program's breakdown adds up to its score; returns the rows.
 */
async function readPrioritizedPrograms(page: Page, tag: string): Promise<RankedProgram[]> {
  await page.getByRole('heading', { name: 'Priorities', level: 1 }).waitFor();
  const list = page.getByRole('region', { name: /Programs to focus on/ });
  const rows = list.locator('.priority-row');
  await rows.first().waitFor();
  const ranked: RankedProgram[] = [];
  for (const row of await rows.all()) {
    ranked.push({
      rank: Number(await row.locator('.priority-rank').textContent()),
      name: (await row.locator('.priority-name').textContent()) ?? '',
      score: Number(await row.getByLabel(/^Score [\d.]+ of 100$/).textContent()),
    });
  }
  expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
  expect(ranked.every((r) => r.name.length > 0 && r.score >= 0 && r.score <= 100)).toBe(true);
  expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
  expect(new Set(ranked.map((r) => r.score)).size).toBeGreaterThan(1);

  // Why the top program is on top: a one-line reason, then the breakdown that adds up to its score.
  const top = rows.first();
  expect((await top.locator('.priority-why').textContent())?.length).toBeGreaterThan(5);
  await top.getByRole('button', { name: `Show breakdown for ${ranked[0].name}` }).click();
  const breakdown = top.getByRole('list', { name: 'Score breakdown' });
  await breakdown.waitFor();
  const points = (await breakdown.locator('.breakdown-item:not(.breakdown-total) .breakdown-points').allTextContents()).map((t) =>
    Number(t.split('/')[0]),
  );
  expect(points.length).toBeGreaterThanOrEqual(3);
  expect(Math.abs(points.reduce((a, b) => a + b, 0) - ranked[0].score)).toBeLessThanOrEqual(0.05 * points.length + 0.05);
  expect((await breakdown.locator('.breakdown-total').textContent())?.replace(/\s+/g, ' ')).toBe(`Score${ranked[0].score.toFixed(1)} / 100`);
  await breakdown.scrollIntoViewIfNeeded();
  await snap(page, tag, 'priorities');
  return ranked;
}

describe.each(VIEWPORTS)('journeys online at $name', ({ size, tag }) => {
  it('(a) logs a meeting with a mentor: its follow-up replaces her keep-in-touch reminder, and both show on her page', { timeout: 180_000 }, async () => {
    const watched = await openApp(browser, { viewport: size });
    const { page, context } = watched;
    await loadSampleData(page);
    await snap(page, tag, 'today');
    const mentorId = await contactIdByName(page, MENTOR, 'mentor');
    const mentor = (await readStore<Contact>(page, 'contacts')).find((c) => c.id === mentorId);
    expect(mentor?.cadenceDays).toBe(42);
    const openUpdates = async () =>
      (await readStore<Reminder>(page, 'reminders')).filter(
        (r) => r.contactId === mentorId && (r.kind === 'keep-in-touch' || r.kind === 'follow-up') && r.status === 'open',
      );
    // The sample gives her one open keep-in-touch reminder.
    const [keepInTouch, ...more] = await openUpdates();
    expect([keepInTouch?.kind, more]).toEqual(['keep-in-touch', []]);

    await page.getByRole('banner').getByRole('button', { name: 'Log meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log meeting' });
    await dialog.getByRole('combobox', { name: 'Contacts' }).fill('Elena Green');
    await dialog.getByRole('option', { name: new RegExp(`^${MENTOR}`) }).click();
    await expect(dialog.getByRole('combobox', { name: 'Kind' }).inputValue()).resolves.toBe('meeting');
    await dialog.getByRole('textbox', { name: 'Summary' }).fill(MEETING_SUMMARY);
    await dialog.getByRole('textbox', { name: 'Next step' }).fill('Send her the revised draft');
    // The sample has no earlier meeting with her: this first one proposes a progress update, which replaces her keep-in-touch reminder.
    const followUpTitle = `Send ${MENTOR} a progress update`;
    const proposed = dialog.getByRole('checkbox', { name: followUpTitle });
    await expect.poll(() => proposed.isChecked()).toBe(true);
    await expect
      .poll(() => dialog.locator('li.proposal').filter({ has: page.getByRole('checkbox', { name: followUpTitle }) }).textContent())
      .toContain('Replaces the keep-in-touch reminder due');
    await snap(page, tag, 'log-meeting');
    await expectNoSidewaysScroll(page, size.width);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText(`Logged meeting with ${MENTOR} · 1 reminder`).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);

    // Stored: the meeting with her and its follow-up 4 to 6 weeks out, her one open update reminder.
    const logged = (await readStore<Interaction>(page, 'interactions')).filter((i) => i.summary === MEETING_SUMMARY);
    expect(logged.map((i) => [i.kind, i.contactIds])).toEqual([['meeting', [mentorId]]]);
    const meetingDay = new Date(logged[0].occurredAt);
    const day = (offset: number) => format(addDays(meetingDay, offset), 'yyyy-MM-dd');
    expect((await openUpdates()).map((r) => [r.kind, r.title, r.interactionId, r.dueDate, r.latestDate])).toEqual([
      ['follow-up', followUpTitle, logged[0].id, day(28), day(42)],
    ]);

    // Her page shows the meeting on the timeline and both reminders among her open ones.
    await page.goto(`${baseURL()}/contacts/${mentorId}`);
    await page.getByRole('heading', { name: MENTOR, level: 1 }).waitFor();
    const timeline = page.getByRole('list', { name: 'Interactions, newest first' });
    await expect.poll(() => timeline.getByRole('listitem').first().textContent()).toContain(MEETING_SUMMARY);
    const reminders = page.getByRole('region', { name: 'Open reminders' });
    await expect.poll(() => reminders.textContent()).toContain(followUpTitle);
    await snap(page, tag, 'contact');
    await expectNoSidewaysScroll(page, size.width);
    expectCleanJourney(watched);
    await context.close();
  });

  it('(b) marks a follow-up reminder done: it leaves the open list and is stored as done', { timeout: 180_000 }, async () => {
    const watched = await openApp(browser, { viewport: size });
    const { page, context } = watched;
    await loadSampleData(page);
    // A follow-up whose title no other open reminder shares, so its row is unambiguous.
    const open = (await readStore<Reminder>(page, 'reminders')).filter((r) => r.status === 'open');
    const followUp = open
      .filter((r) => r.kind === 'follow-up' && open.filter((o) => o.title === r.title).length === 1)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    expect(followUp).toBeDefined();

    await navigateTo(page, 'Reminders', '/reminders');
    await page.getByRole('heading', { name: 'Reminders', level: 1 }).waitFor();
    const row = page.getByRole('article', { name: followUp.title, exact: true });
    await row.waitFor();
    const before = await page.getByRole('article').count();
    await row.getByRole('button', { name: 'Done' }).click();
    await row.getByRole('group', { name: 'Mark done' }).waitFor();
    await snap(page, tag, 'reminder-done-panel');
    await expectNoSidewaysScroll(page, size.width);
    await row.getByRole('button', { name: 'Just mark done' }).click();
    await page.getByRole('status').getByText(`Done: ${followUp.title}`).waitFor();
    await expect.poll(() => row.count()).toBe(0);
    expect(await page.getByRole('article').count()).toBe(before - 1);
    await snap(page, tag, 'reminders-after');

    const stored = (await readStore<Reminder>(page, 'reminders')).find((r) => r.id === followUp.id);
    expect(stored?.status).toBe('done');
    expect(stored?.doneAt).toBeTruthy();
    // Nor is it on Today.
    await navigateTo(page, 'Today', '/');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    expect(await page.getByRole('article', { name: followUp.title, exact: true }).count()).toBe(0);
    expectCleanJourney(watched);
    await context.close();
  });

  it('(c) reads the prioritized program list: ranked rows with scores, the top program explained', { timeout: 180_000 }, async () => {
    const watched = await openApp(browser, { viewport: size });
    const { page, context } = watched;
    await loadSampleData(page);
    // On a phone the navigation folds into the Menu button.
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.isVisible()).toBe(size === PHONE);
    if (size === PHONE) {
      await menu.click();
      await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
      await snap(page, tag, 'menu');
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Priorities', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/priorities');
    const ranked = await readPrioritizedPrograms(page, tag);
    expect(ranked).toHaveLength(12);
    const programs = await readStore<{ name: string }>(page, 'programs');
    expect(ranked.map((r) => r.name).sort()).toEqual(programs.map((p) => p.name).sort());
    await expectNoSidewaysScroll(page, size.width);
    expectCleanJourney(watched);
    await context.close();
  });
});

describe('journey offline', () => {
  it('reads priorities, creates a contact, reloads and opens its deep link, all with the network off', { timeout: 180_000 }, async () => {
    const watched = await openApp(browser, { viewport: PHONE });
    const { page, context } = watched;
    await loadSampleData(page);
    await waitForServiceWorkerControl(page);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await navigateTo(page, 'Priorities', '/priorities');
    expect(await readPrioritizedPrograms(page, 'offline')).toHaveLength(12);

    await navigateTo(page, 'Contacts', '/contacts');
    await page.getByRole('button', { name: 'New contact' }).click();
    const form = page.getByRole('dialog', { name: 'New contact' });
    await form.getByLabel('Name').fill('Dr. Noor Haddad');
    await form.getByLabel('Role').selectOption({ label: 'IR attending' });
    await form.getByLabel('Institution').fill('Harbor Lights Medical Center');
    await page.screenshot({ path: '/tmp/journey-offline-new-contact-390.png' });
    await form.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('heading', { name: 'Dr. Noor Haddad', level: 1 }).waitFor();
    const id = await contactIdByName(page, 'Dr. Noor Haddad');
    expect(new URL(page.url()).pathname).toBe(`/contacts/${id}`);

    // Back to the list and reload it: the app and the new contact come from this device alone.
    await navigateTo(page, 'Contacts', '/contacts');
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Haddad');
    await expect.poll(() => page.getByTestId('contact-row').allTextContents()).toEqual([expect.stringContaining('Dr. Noor Haddad')]);
    await page.screenshot({ path: '/tmp/journey-offline-contacts-390.png' });

    await page.goto(`${baseURL()}/contacts/${id}`);
    await page.getByRole('heading', { name: 'Dr. Noor Haddad', level: 1 }).waitFor();
    expect(await page.getByText('Harbor Lights Medical Center').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.screenshot({ path: '/tmp/journey-offline-contact-390.png' });

    expect(watched.failedRequests).toEqual([]);
    expectCleanJourney(watched);
    await context.close();
  });
});
