import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createContact } from '../../../src/data/contacts';
import { updateScoringSettings } from '../../../src/data/priorities';
import { db } from '../../../src/data/db';
import { createProgram, updateProgram } from '../../../src/data/programs';
import { PrioritiesScreen } from '../../../src/features/priorities/components/priorities-screen';
import { contactFields, programFields } from '../../factories';
import { renderWithRouter } from '../../render';

async function seed() {
  await createProgram(programFields({ name: 'Alpha IR', track: 'integrated-ir', region: 'midwest', ratings: { research: 5, culture: 1 } }));
  await createProgram(programFields({ name: 'Beta IR', track: 'dr-esir', region: 'northeast', ratings: { research: 1, culture: 5 } }));
  await createContact(contactFields({ name: 'Dr. Casey Lee', role: 'program-director', stage: 'mentor' }));
}

function programNames(): string[] {
  const list = screen.getByRole('region', { name: /Programs to focus on/ });
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('priority-row'))
    .map((item) => within(item).getAllByRole('link')[0].textContent ?? '');
}

describe('PrioritiesScreen', () => {
  it('shows an empty state when there is nothing to rank', async () => {
    renderWithRouter(<PrioritiesScreen />);
    expect(await screen.findByRole('heading', { name: 'Nothing to rank yet' })).toBeInTheDocument();
  });

  it('expands a row, by keyboard, to contributions that add up to its score', async () => {
    await seed();
    const { user } = renderWithRouter(<PrioritiesScreen />);
    const list = await screen.findByRole('region', { name: /Programs to focus on/ });
    const toggle = (await within(list).findAllByRole('button', { name: /breakdown for/ }))[0];
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const row = toggle.closest('li');
    if (row === null) throw new Error('row not found');
    const score = Number(within(row).getByLabelText(/^Score [\d.]+ of 100$/).textContent);
    const breakdown = within(row).getByRole('list', { name: 'Score breakdown' });
    const points = within(breakdown)
      .getAllByRole('listitem')
      .filter((item) => !item.classList.contains('breakdown-total'))
      .map((item) => Number(/^([\d.]+) \//.exec(item.querySelector('.breakdown-points')?.textContent ?? '')?.[1]));
    // Fit, connection, engagement and your interest.
    expect(points).toHaveLength(4);
    expect(breakdown).toHaveTextContent('Your interest');
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(score, 5);
    expect(score).toBeGreaterThan(0);
  });

  it('re-ranks at once when a weight changes', async () => {
    await seed();
    renderWithRouter(<PrioritiesScreen />);
    await updateScoringSettings({
      programWeights: { fit: 10, connection: 0, engagement: 0, interest: 0 },
      criterionWeights: { research: 10, culture: 0 },
    });
    await waitFor(() => expect(programNames()).toEqual(['Alpha IR', 'Beta IR']));
    await act(() => updateScoringSettings({ criterionWeights: { research: 0, culture: 10 } }));
    await waitFor(() => expect(programNames()).toEqual(['Beta IR', 'Alpha IR']));
  });

  it('re-ranks from the Weights panel on the screen itself', async () => {
    await seed();
    await updateScoringSettings({
      programWeights: { fit: 10, connection: 0, engagement: 0, interest: 0 },
      criterionWeights: { research: 10, culture: 0 },
    });
    const { user } = renderWithRouter(<PrioritiesScreen />);
    await waitFor(() => expect(programNames()).toEqual(['Alpha IR', 'Beta IR']));
    await user.click(screen.getByText('Weights', { selector: 'summary' }));
    const criteria = screen.getByRole('group', { name: 'Criteria inside fit' });
    const research = within(criteria).getByRole('slider', { name: 'Research' });
    const culture = within(criteria).getByRole('slider', { name: 'Culture and wellness' });
    // jsdom has no keyboard behaviour for range inputs; the e2e bench drives them in Chromium.
    fireEvent.change(research, { target: { value: '0' } });
    fireEvent.change(culture, { target: { value: '10' } });
    await waitFor(() => expect(programNames()).toEqual(['Beta IR', 'Alpha IR']));
    expect(research).toHaveValue('0');
    expect(culture).toHaveValue('10');
  });

  it('filters programs by track from the URL and keeps only contacts linked to them', async () => {
    await seed();
    renderWithRouter(<PrioritiesScreen />, { path: '/priorities', route: '/priorities?track=dr-esir' });
    await waitFor(() => expect(programNames()).toEqual(['Beta IR']));
    expect(screen.getByLabelText('Track')).toHaveValue('dr-esir');
    expect(screen.getByText('Nobody is linked to a matching program.')).toBeInTheDocument();
  });

  it('says in one line why each program is ahead of the next, and re-ranks when interest changes', async () => {
    await seed();
    const beta = (await db.programs.toArray()).find((p) => p.name === 'Beta IR');
    if (!beta) throw new Error('Beta IR not seeded');
    await updateScoringSettings({ programWeights: { fit: 0, connection: 0, engagement: 0, interest: 10 } });
    renderWithRouter(<PrioritiesScreen />);
    await waitFor(() => expect(programNames()).toEqual(['Alpha IR', 'Beta IR']));
    await act(() => updateProgram(beta.id, { interest: 5 }));
    await waitFor(() => expect(programNames()).toEqual(['Beta IR', 'Alpha IR']));
    const list = screen.getByRole('region', { name: /Programs to focus on/ });
    const [first] = within(list).getAllByRole('listitem').filter((item) => item.classList.contains('priority-row'));
    expect(first).toHaveTextContent('Ahead of Alpha IR on your interest (+50.0 points): 5 of 5.');
  });

  it('offers the button that does the next action', async () => {
    await seed();
    renderWithRouter(<PrioritiesScreen />);
    const link = await screen.findByRole('link', { name: 'Draft it for Dr. Casey Lee' });
    expect(link.getAttribute('href')).toMatch(/^\/templates\?contact=.+&template=/);
  });
});
