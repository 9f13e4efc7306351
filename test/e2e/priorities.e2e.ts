import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DB_NAME } from '../../src/data/db';
import { launchBrowser, loadSampleData, openApp, PHONE, waitForServiceWorkerControl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Program names in the order the Priorities screen shows them. */
async function programOrder(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: /Programs to focus on/ });
  await list.getByRole('listitem').first().waitFor();
  return list.locator('.priority-name').allTextContents();
}

/** Each program's rating on one criterion, read straight from IndexedDB. */
function criterionRatings(page: Page, criterion: string): Promise<Record<string, number | null>> {
  return page.evaluate(
    ({ dbName, criterion }) =>
      new Promise<Record<string, number | null>>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('programs').objectStore('programs').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const rows = request.result as { name: string; ratings: Record<string, number | undefined> }[];
            open.result.close();
            resolve(Object.fromEntries(rows.map((p) => [p.name, p.ratings[criterion] ?? null])));
          };
        };
      }),
    { dbName: DB_NAME, criterion },
  );
}

/** Moves a weight slider to 0 or 10 by keyboard (Home / End), the way a keyboard user would. */
async function setSlider(page: Page, group: string, label: string, value: 0 | 10): Promise<void> {
  const slider = page.getByRole('group', { name: group }).getByRole('slider', { name: label, exact: true });
  await slider.focus();
  await page.keyboard.press(value === 0 ? 'Home' : 'End');
  await expect.poll(() => slider.inputValue()).toBe(String(value));
}

describe('priorities', () => {
  it('re-ranks programs by the one criterion left weighted, explains the top program, and works offline', async () => {
    const { page, errors, context } = await openApp(browser);
    await loadSampleData(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Priorities', exact: true }).click();
    await page.getByRole('heading', { name: 'Priorities', level: 1 }).waitFor();
    const before = await programOrder(page);
    expect(before.length).toBe(12);
    await page.screenshot({ path: '/tmp/priorities-1280.png', fullPage: true });

    // The sample profile targets tracks and regions; clear them so fit is the ratings alone.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Profile and priorities' }).waitFor();
    // The form shows once the profile is read ("Loading…" until then); collecting the boxes sooner finds none.
    await page.getByRole('group', { name: /Target tracks/ }).getByRole('checkbox', { checked: true }).first().waitFor();
    for (const box of await page.getByRole('group', { name: /Target tracks|Preferred regions/ }).getByRole('checkbox').all()) {
      await box.uncheck();
    }
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();

    // The sample ratings vary most on procedure volume: let it alone decide fit.
    for (const label of ['Case mix', 'Culture and wellness', 'Research', 'Call schedule', 'Location', 'Teaching and autonomy']) {
      await setSlider(page, 'Criteria inside fit', label, 0);
    }
    await setSlider(page, 'Criteria inside fit', 'Procedure volume', 10);
    await setSlider(page, 'Programs', 'Fit', 10);
    await setSlider(page, 'Programs', 'Connection', 0);
    await setSlider(page, 'Programs', 'Engagement', 0);
    await setSlider(page, 'Programs', 'Your interest', 0);
    await page.screenshot({ path: '/tmp/settings-1280.png', fullPage: true });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Priorities', exact: true }).click();
    await page.getByRole('heading', { name: 'Priorities', level: 1 }).waitFor();
    const ratings = await criterionRatings(page, 'procedure-volume');
    const after = await programOrder(page);
    const afterRatings = after.map((name) => ratings[name] ?? 0);
    expect(afterRatings).toEqual([...afterRatings].sort((a, b) => b - a));
    expect(new Set(afterRatings).size).toBeGreaterThan(1);
    expect(after).not.toEqual(before);

    // The top program's breakdown: its factor rows with their points.
    const top = page.getByRole('region', { name: /Programs to focus on/ }).getByRole('listitem').first();
    const toggle = top.getByRole('button', { name: /breakdown for/ });
    await expect(toggle.textContent()).resolves.toMatch(/^Show breakdown/);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const breakdown = top.getByRole('list', { name: 'Score breakdown' });
    await breakdown.waitFor();
    await expect(breakdown.getByRole('listitem').filter({ hasText: /^Fit\s*\d+\.\d \/ \d+\.\d/ }).count()).resolves.toBe(1);
    await expect(breakdown.getByText(/Ratings 5\.0\/5/).count()).resolves.toBe(1);
    await page.screenshot({ path: '/tmp/priorities-expanded-1280.png', fullPage: true });

    expect(errors).toEqual([]);
    // Everything is local: once the worker has claimed this first-visit tab, the network can go.
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Priorities', exact: true }).click();
    await page.getByRole('heading', { name: 'Priorities', level: 1 }).waitFor();
    await expect(programOrder(page)).resolves.toEqual(after);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stacks the two lists on a phone and filters by track through the URL', async () => {
    const { page, errors, context } = await openApp(browser, { viewport: PHONE });
    await loadSampleData(page);
    await page.goto(page.url().replace(/\/[^/]*$/, '/priorities?track=integrated-ir'));
    await page.getByRole('heading', { name: 'Priorities', level: 1 }).waitFor();
    await expect(page.getByLabel('Track').inputValue()).resolves.toBe('integrated-ir');
    const programs = page.getByRole('region', { name: /Programs to focus on/ });
    const people = page.getByRole('region', { name: /People to contact next/ });
    await programs.getByRole('listitem').first().waitFor();
    const [a, b] = await Promise.all([programs.boundingBox(), people.boundingBox()]);
    expect(a && b && b.y > a.y + a.height - 1).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await programs.getByRole('button', { name: /Show breakdown/ }).first().click();
    await page.screenshot({ path: '/tmp/priorities-390.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
