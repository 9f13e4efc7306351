import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../src/data/db';
import { createProgram } from '../../../src/data/programs';
import { ProgramsScreen } from '../../../src/features/programs/components/programs-screen';
import { ProgramFormDialog } from '../../../src/features/programs/forms/program-form-dialog';
import { renderWithRouter } from '../../render';
import { programFields } from '../../factories';

async function openNewProgramForm() {
  const rendered = renderWithRouter(<ProgramsScreen />, { path: '/programs', route: '/programs' });
  await rendered.user.click(await screen.findByRole('button', { name: 'New program' }));
  return { ...rendered, dialog: await screen.findByRole('dialog', { name: 'New program' }) };
}

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

describe('program form', () => {
  it('shows messages next to an empty name, a missing track and a javascript: website, and writes nothing', async () => {
    const { user, dialog } = await openNewProgramForm();
    await user.type(within(dialog).getByLabelText('Website'), 'javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Save program' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Program name')).toHaveAccessibleDescription('Enter the program name'));
    expect(within(dialog).getByLabelText('Track')).toHaveAccessibleDescription('Pick a track');
    expect(within(dialog).getByLabelText('Website')).toHaveAccessibleDescription(/Enter a web address starting with https:\/\//);
    expect(await db.programs.count()).toBe(0);
  });

  it('refuses a Step 2 CK figure out of range, with the message next to it', async () => {
    const { user, dialog } = await openNewProgramForm();
    await user.type(within(dialog).getByLabelText('Program name'), 'Aldercrest IR');
    await user.selectOptions(within(dialog).getByLabelText('Track'), 'Integrated IR');
    await user.type(within(dialog).getByLabelText('Median Step 2 CK of matched residents'), '320');
    await user.click(within(dialog).getByRole('button', { name: 'Save program' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Median Step 2 CK of matched residents')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(await db.programs.count()).toBe(0);
  });

  it('saves every field: place, track, status, interest, ratings, figures, open houses, away rotation and topic notes', async () => {
    const { user, dialog, router } = await openNewProgramForm();
    await user.type(within(dialog).getByLabelText('Program name'), 'Aldercrest IR Residency');
    await user.type(within(dialog).getByLabelText('Institution'), 'Aldercrest University Hospital');
    await user.selectOptions(within(dialog).getByLabelText('Track'), 'Integrated IR');
    await user.type(within(dialog).getByLabelText('City'), 'Aldercrest');
    await user.type(within(dialog).getByLabelText('State'), 'MA');
    await user.selectOptions(within(dialog).getByLabelText('Region'), 'Northeast');
    await user.type(within(dialog).getByLabelText('Website'), 'https://ir.aldercrest.example/residency');
    await user.selectOptions(within(dialog).getByLabelText('Application status'), 'Applied');
    await user.selectOptions(within(dialog).getByLabelText('Your interest (1–5)'), '5 – top choice');
    await user.selectOptions(within(dialog).getByLabelText('Case mix'), '4');
    await user.selectOptions(within(dialog).getByLabelText('Culture and wellness'), '0');
    await user.selectOptions(within(dialog).getByLabelText('Research'), '5');
    await user.selectOptions(within(dialog).getByLabelText('Research'), 'Not rated');
    await user.type(within(dialog).getByLabelText('Median Step 2 CK of matched residents'), '252');
    await user.type(within(dialog).getByLabelText('Positions per year'), '2');
    await user.clear(within(dialog).getByLabelText('Open houses attended'));
    await user.type(within(dialog).getByLabelText('Open houses attended'), '1');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Away rotation done here' }));
    await user.type(within(dialog).getByLabelText('Notes on case mix'), 'Busy oncology service');
    await user.type(within(dialog).getByLabelText('Notes on call'), 'Home call from PGY-3');
    await user.click(within(dialog).getByRole('button', { name: 'Save program' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/programs\/.+/));
    const saved = await db.programs.toCollection().first();
    expect(saved).toMatchObject({
      name: 'Aldercrest IR Residency',
      institution: 'Aldercrest University Hospital',
      track: 'integrated-ir',
      city: 'Aldercrest',
      state: 'MA',
      region: 'northeast',
      website: 'https://ir.aldercrest.example/residency',
      status: 'applied',
      interest: 5,
      ratings: { 'case-mix': 4, culture: 0 },
      figures: { medianStep2ck: 252, positions: 2 },
      openHousesAttended: 1,
      awayRotationDone: true,
      caseMixNotes: 'Busy oncology service',
      callNotes: 'Home call from PGY-3',
    });
    expect(router.state.location.pathname).toBe(`/programs/${saved?.id}`);
  });

  it('keeps what the user typed when the write fails', async () => {
    const program = await createProgram(programFields({ name: 'Aldercrest IR' }));
    const failWrites = () => {
      throw new Error('Storage is unavailable');
    };
    db.programs.hook('updating', failWrites);
    try {
      const onSaved = vi.fn();
      const { user } = renderWithRouter(<ProgramFormDialog program={program} onClose={() => {}} onSaved={onSaved} />);
      const dialog = await screen.findByRole('dialog', { name: 'Edit Aldercrest IR' });
      await user.type(within(dialog).getByLabelText('Other notes'), 'Visit in October');
      await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Could not save: .*Storage is unavailable/);
      expect(within(dialog).getByLabelText('Other notes')).toHaveValue('Visit in October');
      expect(onSaved).not.toHaveBeenCalled();
      expect((await db.programs.get(program.id))?.notes).toBe('');
    } finally {
      db.programs.hook('updating').unsubscribe(failWrites);
    }
  });
});
