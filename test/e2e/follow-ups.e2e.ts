/**
 * Issue 15 in Chromium on a fixed clock: one open update reminder per
 * relationship, the conference follow-up and stage advance for someone new,
 * and Priorities counting the user's own interest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loadSampleData, openApp } from './browser';
import type { Contact, Reminder } from '../../src/domain/entities';
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
const day = (offset: number) => format(addDays(START, offset), 'yyyy-MM-dd');
/** A sample mentor with a keep-in-touch cadence and no meeting logged yet. */
const MENTOR = 'Dr. Elena Greenhalgh';

const openUpdateReminders = async (page: Page, contactId: string) =>
  (await readStore<Reminder>(page, 'reminders')).filter(
    (r) =>
      r.contactId === contactId &&
      (r.kind === 'follow-up' || r.kind === 'keep-in-touch') &&
      (r.status === 'open' || r.status === 'snoozed'),
  );

async function openLogMeeting(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Log meeting' }).click();
  return page.getByRole('dialog', { name: 'Log meeting' });
}

/** Moves a weight slider to 0 or 10 by keyboard (Home / End). */
async function setSlider(page: Page, group: string, label: string, value: 0 | 10): Promise<void> {
  const slider = page.getByRole('group', { name: group }).getByRole('slider', { name: label, exact: true });
  await slider.focus();
  await page.keyboard.press(value === 0 ? 'Home' : 'End');
  await expect.poll(() => slider.inputValue()).toBe(String(value));
}

async function programOrder(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: /Programs to focus on/ });
  await list.locator('.priority-row').first().waitFor();
  return list.locator('.priority-name').allTextContents();
}

