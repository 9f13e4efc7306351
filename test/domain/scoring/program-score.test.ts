import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  competitivenessOf,
  programConnection,
  programEngagement,
  programFit,
  ratingsValue,
} from '../../../src/domain/scoring/program-score';
import { DEFAULT_CRITERION_WEIGHTS } from '../../../src/domain/settings';
import { PROGRAM_CRITERIA } from '../../../src/domain/vocabulary';
import { profile, program } from './fixtures';

const zeroWeights = { ...DEFAULT_CRITERION_WEIGHTS, 'case-mix': 0, 'procedure-volume': 0, culture: 0, research: 0, call: 0, location: 0, teaching: 0 };
const weights = { ...zeroWeights, 'case-mix': 3, culture: 1, call: 2 };

describe('programFit = weighted mean of ratings (0.6), track (0.25), region (0.15)', () => {
  it.each([
    // Nothing rated, no profile: ratings 0, only part → 0.
    { name: 'unrated, no profile', p: {}, who: null, value: 0, detail: 'No criteria rated yet' },
    // Case mix 4 (w 3), culture 2 (w 1): (12 + 2) / (5·4) = 0.7. No profile → fit = 0.7.
    {
      name: 'two ratings, no profile',
      p: { ratings: { 'case-mix': 4, culture: 2 } },
      who: null,
      value: 0.7,
      detail: 'Ratings 3.5/5 weighted over 2 criteria',
    },
    // Same ratings, track is a target: (0.6·0.7 + 0.25·1) / 0.85 = 0.67 / 0.85 = 0.7882.
    {
      name: 'plus a target track',
      p: { ratings: { 'case-mix': 4, culture: 2 } },
      who: profile({ targetTracks: ['integrated-ir'] }),
      value: 0.67 / 0.85,
      detail: 'Ratings 3.5/5 weighted over 2 criteria · Integrated IR is a target track',
    },
    // Track matches, region does not: (0.42 + 0.25 + 0) / 1 = 0.67.
    {
      name: 'plus a region that is not preferred',
      p: { ratings: { 'case-mix': 4, culture: 2 }, region: 'west-coast' },
      who: profile({ targetTracks: ['integrated-ir'], preferredRegions: ['northeast'] }),
      value: 0.67,
      detail: 'Ratings 3.5/5 weighted over 2 criteria · Integrated IR is a target track · West Coast is not a preferred place',
    },
    // Track misses, state matches (case and spaces ignored): (0.42 + 0 + 0.15) / 1 = 0.57.
    {
      name: 'preferred state, other track',
      p: { ratings: { 'case-mix': 4, culture: 2 }, track: 'dr', state: ' CA ' },
      who: profile({ targetTracks: ['integrated-ir'], preferredStates: ['ca'] }),
      value: 0.57,
      detail: 'Ratings 3.5/5 weighted over 2 criteria · Diagnostic radiology is not a target track · CA is a preferred place',
    },
    // Region preference but the program has none set: counts as no match. (0.6·1 + 0) / 0.75 = 0.8.
    {
      name: 'no region on the program',
      p: { ratings: { call: 5 } },
      who: profile({ preferredRegions: ['midwest'] }),
      value: 0.6 / 0.75,
      detail: 'Ratings 5.0/5 weighted over 1 criterion · region not set',
    },
    // Research 5 has weight 0 and drops out; call 1 (w 2): 2 / (5·2) = 0.2.
    {
      name: 'a zero-weight criterion is ignored',
      p: { ratings: { research: 5, call: 1 } },
      who: null,
      value: 0.2,
      detail: 'Ratings 1.0/5 weighted over 2 criteria',
    },
  ] as const)('$name → $value', ({ p, who, value, detail }) => {
    const result = programFit(program(p), who, weights);
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.detail).toBe(detail);
  });

  it('gives 0 for ratings when every criterion weight is zero', () => {
    expect(ratingsValue({ 'case-mix': 5, culture: 5 }, zeroWeights)).toEqual({ value: 0, rated: 2 });
  });

  it('never lowers fit when a rating with a positive weight goes up', () => {
    const ratingsArb = fc.record(
      Object.fromEntries(PROGRAM_CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 5 })])) as Record<(typeof PROGRAM_CRITERIA)[number], fc.Arbitrary<number>>,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(ratingsArb, fc.constantFrom(...PROGRAM_CRITERIA), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 10 }), (ratings, criterion, from, w) => {
        const criterionWeights = { ...DEFAULT_CRITERION_WEIGHTS, [criterion]: w };
        const before = programFit(program({ ratings: { ...ratings, [criterion]: from } }), null, criterionWeights).value;
        const after = programFit(program({ ratings: { ...ratings, [criterion]: Math.min(5, from + 1) } }), null, criterionWeights).value;
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('programConnection = 1 − Π(1 − strength)', () => {
  it.each([
    { name: 'nobody', contacts: [], value: 0, detail: 'No contacts linked to this program' },
    // 1 − 0.5 = 0.5
    { name: 'one contact', contacts: [{ name: 'Dr. Lee', strength: 0.5 }], value: 0.5, detail: '1 contact · strongest Dr. Lee (50%)' },
    // 1 − 0.5·0.5 = 0.75: the second adds 0.25, half what the first did.
    {
      name: 'two equal contacts',
      contacts: [{ name: 'Dr. Lee', strength: 0.5 }, { name: 'Dr. Patel', strength: 0.5 }],
      value: 0.75,
      detail: '2 contacts · strongest Dr. Lee (50%)',
    },
    // 1 − 0.8·0.5·1 = 0.6
    {
      name: 'three contacts, one a stranger',
      contacts: [{ name: 'A', strength: 0.2 }, { name: 'B', strength: 0.5 }, { name: 'C', strength: 0 }],
      value: 0.6,
      detail: '3 contacts · strongest B (50%)',
    },
  ])('$name → $value', ({ contacts, value, detail }) => {
    const result = programConnection(contacts);
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.detail).toBe(detail);
  });

  it('names the same strongest contact whatever the order', () => {
    const a = { name: 'Dr. B', strength: 0.4 };
    const b = { name: 'Dr. A', strength: 0.4 };
    expect(programConnection([a, b]).detail).toBe(programConnection([b, a]).detail);
    expect(programConnection([a, b]).detail).toBe('2 contacts · strongest Dr. A (40%)');
  });
});

