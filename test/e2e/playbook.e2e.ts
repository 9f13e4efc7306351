/**
 * The playbook end to end, on a fixed clock: plan an event with two people to
 * meet (two outreach reminders 14–7 days before), come back after it and
 * capture three people met (three thank-yous 3–7 days after), then draft a
 * thank-you that promises a ranking and see it flagged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Reminder } from '../../src/domain/entities';
import { baseURL, DESKTOP, launchBrowser, loadSampleData, openApp, PHONE, seriousViolations } from './browser';
import { readStore } from './store';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TIMEZONE = 'America/Chicago';
const BEFORE = new Date('2027-02-01T10:00:00-06:00');
const AFTER = new Date('2027-03-27T09:30:00-05:00');
const EVENT_NAME = 'SIR 2027 Annual Scientific Meeting';

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/playbook-${name}.png`, fullPage: true });
}

describe('playbook', () => {
  it('plans an event, captures who was met, and flags a ranking promise in a thank-you', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openApp(browser, {
      viewport: DESKTOP,
      timezoneId: TIMEZONE,
      permissions: ['clipboard-read', 'clipboard-write'],
      beforeGoto: (p) => p.clock.setFixedTime(BEFORE),
    });
    await loadSampleData(page);

    // Today shows the blueprint with five labelled progress bars.
    const blueprint = page.getByRole('region', { name: 'Networking blueprint' });
    await blueprint.waitFor();
    await expect(blueprint.getByRole('progressbar').count()).resolves.toBe(5);
    await expect(blueprint.getByRole('progressbar', { name: 'Mentorship' }).count()).resolves.toBe(1);
    await expect(blueprint.getByRole('note', { name: 'Next step' }).textContent()).resolves.toMatch(/Next step/);
    await shoot(page, 'today-desktop');

    // -- plan the event with two people to meet
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events', exact: true }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New event' }).click();
    const form = page.getByRole('dialog', { name: 'New event' });
    await form.getByRole('textbox', { name: 'Name' }).fill(EVENT_NAME);
    await form.getByLabel('First day').fill('2027-03-20');
    await form.getByLabel('Last day').fill('2027-03-25');
    await form.getByRole('textbox', { name: 'Place' }).fill('Fictional City');
    const addPerson = form.getByRole('searchbox', { name: 'Add a person' });
    await addPerson.fill('Drummond');
    await form.getByRole('button', { name: /Amara Drummond Program director/ }).click();
    await addPerson.fill('Kettering');
    await addPerson.press('Enter');
    await expect(form.getByRole('list', { name: 'People to meet' }).getByRole('listitem').count()).resolves.toBe(2);
    await form.getByRole('textbox', { name: 'Add a session' }).fill('Medical student and resident symposium');
    await form.getByRole('button', { name: 'Add session' }).click();
    await shoot(page, 'event-form-desktop');
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await form.getByRole('button', { name: 'Save event' }).click();

    await page.getByRole('heading', { name: EVENT_NAME, level: 1 }).waitFor();
    const eventId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const targets = page.getByRole('region', { name: 'People to meet' });
    await expect.poll(() => targets.getByText('Outreach 6 Mar – 13 Mar').count()).toBe(2);

    const outreach = (await readStore<Reminder>(page, 'reminders')).filter(
      (r) => r.eventId === eventId && r.kind === 'pre-event-outreach',
    );
    expect(outreach.map((r) => [r.dueDate, r.latestDate, r.status])).toEqual([
      ['2027-03-06', '2027-03-13', 'open'],
      ['2027-03-06', '2027-03-13', 'open'],
    ]);
    expect(new Set(outreach.map((r) => r.contactId)).size).toBe(2);
    await shoot(page, 'event-before-desktop');

    // -- after the event: capture three people met
    await page.clock.setFixedTime(AFTER);
    await page.reload();
    const capture = page.getByRole('form', { name: 'Who did I meet?' });
    await capture.waitFor();
    await expect(capture.getByLabel('Day you met them').inputValue()).resolves.toBe('2027-03-25');

    await capture.getByRole('searchbox', { name: 'Person 1: find in contacts' }).fill('Drummond program');
    await capture.getByRole('searchbox', { name: 'Person 1: find in contacts' }).press('Enter');
    await capture.getByRole('textbox', { name: 'Person 1: what you talked about (optional)' }).fill('Y-90 dosimetry research');

    await capture.getByRole('button', { name: 'Add another person' }).click();
    await capture.getByRole('searchbox', { name: 'Person 2: find in contacts' }).fill('Rasmussen');
    await capture.getByRole('searchbox', { name: 'Person 2: find in contacts' }).press('Enter');
    await capture.getByRole('textbox', { name: 'Person 2: what you talked about (optional)' }).fill('the ESIR pathway');

    await capture.getByRole('button', { name: 'Add another person' }).click();
    await capture.getByRole('group', { name: 'Person 3' }).getByRole('radio', { name: 'Someone new' }).check();
    await capture.getByRole('textbox', { name: 'Person 3: name' }).fill('Dr. Priya Shah');
    await capture.getByRole('combobox', { name: 'Person 3: role' }).selectOption('ir-fellow');
    await capture.getByRole('textbox', { name: 'Person 3: what you talked about (optional)' }).fill('pt J.S. MRN 1234567');
    // Patient data in a topic is flagged before saving; the user rewrites it.
    await expect
      .poll(() => capture.getByRole('group', { name: 'Person 3' }).getByRole('status').filter({ hasText: 'Possible patient data' }).textContent())
      .toMatch(/Possible patient data.*MRN 1234567/);
    await capture.getByRole('textbox', { name: 'Person 3: what you talked about (optional)' }).fill('fellowship call schedules');
    await shoot(page, 'capture-desktop');
    await capture.getByRole('button', { name: 'Save these 3 people' }).click();

    const conversations = page.getByRole('region', { name: 'Conversations logged here' });
    await expect.poll(() => conversations.getByRole('listitem').count()).toBe(3);
    const thankYous = (await readStore<Reminder>(page, 'reminders')).filter(
      (r) => r.eventId === eventId && r.kind === 'thank-you',
    );
    expect(thankYous.map((r) => [r.dueDate, r.latestDate, r.status])).toEqual([
      ['2027-03-28', '2027-04-01', 'open'],
      ['2027-03-28', '2027-04-01', 'open'],
      ['2027-03-28', '2027-04-01', 'open'],
    ]);
    expect(new Set(thankYous.map((r) => r.contactId)).size).toBe(3);
    const eventReminders = page.getByRole('list', { name: 'Reminders for this event' });
    await expect.poll(() => eventReminders.getByText('Thank-you', { exact: true }).count()).toBe(3);
    await shoot(page, 'event-after-desktop');
    await expect(seriousViolations(page)).resolves.toEqual([]);

    // -- draft the thank-you from its reminder, with a ranking promise in it
    const drummondThanks = eventReminders.getByRole('listitem').filter({ hasText: 'Amara Drummond' }).filter({ hasText: 'Thank-you' });
    await drummondThanks.getByRole('link', { name: 'Draft' }).click();
    await page.getByRole('heading', { name: 'Templates', level: 1 }).waitFor();
    await expect(page.getByRole('radio', { name: /After a conference: thank-you/ }).isChecked()).resolves.toBe(true);
    const message = page.getByRole('textbox', { name: 'Message' });
    await expect(message.inputValue()).resolves.toContain('Y-90 dosimetry research');
    await expect(page.getByRole('textbox', { name: 'Subject' }).inputValue()).resolves.toBe(
      `Thank you for our conversation at ${EVENT_NAME}`,
    );
    await message.press('Control+End');
    await message.pressSequentially('\nI will rank you #1.');
    const warnings = page.getByRole('status').filter({ hasText: 'NRMP wording' });
    await expect.poll(() => warnings.textContent()).toMatch(/I will rank you #1/);
    await expect(message.getAttribute('aria-describedby')).resolves.toBe(await warnings.getAttribute('id'));
    await shoot(page, 'templates-flagged-desktop');
    await expect(seriousViolations(page)).resolves.toEqual([]);

    // Copy, then mark the reminder done and log the email.
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Subject: Thank you for our conversation at /);
    expect(copied).toContain('I will rank you #1.');
    await page.getByRole('button', { name: 'Mark reminder done and log the email' }).click();
    await page.getByRole('dialog', { name: 'Mark the reminder done?' }).getByRole('button', { name: 'Mark done and log email' }).click();
    await page.getByText('This reminder is already done.').waitFor();
    const done = (await readStore<Reminder>(page, 'reminders')).filter((r) => r.eventId === eventId && r.kind === 'thank-you');
    expect(done.filter((r) => r.status === 'done')).toHaveLength(1);
    const emails = (await readStore<{ kind: string; eventId: string | null }>(page, 'interactions')).filter(
      (i) => i.kind === 'email' && i.eventId === eventId,
    );
    expect(emails).toHaveLength(1);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('lays the screens out at phone width', { timeout: 120_000 }, async () => {
    const { page, context, errors } = await openApp(browser, {
      viewport: PHONE,
      timezoneId: TIMEZONE,
      beforeGoto: (p) => p.clock.setFixedTime(BEFORE),
    });
    await loadSampleData(page);
    await page.getByRole('region', { name: 'Networking blueprint' }).waitFor();
    await shoot(page, 'today-phone');
    for (const [path, heading, name] of [
      ['/events', 'Events', 'events-phone'],
      ['/templates?template=pre-conference-chat', 'Templates', 'templates-phone'],
    ] as const) {
      await page.goto(baseURL() + path);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await shoot(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await page.goto(baseURL() + '/events');
    await page.getByRole('link', { name: 'SIR Annual Scientific Meeting (sample)' }).click();
    await page.getByRole('heading', { name: 'SIR Annual Scientific Meeting (sample)', level: 1 }).waitFor();
    await shoot(page, 'event-phone');
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Edit event' }).click();
    await page.getByRole('dialog', { name: 'Edit event' }).waitFor();
    await shoot(page, 'event-form-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
