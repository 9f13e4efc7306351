import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createContact } from '../../../src/data/contacts';
import { createProgram } from '../../../src/data/programs';
import { GlobalActions } from '../../../src/app/global-actions';
import { renderWithRouter } from '../../render';
import { contactFields, programFields } from '../../factories';

async function seed() {
  const ana = await createContact(contactFields({ name: 'Dr. Ana Ruiz', institution: 'Aldercrest University' }));
  const anand = await createContact(contactFields({ name: 'Anand Patel', institution: 'Bramblewood' }));
  const program = await createProgram(programFields({ name: 'Aldercrest IR Residency', state: 'MA' }));
  return { ana, anand, program };
}

describe('search palette', () => {
  it('opens from the Search button, finds contacts and programs by name, and opens one with the arrow keys and Enter', async () => {
    const { ana } = await seed();
    const { user, router } = renderWithRouter(<GlobalActions />);
    const opener = screen.getByRole('button', { name: /Search/ });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    const input = within(dialog).getByRole('combobox', { name: 'Search contacts and programs' });
    expect(input).toHaveFocus();
    expect(await within(dialog).findByText(/Type part of a name/)).toBeInTheDocument();

    await user.type(input, 'ana');
    const options = await within(dialog).findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Anand PatelContact Bramblewood', 'Dr. Ana RuizContact Aldercrest University']);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);

    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${ana.id}`));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens with Ctrl+K, finds a program, and Escape closes it', async () => {
    const { program } = await seed();
    const { user, router } = renderWithRouter(<GlobalActions />);
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(dialog).getByRole('combobox'), 'residency');
    expect(await within(dialog).findByRole('option', { name: /Aldercrest IR Residency/ })).toHaveTextContent('Program');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');

    await user.keyboard('{Meta>}k{/Meta}');
    const again = await screen.findByRole('dialog', { name: 'Search' });
    await user.type(within(again).getByRole('combobox'), 'aldercrest ir');
    await user.click(await within(again).findByRole('option', { name: /Aldercrest IR Residency/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/programs/${program.id}`));
  });

  it('says when nothing matches', async () => {
    await seed();
    const { user } = renderWithRouter(<GlobalActions />);
    await user.click(screen.getByRole('button', { name: /Search/ }));
    await user.type(await screen.findByRole('combobox'), 'zzz');
    expect(await screen.findByText('No contact or program matches.')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toEqual([]);
  });
});