describe('programEngagement = 0.25·min(open houses/2, 1) + 0.35·away + 0.4·status', () => {
  it.each([
    { name: 'just researching', p: {}, value: 0, detail: 'Researching · no open house · no away rotation' },
    // 0.25·½ + 0 + 0.4·0.4 = 0.125 + 0.16 = 0.285
    { name: 'applied, one open house', p: { status: 'applied', openHousesAttended: 1 }, value: 0.285, detail: 'Applied · 1 open house · no away rotation' },
    // 0.25·1 (3 capped at 2) + 0.35 + 0.4·0.9 = 0.96
    {
      name: 'interviewed after an away rotation',
      p: { status: 'interviewed', openHousesAttended: 3, awayRotationDone: true },
      value: 0.96,
      detail: 'Interviewed · 3 open houses · away rotation done',
    },
    // 0.25 + 0.35 + 0.4·1 = 1
    { name: 'ranked, everything done', p: { status: 'ranked', openHousesAttended: 2, awayRotationDone: true }, value: 1, detail: 'Ranked · 2 open houses · away rotation done' },
    // 0 + 0.35 + 0.4·0 = 0.35
    { name: 'not applying after an away', p: { status: 'not-applying', awayRotationDone: true }, value: 0.35, detail: 'Not applying · no open house · away rotation done' },
    // 0 + 0 + 0.4·0.7 = 0.28
    { name: 'interview invited', p: { status: 'interview-invited' }, value: 0.28, detail: 'Interview invited · no open house · no away rotation' },
  ] as const)('$name → $value', ({ p, value, detail }) => {
    const result = programEngagement(program(p));
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.detail).toBe(detail);
  });
});

describe('competitivenessOf: reach / target / likely only with both figures', () => {
  const figures = (medianStep2ck: number | null) => program({ figures: { medianStep2ck, positions: 4 } });
  it.each([
    { median: null, own: 250, label: 'not-enough-data', difference: null, detail: "Not enough data: add the program's median Step 2 CK" },
    { median: 248, own: null, label: 'not-enough-data', difference: null, detail: 'Not enough data: add your Step 2 CK in your profile' },
    { median: null, own: null, label: 'not-enough-data', difference: null, detail: "Not enough data: add the program's median Step 2 CK and your own score" },
    // 250 − 245 = +5 → likely
    { median: 245, own: 250, label: 'likely', difference: 5, detail: "Likely: your Step 2 CK (250) is 5 points above the program's median (245)" },
    // 250 − 254 = −4 → target
    { median: 254, own: 250, label: 'target', difference: -4, detail: "Target: your Step 2 CK (250) is 4 points below the program's median (254)" },
    // 250 − 250 = 0 → target
    { median: 250, own: 250, label: 'target', difference: 0, detail: "Target: your Step 2 CK (250) equals the program's median (250)" },
    // 250 − 249 = +1 → target
    { median: 249, own: 250, label: 'target', difference: 1, detail: "Target: your Step 2 CK (250) is 1 point above the program's median (249)" },
    // 250 − 255 = −5 → reach
    { median: 255, own: 250, label: 'reach', difference: -5, detail: "Reach: your Step 2 CK (250) is 5 points below the program's median (255)" },
  ])('median $median, own $own → $label', ({ median, own, label, difference, detail }) => {
    expect(competitivenessOf(figures(median), profile({ step2ck: own }))).toEqual({ label, difference, detail });
  });

  it('says "not enough data" without a profile', () => {
    expect(competitivenessOf(figures(250), null).label).toBe('not-enough-data');
  });
});
