/**
 * Job 1 and 2 of DESIGN.md in Chromium with a fixed clock: log a conference
 * conversation, find its thank-you in Reminders, let the days pass until it is
 * overdue on Today, mark it done with the email logged; export the open
 * reminders as an .ics that parses; and a keyboard-only meeting log, timed.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser, loadSampleData, openApp } from './browser';
import type { Interaction, Reminder } from '../../src/domain/entities';
import { contactIdByName, readStore } from './store';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Wednesday 10 March 2027, 10:00 local time. */
const START = new Date('2027-03-10T10:00:00');
/** A sample contact whose full name no other sample contact shares. */
const CONTACT = 'Dr. Ben Kettering';

describe('log a meeting, get the follow-up', () => {
  it('thank-you due in 3 days → overdue on Today 8 days later → done with the email logged', { timeout: 180_000 }, async () => {
    const { page, context, errors, foreignRequests } = await openApp(browser, {
      beforeGoto: (p) => p.clock.install({ time: START }),
    });
    await loadSampleData(page);
    expect(await page.evaluate(() => new Date().toISOString().slice(0, 10))).toBe('2027-03-10');

    // Log the conference conversation from the top bar.
    await page.getByRole('banner').getByRole('button', { name: 'Log meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log meeting' });
    const contacts = dialog.getByRole('combobox', { name: 'Contacts' });
    await expect.poll(() => contacts.evaluate((el) => el === document.activeElement)).toBe(true);
    await contacts.fill('Dr. Ben K');
    await dialog.getByRole('option', { name: new RegExp(`^${CONTACT}`) }).click();
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('conference-conversation');
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Asked how their ESIR residents build a case log');
    const thankYou = dialog.getByRole('checkbox', { name: `Thank ${CONTACT}` });
    await expect.poll(() => thankYou.isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText(`Logged conference conversation with ${CONTACT} · 1 reminder`).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);

    // The thank-you is in Reminders, due in 3 days (Saturday), latest a week after the talk.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders', exact: true }).click();
    const nextWeek = page.getByRole('region', { name: /^Coming up in the next 7 days/ });
    const reminder = nextWeek.getByRole('article', { name: `Thank ${CONTACT}` });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Due Sat 13 Mar, latest Wed 17 Mar');

    // Eight days later (a reload, as when the laptop is opened again), it is overdue and first on Today.
    await page.clock.setSystemTime(new Date('2027-03-18T10:00:00'));
    await page.goto(baseURL() + '/');
    const due = page.getByRole('region', { name: 'Overdue and due today' });
    const overdue = due.getByRole('article', { name: `Thank ${CONTACT}` });
    await overdue.waitFor();
    expect(await overdue.getByText('Overdue', { exact: true }).count()).toBe(1);
    expect(await overdue.textContent()).toContain('Due Sat 13 Mar, latest yesterday');

    // Done, and log the email in the same step.
    await overdue.getByRole('button', { name: 'Done' }).click();
    await overdue.getByRole('button', { name: 'Done and log the email' }).click();
    await page.getByRole('status').getByText(`Done, and the email to ${CONTACT} is logged`).waitFor();
    await expect.poll(() => overdue.count()).toBe(0);

    // The contact's timeline holds both touches. The contact page is built by the contacts screens;
    // the data it shows is checked here straight from IndexedDB.
    const contactId = await contactIdByName(page, CONTACT);
    const interactions = (await readStore<Interaction>(page, 'interactions'))
      .filter((i) => i.contactIds.includes(contactId))
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    const [conversation, email] = interactions.slice(-2);
    expect([conversation.kind, conversation.occurredAt]).toEqual(['conference-conversation', START.toISOString()]);
    // The clock keeps running after the jump, so the email is stamped a few seconds past 10:00 on the 18th.
    expect(email.kind).toBe('email');
    const emailAt = Date.parse(email.occurredAt) - new Date('2027-03-18T10:00:00').getTime();
    expect(emailAt).toBeGreaterThanOrEqual(0);
    expect(emailAt).toBeLessThan(10 * 60_000);
    const thanks = (await readStore<Reminder>(page, 'reminders')).filter(
      (r) => r.contactId === contactId && r.title === `Thank ${CONTACT}`,
    );
    expect(thanks.map((r) => [r.status, r.dueDate, r.latestDate])).toEqual([['done', '2027-03-13', '2027-03-17']]);

    await page.goto(baseURL() + `/contacts/${contactId}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const main = page.getByRole('main');
    if ((await main.getByText('Coming soon').count()) === 0) {
      // The contact page exists: its timeline shows both.
      await main.getByText('Asked how their ESIR residents build a case log').first().waitFor();
      await main.getByText(`Sent the thank-you: Thank ${CONTACT}`).first().waitFor();
    }

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('exports the open reminders as an .ics download that parses, one event with an alarm per reminder', { timeout: 120_000 }, async () => {
    const { page, context, errors } = await openApp(browser, {
      acceptDownloads: true,
      beforeGoto: (p) => p.clock.install({ time: START }),
    });
    await loadSampleData(page);
    await page.goto(baseURL() + '/reminders');
    const exportButton = page.getByRole('button', { name: 'Export all open reminders' });
    await exportButton.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe('rapport-reminders-2027-03-10.ics');
    const text = await readFile(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    const open = (await readStore<Reminder>(page, 'reminders')).filter((r) => r.status === 'open' || r.status === 'snoozed');
    expect(events.length).toBe(open.length);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.getAllSubcomponents('valarm').length === 1)).toBe(true);
    expect(events.map((e) => String(e.getFirstPropertyValue('summary'))).sort()).toEqual(open.map((r) => r.title).sort());

    // One reminder on its own.
    const first = page.getByRole('article').first();
    const title = await first.getByRole('heading').textContent();
    const [single] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: 'Add to calendar' }).click()]);
    const one = new ICAL.Component(ICAL.parse(await readFile(await single.path(), 'utf8'))).getAllSubcomponents('vevent');
    expect(one.map((e) => e.getFirstPropertyValue('summary'))).toEqual([title]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('keyboard only', () => {
  it('logs a meeting with a known contact without the mouse, well under 30 seconds', { timeout: 120_000 }, async () => {
    const { page, context, errors } = await openApp(browser);
    await loadSampleData(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const keys = { count: 0 };
    const press = async (key: string) => {
      keys.count += 1;
      await page.keyboard.press(key);
    };
    const type = async (text: string) => {
      keys.count += text.length;
      await page.keyboard.type(text);
    };

    const started = Date.now();
    await press('l');
    const dialog = page.getByRole('dialog', { name: 'Log meeting' });
    await dialog.waitFor();
    const contacts = dialog.getByRole('combobox', { name: 'Contacts' });
    await expect.poll(() => contacts.evaluate((el) => el === document.activeElement)).toBe(true);
    await type('Dr. Ben K');
    await dialog.getByRole('option', { name: new RegExp(`^${CONTACT}`), selected: true }).waitFor();
    await press('Enter');
    await press('Tab');
    expect(await dialog.getByRole('textbox', { name: 'Summary' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await type('Coffee after the IR interest group');
    await press('Control+Enter');
    await page.getByRole('status').getByText(`Logged meeting with ${CONTACT}`).waitFor();
    const elapsedMs = Date.now() - started;
    await expect.poll(() => dialog.count()).toBe(0);

    const contactId = await contactIdByName(page, CONTACT);
    const logged = (await readStore<Interaction>(page, 'interactions')).filter((i) => i.summary === 'Coffee after the IR interest group');
    expect(logged.map((i) => [i.kind, i.contactIds])).toEqual([['meeting', [contactId]]]);
    console.log(`keyboard-only log: ${keys.count} key presses, ${elapsedMs} ms in the browser`);
    expect(elapsedMs).toBeLessThan(30_000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the open dialog has no serious or critical axe violation', { timeout: 120_000 }, async () => {
    const { page, context } = await openApp(browser);
    await loadSampleData(page);
    await page.getByRole('banner').getByRole('button', { name: 'Log meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log meeting' });
    await dialog.getByRole('combobox', { name: 'Contacts' }).fill('Dr. Ben K');
    await dialog.getByRole('option', { name: new RegExp(`^${CONTACT}`) }).click();
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('conference-conversation');
    await dialog.getByRole('button', { name: '+ I promised…' }).click();
    await dialog.getByRole('checkbox', { name: `Thank ${CONTACT}` }).waitFor();
    const results = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await context.close();
  });
});
