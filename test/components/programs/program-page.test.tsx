import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Toasts } from '../../../src/components/toasts';
import { db } from '../../../src/data/db';
import { createContact, removeContact } from '../../../src/data/contacts';
import { createInteraction } from '../../../src/data/interactions';
import { createProgram } from '../../../src/data/programs';
import { ProgramRoute } from '../../../src/app/routes/program-route';
import { useToastStore } from '../../../src/stores/toast-store';
import { contactFields, interactionFields, programFields } from '../../factories';

function renderProgramPage(programId: string) {
  const router = createMemoryRouter(
    [
      { path: '/programs/:programId', element: <ProgramRoute /> },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [`/programs/${programId}`] },
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

beforeEach(() => {
  useToastStore.setState({ toasts: [] });
});

describe('program page', () => {
  it('shows the details, ratings, typed figures, contacts at the program, interactions there and notes', async () => {
    const program = await createProgram(
      programFields({
        name: 'Aldercrest IR Residency',
        institution: 'Aldercrest University Hospital',
        city: 'Aldercrest',
        state: 'MA',
        region: 'northeast',
        website: 'https://ir.aldercrest.example/residency',
        status: 'interview-invited',
        interest: 4,
        ratings: { 'case-mix': 4, culture: 0 },
        figures: { medianStep2ck: 252, positions: null },
        openHousesAttended: 2,
        awayRotationDone: true,
        caseMixNotes: 'Busy oncology service',
      }),
    );
    const ana = await createContact(contactFields({ name: 'Dr. Ana Ruiz', title: 'Program Director', programIds: [program.id], stage: 'mentor' }));
    const gone = await createContact(contactFields({ name: 'Gone Person' }));
    await createContact(contactFields({ name: 'Elsewhere Person' }));
    await createInteraction(
      interactionFields([ana.id, gone.id], { programId: program.id, summary: 'Virtual open house Q&A', occurredAt: '2026-02-10T15:00:00.000Z', nextStep: 'Ask about away rotations' }),
    );
    await removeContact(gone.id);
    renderProgramPage(program.id);

    expect(await screen.findByRole('heading', { level: 1, name: 'Aldercrest IR Residency' })).toBeInTheDocument();
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(within(glance).getByLabelText('Status')).toHaveValue('interview-invited');
    expect(glance).toHaveTextContent('Integrated IR');
    expect(glance).toHaveTextContent('Northeast');
    expect(glance).toHaveTextContent('Aldercrest, MA');
    expect(glance).toHaveTextContent('4 of 5');
    expect(within(glance).getByRole('link', { name: 'ir.aldercrest.example' })).toHaveAttribute('href', 'https://ir.aldercrest.example/residency');
    expect(glance).toHaveTextContent('2 attended');
    expect(glance).toHaveTextContent('Done here');

    const ratings = within(screen.getByRole('region', { name: 'Your ratings' })).getAllByRole('row');
    expect(ratings.map((r) => r.textContent)).toEqual([
      'Case mix●●●●● 4 of 5',
      'Procedure volumeNot rated',
      'Culture and wellness●●●●● 0 of 5',
      'ResearchNot rated',
      'Call scheduleNot rated',
      'LocationNot rated',
      'Teaching and autonomyNot rated',
    ]);
    const figures = screen.getByRole('region', { name: 'Applicant figures' });
    expect(figures).toHaveTextContent('Median Step 2 CK252');
    expect(figures).toHaveTextContent('Positions per yearNot entered');

    const people = screen.getByRole('list', { name: 'Contacts at Aldercrest IR Residency' });
    expect(within(people).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Dr. Ana Ruiz Program Director Mentor']);

    const interactions = screen.getByRole('region', { name: 'Interactions here' });
    expect(interactions).toHaveTextContent('Virtual open house Q&A');
    expect(interactions).toHaveTextContent('With Dr. Ana Ruiz, Removed contact');
    expect(interactions).toHaveTextContent('Next step: Ask about away rotations');
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Case mixBusy oncology service');
  });

  it('changes the status from the page', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR' }));
    const { user } = renderProgramPage(program.id);
    await user.selectOptions(await screen.findByLabelText('Status'), 'Ranked');
    await waitFor(async () => expect((await db.programs.get(program.id))?.status).toBe('ranked'));
  });

  it('says clearly when the program does not exist', async () => {
    renderProgramPage('missing');
    expect(await screen.findByRole('heading', { name: 'Program not found' })).toBeInTheDocument();
  });

  it('deletes after confirming; contacts keep working; Undo brings it back, still linked', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR' }));
    const ana = await createContact(contactFields({ name: 'Dr. Ana Ruiz', programIds: [program.id] }));
    const { user, router } = renderProgramPage(program.id);
    await user.click(await screen.findByRole('button', { name: 'Delete program' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete Aldercrest IR?' });
    expect(confirm).toHaveTextContent('1 contact stays');
    await user.click(within(confirm).getByRole('button', { name: 'Delete program' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/programs'));
    expect(await db.programs.get(program.id)).toBeUndefined();
    expect((await db.contacts.get(ana.id))?.programIds).toEqual([program.id]);

    const toast = await screen.findByText('Deleted Aldercrest IR.');
    await user.click(within(toast.closest('li') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.programs.get(program.id))?.name).toBe('Aldercrest IR'));
    expect(await db.trash.count()).toBe(0);
    await router.navigate(`/programs/${program.id}`);
    expect(await screen.findByRole('link', { name: 'Dr. Ana Ruiz' })).toBeInTheDocument();
  });
});
