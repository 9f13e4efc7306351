import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addLocalDays, compareLocalDays, isLocalDayBefore } from '../../src/lib/dates';

describe('compareLocalDays: days compared as dates, not as text', () => {
  it.each([
    ['2026-03-09', '2026-03-10', -1],
    ['2026-03-10', '2026-03-10', 0],
    ['2026-12-31', '2027-01-01', -1],
    // As text "10000-02-11" sorts before "2026-…"; as a date it is far later.
    ['10000-02-11', '2026-12-02', 1],
    ['9999-12-31', '10000-01-01', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareLocalDays(a, b))).toBe(sign);
    expect(isLocalDayBefore(a, b)).toBe(sign < 0);
  });

  it('agrees with day arithmetic: a day plus n > 0 days is always after it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1950, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), fc.integer({ min: 1, max: 3000 }), (d, n) => {
        const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        expect(isLocalDayBefore(day, addLocalDays(day, n))).toBe(true);
        expect(compareLocalDays(day, day)).toBe(0);
      }),
    );
  });
});
