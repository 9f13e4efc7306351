import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithRouter } from '../../render';
import { EventsList } from '../../../src/features/events/components/events-list';
import type { EventSummary } from '../../../src/data/event-plans';
import { event } from '../../domain/playbook/records';

const summary = (overrides: Parameters<typeof event>[0], counts: Partial<EventSummary> = {}): EventSummary => ({
  event: event(overrides),
  openOutreach: 0,
  conversations: 0,
  ...counts,
});

describe('Events list', () => {
  it('puts upcoming and ongoing events first (soonest first), then past ones (latest first)', () => {
    const summaries = [
      summary({ name: 'RSNA 2026', startDate: '2026-11-29', endDate: '2026-12-03' }, { conversations: 2 }),
      summary({ name: 'Regional chapter', kind: 'regional-meeting', startDate: '2027-01-10', endDate: '2027-01-10' }),
      summary({ name: 'Open house', kind: 'open-house', startDate: '2027-01-30', endDate: '2027-02-02' }),
      summary({ name: 'SIR 2027', startDate: '2027-03-20', endDate: '2027-03-25', targetContactIds: ['a', 'b'] }, { openOutreach: 2 }),
    ];
    renderWithRouter(<EventsList summaries={summaries} today="2027-02-01" onCreate={vi.fn()} />);
    const upcoming = screen.getByRole('region', { name: 'Upcoming' });
    const past = screen.getByRole('region', { name: 'Past' });
    expect(within(upcoming).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Open house', 'SIR 2027']);
    expect(within(past).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Regional chapter', 'RSNA 2026']);
    const sir = within(upcoming).getByRole('heading', { name: 'SIR 2027' }).closest('li');
    expect(sir).toHaveTextContent('20–25 Mar 2027');
    expect(sir).toHaveTextContent('2 people to meet · 2 outreach reminders open');
    expect(within(upcoming).getByRole('heading', { name: 'Open house' }).closest('li')).toHaveTextContent('On now');
    expect(within(past).getByRole('link', { name: 'RSNA 2026' })).toHaveAttribute('href', `/events/${summaries[0].event.id}`);
  });

  it('explains what events are for when there are none', async () => {
    const onCreate = vi.fn();
    const { user } = renderWithRouter(<EventsList summaries={[]} today="2027-02-01" onCreate={onCreate} />);
    expect(screen.getByRole('heading', { name: 'No events yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add your first event' }));
    expect(onCreate).toHaveBeenCalled();
  });
});
