import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchTerms, termSpans } from '../../../src/domain/search/terms';

describe('search terms', () => {
  it.each([
    ['Muñoz', ['munoz']],
    ['São Paulo', ['sao', 'paulo']],
    ['Y-90', ['y90']],
    ['y90', ['y90']],
    ['Y 90 dosimetry', ['y90', 'dosimetry']],
    ['case 12', ['case', '12']],
    ['COVID-19', ['covid19']],
    ["O'Brien’s", ['obriens']],
    ['thank-you', ['thank', 'you']],
    ['ÉCOLE  Zürich', ['ecole', 'zurich']],
    ['  -- ', []],
  ])('%j → %j', (text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });

  it('places each term on the original text, decomposed accents included', () => {
    const text = 'Dr. Mun\u0303oz: Y-90 in São Paulo';
    expect(termSpans(text).map((s) => [s.term, text.slice(s.start, s.end)])).toEqual([
      ['dr', 'Dr'],
      ['mun\u0303oz'.normalize('NFD').replace(/\p{M}/gu, ''), 'Mun\u0303oz'],
      ['y90', 'Y-90'],
      ['in', 'in'],
      ['sao', 'São'],
      ['paulo', 'Paulo'],
    ]);
  });

  it('finds the same terms with and without positions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(termSpans(text).map((s) => s.term)).toEqual(searchTerms(text));
      }),
    );
  });
});
