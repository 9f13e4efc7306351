/** The contact route in a memory router with the toasts, as the app shows a contact's page. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ContactRoute } from '../../../src/app/routes/contact-route';
import { Toasts } from '../../../src/components/toasts';

export function renderContactPage(contactId: string) {
  const router = createMemoryRouter(
    [
      { path: '/contacts/:contactId', element: <ContactRoute /> },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [`/contacts/${contactId}`] },
  );
  const user = userEvent.setup();
  render(
    <>
      <RouterProvider router={router} />
      <Toasts />
    </>,
  );
  return { user, router };
}
