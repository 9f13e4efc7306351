import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../src/data/db';
import { createProgram } from '../../../src/data/programs';
import { ProgramsScreen } from '../../../src/features/programs/components/programs-screen';
import { useToastStore } from '../../../src/stores/toast-store';
import { renderWithRouter } from '../../render';
import { programFields } from '../../factories';

function renderPrograms(route = '/programs') {
  return renderWithRouter(<ProgramsScreen />, { path: '/programs', route });
}

const column = (status: string) => screen.getByRole('region', { name: new RegExp(`^${status} \\d+$`) });
const cardNames = (status: string) => within(column(status)).queryAllByRole('link').map((a) => a.textContent);

beforeEach(() => {
  useToastStore.setState({ toasts: [] });
});

describe('programs board', () => {
  it('invites the first program when there are none', async () => {
    renderPrograms();
    expect(await screen.findByRole('heading', { name: 'No programs yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New program' })).toBeInTheDocument();
  });

  it('shows a column per status, every one present, and counts', async () => {
    await createProgram(programFields({ name: 'Aldercrest IR', status: 'applied' }));
    await createProgram(programFields({ name: 'Bramblewood IR', status: 'applied' }));
    await createProgram(programFields({ name: 'Coppergate ESIR', status: 'not-applying' }));
    renderPrograms();
    await screen.findByText('3 programs');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Researching 0', 'Applying 0', 'Applied 2', 'Interview invited 0', 'Interviewed 0', 'Ranked 0', 'Not applying 1']);
    expect(cardNames('Applied')).toEqual(['Aldercrest IR', 'Bramblewood IR']);
  });

  it('moves a program with its "Move to" menu and announces it', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR', status: 'researching' }));
    const { user } = renderPrograms();
    await screen.findByText('1 program');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Move to — Aldercrest IR' }), 'Interview invited');
    await waitFor(() => expect(cardNames('Interview invited')).toEqual(['Aldercrest IR']));
    expect(cardNames('Researching')).toEqual([]);
    expect((await db.programs.get(program.id))?.status).toBe('interview-invited');
    expect(screen.getByText('Moved Aldercrest IR to Interview invited.')).toBeInTheDocument();
    // Focus follows the card into its new column.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Move to — Aldercrest IR' })).toHaveFocus());
  });

  it('moves a program with the arrow keys, one status at a time, keeping focus on it', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR', status: 'applying' }));
    const { user } = renderPrograms();
    await screen.findByText('1 program');
    screen.getByRole('link', { name: 'Aldercrest IR' }).focus();
    expect(screen.getByRole('link', { name: 'Aldercrest IR' })).toHaveAccessibleDescription(/Left or Right arrow/);

    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(cardNames('Applied')).toEqual(['Aldercrest IR']));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Aldercrest IR' })).toHaveFocus());
    expect(screen.getByText('Moved Aldercrest IR to Applied.')).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(cardNames('Applying')).toEqual(['Aldercrest IR']));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Aldercrest IR' })).toHaveFocus());
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(cardNames('Researching')).toEqual(['Aldercrest IR']));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Aldercrest IR' })).toHaveFocus());
    expect((await db.programs.get(program.id))?.status).toBe('researching');
    // At the first column, Left does nothing.
    await user.keyboard('{ArrowLeft}');
    expect((await db.programs.get(program.id))?.status).toBe('researching');
  });

  it('moves a program dragged onto another column', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR', status: 'researching' }));
    renderPrograms();
    await screen.findByText('1 program');
    const card = screen.getByRole('link', { name: 'Aldercrest IR' }).closest('li') as HTMLElement;
    const store = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => store.set(type, value),
      getData: (type: string) => store.get(type) ?? '',
      get types() {
        return [...store.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    fireEvent.dragStart(card, { dataTransfer });
    const target = column('Ranked');
    fireEvent.dragEnter(target, { dataTransfer });
    fireEvent.dragOver(target, { dataTransfer });
    expect(target).toHaveAttribute('data-drop-target', 'true');
    fireEvent.drop(target, { dataTransfer });
    await waitFor(() => expect(cardNames('Ranked')).toEqual(['Aldercrest IR']));
    expect((await db.programs.get(program.id))?.status).toBe('ranked');
  });
});

describe('programs table', () => {
  it('switches to a table, filters by track, region, state, status and interest, all kept in the URL', async () => {
    await createProgram(programFields({ name: 'Aldercrest IR', state: 'MA', region: 'northeast', interest: 5, status: 'applied' }));
    await createProgram(programFields({ name: 'Coppergate ESIR', track: 'dr-esir', state: 'OH', region: 'midwest', interest: 3 }));
    await createProgram(programFields({ name: 'Duneridge Independent IR', track: 'independent-ir', state: 'AZ', region: 'southwest', interest: 4 }));
    const { user, router } = renderPrograms();
    await screen.findByText('3 programs');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const table = await screen.findByRole('table');
    const rows = () =>
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getByRole('link').textContent);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Program',
      'Location',
      'Track',
      'Region',
      'Status',
      'Interest',
    ]);
    expect(rows()).toEqual(['Aldercrest IR', 'Coppergate ESIR', 'Duneridge Independent IR']);

    await user.selectOptions(screen.getByLabelText('Track'), 'DR with ESIR');
    await waitFor(() => expect(rows()).toEqual(['Coppergate ESIR']));
    await user.selectOptions(screen.getByLabelText('Track'), 'Any track');
    await user.selectOptions(screen.getByLabelText('Region'), 'Southwest');
    await waitFor(() => expect(rows()).toEqual(['Duneridge Independent IR']));
    await user.selectOptions(screen.getByLabelText('Region'), 'Any region');
    await user.selectOptions(screen.getByLabelText('State'), 'MA');
    await waitFor(() => expect(rows()).toEqual(['Aldercrest IR']));
    await user.selectOptions(screen.getByLabelText('State'), 'Any state');
    await user.selectOptions(screen.getByLabelText('Status'), 'Researching');
    await waitFor(() => expect(rows()).toEqual(['Coppergate ESIR', 'Duneridge Independent IR']));
    await user.selectOptions(screen.getByLabelText('Interest'), '4 or more');
    await waitFor(() => expect(rows()).toEqual(['Duneridge Independent IR']));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3');
    expect(router.state.location.search).toBe('?view=table&status=researching&interest=4');

    await user.type(screen.getByRole('searchbox', { name: 'Search programs' }), 'zzz');
    expect(await screen.findByRole('heading', { name: 'No programs match' })).toBeInTheDocument();
  });

  it('opens in the view a shared URL describes', async () => {
    await createProgram(programFields({ name: 'Aldercrest IR', interest: 2 }));
    await createProgram(programFields({ name: 'Bramblewood IR', interest: 5 }));
    renderPrograms('/programs?view=table&sort=interest');
    await screen.findByRole('table');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Bramblewood IR', 'Aldercrest IR']);
  });
});
