import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexActivity } from '../../../src/domain/scoring/activity';
import { rankFactors, rankPriorities, scoreFactors, type ScoredFactors } from '../../../src/domain/scoring/rank';
import type { ScoringInput } from '../../../src/domain/scoring/types';
import { toLocalDate } from '../../../src/lib/dates';
import { contact, defaultScoring, interaction, NOW, program, settingsArb, TODAY, worldArb } from './fixtures';

/** Steps 1 and 2 of scoring, as a screen that keeps them between weight changes would run them. */
function factorsOf(world: ScoringInput): ScoredFactors {
  const nowMs = world.now.getTime();
  const today = world.today ?? toLocalDate(world.now);
  const activities = indexActivity(world.contacts, world.interactions, world.reminders, {
    nowMs,
    today,
    halfLifeDays: world.settings.halfLifeDays,
  });
  return scoreFactors({
    contacts: world.contacts,
    programs: world.programs,
    activities,
    profile: world.profile,
    criterionWeights: world.settings.criterionWeights,
    nowMs,
    today,
    mentorDefaultCadenceDays: world.mentorDefaultCadenceDays,
  });
}

describe('scoring in steps', () => {
  it('re-weighting kept factors gives exactly what scoring from scratch with the new weights gives', () => {
    fc.assert(
      fc.property(worldArb, settingsArb, (world, other) => {
        const factors = factorsOf(world);
        const weights = { contactWeights: other.contactWeights, programWeights: other.programWeights };
        const fresh = rankPriorities({ ...world, settings: { ...world.settings, ...weights } });
        expect(rankFactors(factors, weights)).toEqual(fresh);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves the kept factors as they were, so they can be weighted again', () => {
    const world: ScoringInput = {
      contacts: [contact({ id: 'c1', name: 'Ada', programIds: ['p1'] }), contact({ id: 'c2', name: 'Ben' })],
      programs: [program({ id: 'p1', name: 'North' })],
      interactions: [interaction({ id: 'i1', contactIds: ['c1'], occurredAt: NOW.toISOString() })],
      reminders: [],
      profile: null,
      settings: defaultScoring(),
      now: NOW,
      today: TODAY,
    };
    const factors = factorsOf(world);
    // The entries only: the tie-breakers are caches that a ranking may fill.
    const plain = (f: ScoredFactors) => ({ contacts: f.contacts, programs: f.programs });
    const before = structuredClone(plain(factors));
    const first = rankFactors(factors, { ...defaultScoring(), contactWeights: { strength: 10, leverage: 0, urgency: 0 } });
    const second = rankFactors(factors, { ...defaultScoring(), contactWeights: { strength: 0, leverage: 0, urgency: 0 } });
    expect(plain(factors)).toEqual(before);
    expect(first.contacts.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(first.contacts[0].score).toBeGreaterThan(0);
    expect(second.contacts.map((c) => c.score)).toEqual([0, 0]);
    expect(first.contacts[0].rank).toBe(1);
  });
});
