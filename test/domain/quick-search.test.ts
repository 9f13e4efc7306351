import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankSearchTargets, type SearchTarget } from '../../src/domain/quick-search';

const t = (name: string, detail = '', kind: SearchTarget['kind'] = 'contact'): SearchTarget => ({ kind, id: name, name, detail });
const targets = [
  t('Dr. Ana Ruiz', 'Aldercrest University'),
  t('Anand Patel', 'Bramblewood'),
  t('Juliana Ortiz', 'Coppergate'),
  t('Aldercrest University IR Residency', 'Boston, MA', 'program'),
  t('Li Chen', 'Aldercrest University'),
];
const names = (list: SearchTarget[]) => list.map((x) => x.name);

describe('rankSearchTargets', () => {
  it.each([
    ['', []],
    ['   ', []],
    // Name starts with the query, then a name word starts with it, then the name contains it.
    ['ana', ['Anand Patel', 'Dr. Ana Ruiz', 'Juliana Ortiz']],
    ['ald', ['Aldercrest University IR Residency', 'Dr. Ana Ruiz', 'Li Chen']],
    ['chen li', ['Li Chen']],
    ['ruiz aldercrest', ['Dr. Ana Ruiz']],
    ['zzz', []],
  ])('"%s"', (query, expected) => {
    expect(names(rankSearchTargets(targets, query, 10))).toEqual(expected);
  });

  it('returns at most `limit` matches, each containing every query word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 5 }), (query, limit) => {
        const found = rankSearchTargets(targets, query, limit);
        expect(found.length).toBeLessThanOrEqual(limit);
        const words = query.toLowerCase().split(/\s+/).filter(Boolean);
        for (const target of found) {
          const text = `${target.name} ${target.detail}`.toLowerCase();
          expect(words.every((w) => text.includes(w))).toBe(true);
        }
      }),
    );
  });
});
