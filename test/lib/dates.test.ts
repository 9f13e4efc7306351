import fc from 'fast-check';
import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from '../../src/lib/dates';

const reference = (instant: Date | string) => format(typeof instant === 'string' ? parseISO(instant) : instant, 'yyyy-MM-dd');

describe('toLocalDate', () => {
  it.each([
    ['2027-03-10T10:00:00.000Z'],
    ['2027-03-10T23:59:59Z'],
    ['2027-03-10T00:30:00+05:30'],
    ['2027-03-10'],
    ['2027-03-10T10:00'],
    ['0999-12-31T12:00:00.000Z'],
  ])('reads %s as date-fns does', (iso) => {
    expect(toLocalDate(iso)).toBe(reference(iso));
  });

  it('throws on an invalid instant, as date-fns does', () => {
    expect(() => toLocalDate('not a date')).toThrow(RangeError);
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('agrees with parseISO + format for any instant, as a Date or as its ISO string', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0500-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(toLocalDate(date)).toBe(reference(date));
        expect(toLocalDate(date.toISOString())).toBe(reference(date.toISOString()));
      }),
      { numRuns: 500 },
    );
  });
});
