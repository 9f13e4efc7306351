import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { BlueprintProgressView } from '../../../src/features/playbook/components/blueprint-progress';
import { blueprintProgress } from '../../../src/domain/playbook/blueprint';
import { contact } from '../../domain/playbook/records';

describe('Blueprint progress', () => {
  it('shows five labelled progress bars with their checks and the next step of the weakest stage', () => {
    const progress = blueprintProgress({
      contacts: [contact({ name: 'Dr. Grace Lee', role: 'ir-attending' })],
      interactions: [],
      events: [],
      programs: [],
      reminders: [],
      profile: null,
      today: '2027-02-01',
    });
    render(<BlueprintProgressView progress={progress} />);
    const section = screen.getByRole('region', { name: 'Networking blueprint' });
    const bars = within(section).getAllByRole('progressbar');
    expect(bars.map((b) => b.getAttribute('aria-labelledby') && document.getElementById(b.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual([
      'Home base',
      'Mentorship',
      'Conferences',
      'Online presence',
      'Application season',
    ]);
    const homeBase = within(section).getByRole('progressbar', { name: 'Home base' });
    expect(homeBase).toHaveAttribute('value', String(progress.stages[0].progress));
    expect(homeBase).toHaveAttribute('max', '100');
    const checks = within(section).getByRole('list', { name: 'Home base checks' });
    expect(within(checks).getAllByRole('listitem')[0]).toHaveTextContent('IR faculty identified1 of 3, not yet');
    const next = within(section).getByRole('note', { name: 'Next step' });
    expect(next).toHaveTextContent(progress.nextStep ?? 'missing');
    const weakest = progress.stages.find((s) => s.id === progress.weakestStageId);
    expect(next).toHaveTextContent(weakest?.name ?? 'missing');
  });
});
