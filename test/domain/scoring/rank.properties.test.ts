import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankPriorities } from '../../../src/domain/scoring/rank';
import type { ContactScore, ProgramScore, ScoringInput } from '../../../src/domain/scoring/types';
import { INTERACTION_KINDS, PROGRAM_CRITERIA } from '../../../src/domain/vocabulary';
import { daysAgo, worldArb } from './fixtures';

const RUNS = { numRuns: 100 };

function expectWellFormed(rows: readonly (ContactScore | ProgramScore)[]) {
  rows.forEach((row, i) => {
    expect(row.rank).toBe(i + 1);
    expect(row.score).toBeGreaterThanOrEqual(0);
    expect(row.score).toBeLessThanOrEqual(100);
    expect(Number.isInteger(Math.round(row.score * 10))).toBe(true);
    const sum = row.contributions.reduce((s, c) => s + c.points, 0);
    // Exact in tenths; the float sum may differ from the score only by representation error.
    expect(Math.round(sum * 10)).toBe(Math.round(row.score * 10));
    expect(Math.abs(sum - row.score)).toBeLessThan(1e-9);
    for (const c of row.contributions) {
      expect(c.points).toBeGreaterThanOrEqual(0);
      // Points and max points are rounded separately, so a factor at full value may show one tenth more.
      expect(Math.round(c.points * 10)).toBeLessThanOrEqual(Math.round(c.maxPoints * 10) + 1);
      expect(c.value).toBeGreaterThanOrEqual(0);
      expect(c.value).toBeLessThanOrEqual(1);
    }
    if (i > 0) expect(row.score).toBeLessThanOrEqual(rows[i - 1].score);
  });
}

describe('rankPriorities properties', () => {
  it('keeps every score in 0–100, its contributions summing to it, best first', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const result = rankPriorities(world);
        expect(result.contacts).toHaveLength(world.contacts.length);
        expect(result.programs).toHaveLength(world.programs.length);
        expectWellFormed(result.contacts);
        expectWellFormed(result.programs);
        for (const c of result.contacts) {
          expect(c.strength).toBeGreaterThanOrEqual(0);
          expect(c.strength).toBeLessThanOrEqual(1);
          expect(c.nextAction.text.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const copy: ScoringInput = { ...structuredClone({ ...world, now: undefined }), now: new Date(world.now.getTime()) };
        expect(rankPriorities(copy)).toEqual(rankPriorities(world));
      }),
      RUNS,
    );
  });

  it('never lowers a contact’s strength when an interaction with them is added', () => {
    fc.assert(
      fc.property(
        worldArb,
        fc.nat(),
        fc.constantFrom(...INTERACTION_KINDS),
        fc.integer({ min: -10, max: 1000 }),
        (world, pick, kind, age) => {
          const target = world.contacts[pick % world.contacts.length];
          const before = rankPriorities(world).contacts.find((c) => c.id === target.id);
          const added = { id: 'added', occurredAt: daysAgo(age), kind, contactIds: [target.id], commitments: [] };
          const after = rankPriorities({ ...world, interactions: [...world.interactions, added] }).contacts.find(
            (c) => c.id === target.id,
          );
          expect(after?.strength ?? 0).toBeGreaterThanOrEqual((before?.strength ?? 0) - 1e-12);
        },
      ),
      RUNS,
    );
  });

  it('never lowers a program’s score when a rating with a positive weight goes up', () => {
    fc.assert(
      fc.property(
        worldArb,
        fc.nat(),
        fc.constantFrom(...PROGRAM_CRITERIA),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (world, pick, criterion, from, step, weight) => {
          const index = pick % world.programs.length;
          const target = world.programs[index];
          const settings = { ...world.settings, criterionWeights: { ...world.settings.criterionWeights, [criterion]: weight } };
          const withRating = (rating: number): ScoringInput => ({
            ...world,
            settings,
            programs: world.programs.map((p, i) => (i === index ? { ...p, ratings: { ...p.ratings, [criterion]: rating } } : p)),
          });
          const score = (input: ScoringInput) => rankPriorities(input).programs.find((p) => p.id === target.id)?.score ?? NaN;
          expect(score(withRating(Math.min(5, from + step)))).toBeGreaterThanOrEqual(score(withRating(from)));
        },
      ),
      RUNS,
    );
  });

  it('gives equal scores to everyone when all factor weights are zero', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const result = rankPriorities({
          ...world,
          settings: {
            ...world.settings,
            contactWeights: { strength: 0, leverage: 0, urgency: 0 },
            programWeights: { fit: 0, connection: 0, engagement: 0, interest: 0 },
          },
        });
        expect(new Set(result.contacts.map((c) => c.score))).toEqual(new Set([0]));
        expect(new Set(result.programs.map((p) => p.score))).toEqual(new Set([0]));
      }),
      RUNS,
    );
  });

  it('labels competitiveness only when both Step 2 CK figures are known', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const result = rankPriorities(world);
        for (const row of result.programs) {
          const p = world.programs.find((x) => x.id === row.id);
          const known = p?.figures.medianStep2ck != null && world.profile?.step2ck != null;
          expect(row.competitiveness.label === 'not-enough-data').toBe(!known);
        }
      }),
      RUNS,
    );
  });
});
