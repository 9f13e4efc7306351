import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionTenths, combineFactors } from '../../../src/domain/scoring/combine';

const factor = (factor: string, weight: number, value: number) => ({ factor, label: factor.toUpperCase(), weight, value, detail: `${factor} words` });

describe('apportionTenths', () => {
  it.each([
    // [1.25, 1.25]: tenths 12.5 + 12.5 = 25; floors 12 + 12 = 24; one tenth missing goes to the first on a tie.
    { amounts: [1.25, 1.25], tenths: [13, 12] },
    // 16.666… × 3 = 50: floors 166 × 3 = 498, two tenths missing → the first two parts.
    { amounts: [50 / 3, 50 / 3, 50 / 3], tenths: [167, 167, 166] },
    // 11.111… × 3 = 33.333…: floors 111 × 3 = 333 = round(333.33), nothing missing.
    { amounts: [100 / 9, 100 / 9, 100 / 9], tenths: [111, 111, 111] },
    // 20.04 + 30.07 = 50.11 → 501 tenths; floors 200 + 300; the larger remainder (.7) gets the tenth.
    { amounts: [20.04, 30.07], tenths: [200, 301] },
    // Whole tenths stay as they are; a negative amount counts as 0.
    { amounts: [12.3, 0, -4], tenths: [123, 0, 0] },
    { amounts: [], tenths: [] },
  ])('$amounts → $tenths', ({ amounts, tenths }) => {
    expect(apportionTenths(amounts)).toEqual(tenths);
  });

  it('always sums to the rounded total, each part within one tenth of its amount', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 8 }), (amounts) => {
        const tenths = apportionTenths(amounts);
        const total = amounts.reduce((s, a) => s + a * 10, 0);
        expect(tenths.reduce((s, t) => s + t, 0)).toBe(Math.round(total));
        tenths.forEach((t, i) => {
          expect(Number.isInteger(t)).toBe(true);
          expect(Math.abs(t - amounts[i] * 10)).toBeLessThan(1 + 1e-9);
        });
      }),
    );
  });
});

describe('combineFactors', () => {
  it.each([
    {
      // Σw = 10. Points: 100·4·0.5/10 = 20, 100·3·1/10 = 30, 100·3·0/10 = 0 → score 50.
      name: 'default contact weights',
      factors: [factor('a', 4, 0.5), factor('b', 3, 1), factor('c', 3, 0)],
      score: 50,
      points: [20, 30, 0],
      maxPoints: [40, 30, 30],
    },
    {
      // Σw = 3. Each 100·1·0.5/3 = 16.666…; total 50.0; two spare tenths go to the first two: 16.7 + 16.7 + 16.6.
      // Max points 33.333… each; total 100.0: 33.4 + 33.3 + 33.3.
      name: 'equal weights, repeating decimals',
      factors: [factor('a', 1, 0.5), factor('b', 1, 0.5), factor('c', 1, 0.5)],
      score: 50,
      points: [16.7, 16.7, 16.6],
      maxPoints: [33.4, 33.3, 33.3],
    },
    {
      // Σw = 5 + 0 (a negative weight counts as 0). 100·5·1/5 = 100 (value 1.7 clamped to 1); the other adds 0.
      name: 'value above 1 and a negative weight',
      factors: [factor('a', 5, 1.7), factor('b', -2, 0.9)],
      score: 100,
      points: [100, 0],
      maxPoints: [100, 0],
    },
    {
      // Σw = 0: the user says nothing matters, every score is 0.
      name: 'all weights zero',
      factors: [factor('a', 0, 0.9), factor('b', 0, 0.1)],
      score: 0,
      points: [0, 0],
      maxPoints: [0, 0],
    },
    {
      // Σw = 2 + 6 = 8. a: 100·2·0.3/8 = 7.5; b: 100·6·0.123/8 = 9.225 → 92.25 tenths; total 167.25 → 167 tenths;
      // floors 75 + 92 = 167, nothing missing → 7.5 + 9.2 = 16.7.
      name: 'uneven weights',
      factors: [factor('a', 2, 0.3), factor('b', 6, 0.123)],
      score: 16.7,
      points: [7.5, 9.2],
      maxPoints: [25, 75],
    },
  ])('$name', ({ factors, score, points, maxPoints }) => {
    const result = combineFactors(factors);
    expect(result.score).toBe(score);
    expect(result.contributions.map((c) => c.points)).toEqual(points);
    expect(result.contributions.map((c) => c.maxPoints)).toEqual(maxPoints);
    expect(result.contributions.map((c) => c.factor)).toEqual(factors.map((f) => f.factor));
    expect(result.contributions[0]).toMatchObject({ label: 'A', detail: 'a words' });
  });

  it('keeps score in 0–100 with contributions summing to it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1, max: 10, noNaN: true }), fc.double({ min: -0.5, max: 1.5, noNaN: true })), {
          minLength: 1,
          maxLength: 5,
        }),
        (pairs) => {
          const result = combineFactors(pairs.map(([w, v], i) => factor(`f${i}`, w, v)));
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          const sum = result.contributions.reduce((s, c) => s + c.points, 0);
          expect(Math.round(sum * 10)).toBe(Math.round(result.score * 10));
          expect(Math.abs(sum - result.score)).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
