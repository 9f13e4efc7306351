import { describe, expect, it } from 'vitest';
import { searchClosedReminders, type ClosedReminder } from '../../../src/domain/follow-ups/history';

const row = (id: string, o: Partial<ClosedReminder> = {}): ClosedReminder => ({
  id,
  title: `Reminder ${id}`,
  reason: '',
  status: 'done',
  doneAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  person: null,
  ...o,
});

describe('searchClosedReminders', () => {
  const rows = [
    row('a', { title: 'Thank Dr. Núñez after SIR', doneAt: '2026-03-05T10:00:00.000Z', person: { name: 'Dr. Ana Núñez' } }),
    row('b', { title: 'Send Dr. Lee an update', status: 'dismissed', doneAt: null, updatedAt: '2026-03-07T10:00:00.000Z', reason: 'Y-90 abstract' }),
    row('c', { title: 'Still open', status: 'open' }),
    row('d', { title: 'Deliver the PAE abstract', doneAt: '2026-02-01T10:00:00.000Z' }),
  ];
  it.each([
    { query: '', ids: ['b', 'a', 'd'] },
    { query: 'nunez', ids: ['a'] },
    { query: 'ABSTRACT', ids: ['b', 'd'] },
    { query: 'pae abstract', ids: ['d'] },
    { query: 'y-90', ids: ['b'] },
    { query: 'ana', ids: ['a'] },
    { query: 'nothing like this', ids: [] },
    { query: 'still open', ids: [] },
  ])('"$query" → $ids', ({ query, ids }) => {
    expect(searchClosedReminders(rows, query).map((r) => r.id)).toEqual(ids);
  });
});
