import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createContact } from '../../../src/data/contacts';
import { createInteraction } from '../../../src/data/interactions';
import { createProgram } from '../../../src/data/programs';
import { GlobalActions } from '../../../src/app/global-actions';
import { SearchRoute } from '../../../src/app/routes/search-route';
import { useLogMeetingStore } from '../../../src/stores/log-meeting-store';
import { renderWithRouter } from '../../render';
import { contactFields, interactionFields, programFields } from '../../factories';

async function seed() {
  const ana = await createContact(contactFields({ name: 'Dr. Ana Ruiz', institution: 'Aldercrest University' }));
  const anand = await createContact(contactFields({ name: 'Anand Patel', institution: 'Bramblewood' }));
  const program = await createProgram(programFields({ name: 'Aldercrest IR Residency', state: 'MA' }));
  const meeting = await createInteraction(
    interactionFields([ana.id], { summary: 'Coffee after rounds', nextStep: 'Read her paper on Y-90 dosimetry', notes: 'Talked about embolization.' }),
  );
  return { ana, anand, program, meeting };
}

const optionTexts = (root: HTMLElement) => within(root).getAllByRole('option').map((o) => o.textContent);

describe('search palette', () => {
  it('opens from the Search button, finds contacts and programs by name first, and opens one with the arrow keys and Enter', async () => {
    const { ana } = await seed();
    const { user, router } = renderWithRouter(<GlobalActions />);
    await user.click(screen.getByRole('button', { name: /Search/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    const input = within(dialog).getByRole('combobox', { name: 'Search everything' });
    expect(input).toHaveFocus();
    expect(await within(dialog).findByText(/Type to find contacts/)).toBeInTheDocument();

    await user.type(input, 'ana');
    const contacts = await within(dialog).findByRole('group', { name: 'Contacts' });
    expect(optionTexts(contacts)).toEqual(['Anand PatelBramblewood', 'Dr. Ana RuizAldercrest University']);
    const first = within(contacts).getAllByRole('option')[0];
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    // The matching part of the name is marked, as text.
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Anand']);

    await user.keyboard('{ArrowDown}');
    expect(within(contacts).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${ana.id}`));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('finds words in notes and next steps, grouped under headings, with the matching words in <mark>', async () => {
    const { ana } = await seed();
    const { user, router } = renderWithRouter(<GlobalActions />);
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'y90');
    const meetings = await within(dialog).findByRole('group', { name: 'Meetings and notes' });
    const [hit] = within(meetings).getAllByRole('option');
    expect(hit).toHaveTextContent('Coffee after rounds');
    expect(hit).toHaveTextContent('Dr. Ana Ruiz');
    expect(hit).toHaveTextContent('Next step: Read her paper on Y-90 dosimetry');
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Y-90']);
    expect(within(dialog).queryByRole('group', { name: 'Contacts' })).not.toBeInTheDocument();

    // Typo and prefix forgiven; several groups in their order.
    await user.clear(within(dialog).getByRole('combobox'));
    await user.type(within(dialog).getByRole('combobox'), 'aldercrest');
    expect(await within(dialog).findByRole('group', { name: 'Contacts' })).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Programs' })).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('combobox'));
    await user.type(within(dialog).getByRole('combobox'), 'embolizaton');
    const again = await within(dialog).findByRole('group', { name: 'Meetings and notes' });
    expect([...again.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['embolization']);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${ana.id}`));
  });

  it('runs a command: Log meeting opens the dialog', async () => {
    await seed();
    useLogMeetingStore.getState().closeLogMeeting();
    const { user } = renderWithRouter(<GlobalActions />);
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'log meeting');
    const commands = await within(dialog).findByRole('group', { name: 'Commands' });
    await user.click(within(commands).getByRole('option', { name: /Log meeting/ }));
    await waitFor(() => expect(useLogMeetingStore.getState().open).toBe(true));
    useLogMeetingStore.getState().closeLogMeeting();
  });

  it('Escape closes; "See all results" and Enter with nothing found go to the results page', async () => {
    await seed();
    // The top bar stays on every screen, the results page too.
    const { user, router } = renderWithRouter(<GlobalActions />, { path: '*' });
    await user.keyboard('{Control>}k{/Control}');
    let dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'residency');
    expect(await within(dialog).findByRole('option', { name: /Aldercrest IR Residency/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');

    await user.keyboard('{Meta>}k{/Meta}');
    dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'dosimetry');
    await within(dialog).findByRole('group', { name: 'Meetings and notes' });
    await user.keyboard('{ArrowUp}');
    expect(within(dialog).getByRole('option', { name: 'See all results for “dosimetry”' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/search?q=dosimetry'));

    await user.keyboard('{Control>}k{/Control}');
    dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'zzz');
    expect(await within(dialog).findByText('Nothing matches “zzz”.')).toBeInTheDocument();
    expect(optionTexts(dialog)).toEqual(['See all results for “zzz”']);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?q=zzz'));

    // Shift+Enter: every result, even with a hit active.
    await user.keyboard('{Control>}k{/Control}');
    dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'residency');
    expect(await within(dialog).findByRole('option', { name: /Aldercrest IR Residency/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await waitFor(() => expect(router.state.location.search).toBe('?q=residency'));
  });
});

describe('search results page', () => {
  it('shows every match for /search?q=…, grouped by kind under headings, and keeps the query in the URL as it changes', async () => {
    const { ana, program } = await seed();
    const router = createMemoryRouter(
      [
        { path: '/search', element: <SearchRoute /> },
        { path: '*', element: <p>Elsewhere</p> },
      ],
      { initialEntries: ['/search?q=aldercrest'] },
    );
    const user = userEvent.setup();
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { name: /Contacts/, level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Programs/, level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 results for “aldercrest”.');
    const contacts = screen.getByRole('region', { name: /Contacts/ });
    expect(within(contacts).getByRole('link', { name: /Dr. Ana Ruiz/ })).toHaveAttribute('href', `/contacts/${ana.id}`);
    expect(within(screen.getByRole('region', { name: /Programs/ })).getByRole('link', { name: /Aldercrest IR Residency/ })).toHaveAttribute(
      'href',
      `/programs/${program.id}`,
    );

    const box = screen.getByRole('searchbox', { name: 'Search everything' });
    await user.clear(box);
    await user.type(box, 'dosimetry');
    await waitFor(() => expect(router.state.location.search).toBe('?q=dosimetry'));
    const meetings = await screen.findByRole('region', { name: /Meetings and notes/ });
    expect([...meetings.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['dosimetry']);
    expect(screen.queryByRole('region', { name: /Contacts/ })).not.toBeInTheDocument();
  });
});