describe('follow-ups a user can trust', () => {
  it('a meeting with a mentor who has a cadence leaves one open update reminder, and the dialog said it replaces the earlier one', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openApp(browser, { beforeGoto: (p) => p.clock.install({ time: START }) });
    await loadSampleData(page);
    const mentorId = await contactIdByName(page, MENTOR);
    const [keepInTouch, ...others] = await openUpdateReminders(page, mentorId);
    expect(others).toEqual([]);
    expect(keepInTouch.kind).toBe('keep-in-touch');

    const dialog = await openLogMeeting(page);
    await dialog.getByRole('combobox', { name: 'Contacts' }).fill('Elena Green');
    await dialog.getByRole('option', { name: new RegExp(`^${MENTOR}`) }).click();
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about her Y-90 dosimetry project');
    const followUp = dialog.getByRole('checkbox', { name: `Send ${MENTOR} a progress update` });
    await expect.poll(() => followUp.isChecked()).toBe(true);
    const proposal = dialog.locator('li.proposal').filter({ has: page.getByRole('checkbox', { name: `Send ${MENTOR} a progress update` }) });
    const dueLabel = format(new Date(`${keepInTouch.dueDate}T12:00:00`), 'EEE d MMM');
    await expect.poll(() => proposal.textContent()).toContain(`Replaces the keep-in-touch reminder due ${dueLabel}.`);
    await page.screenshot({ path: '/tmp/issue15-mentor-dialog.png' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText(`Logged meeting with ${MENTOR} · 1 reminder`).waitFor();

    const open = await openUpdateReminders(page, mentorId);
    expect(open.map((r) => [r.kind, r.dueDate, r.latestDate])).toEqual([['follow-up', day(28), day(42)]]);
    expect((await readStore<Reminder>(page, 'reminders')).some((r) => r.id === keepInTouch.id)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a conference chat with a new person: thank-you in 3 to 7 days, follow-up in 4 to 6 weeks, stage Met, met at a conference', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openApp(browser, { beforeGoto: (p) => p.clock.install({ time: START }) });
    await loadSampleData(page);
    const name = 'Dr. Wilhelmina Achterberg';
    const dialog = await openLogMeeting(page);
    await dialog.getByRole('combobox', { name: 'Contacts' }).fill(name);
    await dialog.getByRole('option', { name: `Create “${name}”` }).click();
    await dialog.getByRole('group', { name: 'New contact' }).getByRole('combobox', { name: 'Role' }).selectOption({ label: 'IR attending' });
    await page.keyboard.press('Enter');
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('conference-conversation');
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about PAD limb salvage');
    await expect.poll(() => dialog.getByRole('checkbox', { name: `Thank ${name}` }).isChecked()).toBe(true);
    await expect.poll(() => dialog.getByRole('checkbox', { name: `Send ${name} an update after the thank-you` }).isChecked()).toBe(true);
    const advance = dialog.getByRole('checkbox', { name: `${name}: stage Identified → Met; how you met: Conference` });
    await expect.poll(() => advance.isChecked()).toBe(true);
    await page.screenshot({ path: '/tmp/issue15-conference-dialog.png' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText(`Logged conference conversation with ${name} · 2 reminders`).waitFor();

    const contact = (await readStore<Contact>(page, 'contacts')).find((c) => c.name === name);
    expect(contact).toMatchObject({ stage: 'met', howMet: 'conference' });
    const theirs = (await readStore<Reminder>(page, 'reminders')).filter((r) => r.contactId === contact?.id);
    expect(theirs.map((r) => [r.kind, r.dueDate, r.latestDate]).sort()).toEqual([
      ['follow-up', day(28), day(42)],
      ['thank-you', day(3), day(7)],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Priorities re-ranks when a program’s interest changes', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openApp(browser, { beforeGoto: (p) => p.clock.install({ time: START }) });
    await loadSampleData(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Priorities', exact: true }).click();
    await page.getByRole('heading', { name: 'Priorities', level: 1 }).waitFor();
    await page.getByText('Weights', { exact: true }).click();
    // Let interest alone decide, so the order reads straight off the ratings.
    for (const factor of ['Fit', 'Connection', 'Engagement']) await setSlider(page, 'Programs', factor, 0);
    await setSlider(page, 'Programs', 'Your interest', 10);
    const target = 'Larkspur Valley Independent IR';
    await expect.poll(async () => (await programOrder(page)).at(-1)).toBe(target);
    const before = await programOrder(page);

    await page.getByRole('region', { name: /Programs to focus on/ }).getByRole('link', { name: target }).click();
    await page.getByRole('heading', { name: target, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Edit program' }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${target}` });
    await edit.getByLabel('Your interest (1–5)').selectOption('5');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.count()).toBe(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Priorities', exact: true }).click();
    await page.getByRole('heading', { name: 'Priorities', level: 1 }).waitFor();
    await expect.poll(async () => (await programOrder(page)).indexOf(target)).toBeLessThan(before.indexOf(target));
    const after = await programOrder(page);
    expect(after.indexOf(target)).toBeLessThan(4);
    const row = page.getByRole('region', { name: /Programs to focus on/ }).locator('.priority-row').nth(after.indexOf(target));
    await row.getByRole('button', { name: `Show breakdown for ${target}` }).click();
    await expect.poll(() => row.textContent()).toContain('5 of 5');
    await page.screenshot({ path: '/tmp/issue15-priorities.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drafts a thank-you and a progress update for three sample contacts with no gap left to fill', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openApp(browser, { beforeGoto: (p) => p.clock.install({ time: START }) });
    await loadSampleData(page);
    const people = ['Dr. Elena Greenhalgh', 'Dr. Amara Drummond', 'Dr. Dev Zielinski'];
    for (const [i, name] of people.entries()) {
      const id = await contactIdByName(page, name);
      for (const template of ['post-conference-thank-you', 'mentor-progress-update']) {
        await page.goto(`${page.url().replace(/\/[^/]*(\?.*)?$/, '')}/templates?template=${template}&contact=${id}`);
        const message = page.getByRole('textbox', { name: 'Message' });
        await message.waitFor();
        const body = await message.inputValue();
        const subject = await page.getByRole('textbox', { name: 'Subject' }).inputValue();
        expect(`${subject}\n${body}`).not.toMatch(/[[\]{}]/);
        expect(body).toMatch(/^Dear Dr\. \w+,\n\n/);
        // With every gap filled, the draft can go to the mail app.
        await page.getByRole('link', { name: 'Open in mail app' }).waitFor();
        await page.locator('.draft-editor').screenshot({ path: `/tmp/issue15-draft-${i + 1}-${template}.png` });
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
