/** Renders a component inside a memory router, the way screens see it. */
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

export function renderWithRouter(ui: ReactElement, { path = '/', route = '/' }: { path?: string; route?: string } = {}) {
  const router = createMemoryRouter([{ path, element: ui }, { path: '*', element: <p>Elsewhere</p> }], {
    initialEntries: [route],
  });
  const user = userEvent.setup();
  return { user, router, ...render(<RouterProvider router={router} />) };
}
