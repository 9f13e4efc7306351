/** index.html paints the app's header and navigation before any script runs; it must stay the app's own. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { NAV_SCREENS } from '../../src/app/screens';

it('shows the navigation of the app, in its order, inside the layout the app renders', () => {
  const html = readFileSync(resolve(__dirname, '../../index.html'), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const shell = page.querySelector('#root > .shell[data-static-shell]');
  expect(shell).not.toBeNull();
  expect(shell?.querySelector('header.topbar a.brand')?.textContent).toBe('Rapport');
  const links = [...(shell?.querySelectorAll('nav.primary-nav[aria-label="Main"] li > a') ?? [])];
  expect(links.map((a) => ({ path: a.getAttribute('href'), label: a.textContent }))).toEqual(NAV_SCREENS.map((s) => ({ path: s.path, label: s.label })));
  expect(shell?.querySelector('main.content')).not.toBeNull();
});
