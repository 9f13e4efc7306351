/** The app's router: the shell paints while the first screen's code loads, with no console warning. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import { createAppRouter } from '../../src/app/router';
import { updateSettings } from '../../src/data/profile-settings';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createAppRouter', () => {
  it('shows the shell before the lazy screen arrives and never warns about a missing HydrateFallback', async () => {
    await updateSettings({ firstRunChoice: 'empty' });
    const warn = vi.spyOn(console, 'warn');
    window.history.replaceState(null, '', '/settings');
    render(<RouterProvider router={createAppRouter()} />);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 8000 })).toBeInTheDocument();
    const messages = warn.mock.calls.map((call) => call.map(String).join(' '));
    expect(messages.filter((m) => m.includes('HydrateFallback'))).toEqual([]);
  });

  it('gives Today one general Log meeting button, the one in the top bar', async () => {
    await updateSettings({ firstRunChoice: 'empty' });
    window.history.replaceState(null, '', '/');
    render(<RouterProvider router={createAppRouter()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 8000 })).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Log meeting' });
    expect(buttons).toHaveLength(1);
    expect(screen.getByRole('banner')).toContainElement(buttons[0]);
  });
});
