/**
 * The program factors — fit, connection, engagement, your interest — each a value 0–1 with words,
 * and the competitiveness label shown beside the score (never part of it).
 */
import { APPLICATION_STATUS_LABELS, PROGRAM_CRITERIA, REGION_LABELS, TRACK_LABELS } from '../vocabulary';
import type { ProgramCriterion } from '../vocabulary';
import {
  COMPETITIVENESS_LABELS,
  COMPETITIVENESS_MARGIN,
  ENGAGEMENT_PARTS,
  FIT_PARTS,
  MAX_RATING,
  OPEN_HOUSES_FOR_FULL,
  STATUS_VALUES,
} from './factors';
import type { Competitiveness, FactorPart, ScoringProfile, ScoringProgram } from './types';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const normalState = (s: string) => s.trim().toLowerCase();

/**
 * The user's criterion ratings as one value 0–1: Σ wᶜ·rᶜ / (5 · Σ wᶜ) over the rated
 * criteria with a positive weight. Nothing rated (or every weight zero) gives 0.
 */
export function ratingsValue(
  ratings: ScoringProgram['ratings'],
  criterionWeights: Partial<Record<ProgramCriterion, number>>,
): { value: number; rated: number } {
  let weighted = 0;
  let totalWeight = 0;
  let rated = 0;
  for (const criterion of PROGRAM_CRITERIA) {
    const rating = ratings[criterion];
    if (rating === undefined) continue;
    rated += 1;
    const w = criterionWeights[criterion] ?? 0;
    if (!(w > 0)) continue;
    weighted += w * rating;
    totalWeight += w;
  }
  return { value: totalWeight > 0 ? weighted / (MAX_RATING * totalWeight) : 0, rated };
}

/**
 * Fit, 0–1: weighted mean of ratings (0.6), track match (0.25) and region match (0.15).
 * Track and region take part only when the profile states a preference; a program with
 * no region or state set does not match one.
 */
export function programFit(
  program: Pick<ScoringProgram, 'ratings' | 'track' | 'region' | 'state'>,
  profile: Pick<ScoringProfile, 'targetTracks' | 'preferredRegions' | 'preferredStates'> | null,
  criterionWeights: Partial<Record<ProgramCriterion, number>>,
): FactorPart {
  const ratings = ratingsValue(program.ratings, criterionWeights);
  let sum = FIT_PARTS.ratings * ratings.value;
  let total: number = FIT_PARTS.ratings;
  const words = [
    ratings.rated === 0
      ? 'No criteria rated yet'
      : `Ratings ${(ratings.value * MAX_RATING).toFixed(1)}/5 weighted over ${ratings.rated} ${ratings.rated === 1 ? 'criterion' : 'criteria'}`,
  ];

  if (profile !== null && profile.targetTracks.length > 0) {
    const match = profile.targetTracks.includes(program.track);
    sum += match ? FIT_PARTS.track : 0;
    total += FIT_PARTS.track;
    words.push(`${TRACK_LABELS[program.track]} ${match ? 'is' : 'is not'} a target track`);
  }

  if (profile !== null && (profile.preferredRegions.length > 0 || profile.preferredStates.length > 0)) {
    const regionMatch = program.region !== null && profile.preferredRegions.includes(program.region);
    const state = normalState(program.state);
    const stateMatch = state !== '' && profile.preferredStates.some((s) => normalState(s) === state);
    sum += regionMatch || stateMatch ? FIT_PARTS.region : 0;
    total += FIT_PARTS.region;
    const where = program.region !== null ? REGION_LABELS[program.region] : program.state.trim();
    if (where === '') words.push('region not set');
    else words.push(`${where} ${regionMatch || stateMatch ? 'is' : 'is not'} a preferred place`);
  }

  return { value: sum / total, detail: words.join(' · ') };
}

/** A contact linked to a program, with their relationship strength 0–1. */
export interface ProgramContact {
  name: string;
  strength: number;
}

/** A program's connection built up one contact at a time (see {@link addToConnection}). */
export interface ConnectionTally {
  count: number;
  /** Π(1 − strength) so far. */
  miss: number;
  strongestName: string;
  strongest: number;
}

/** A tally with no contact in it yet. */
export function emptyConnection(): ConnectionTally {
  return { count: 0, miss: 1, strongestName: '', strongest: -Infinity };
}

/** Folds one linked contact into a program's tally. */
export function addToConnection(tally: ConnectionTally, name: string, strength: number): void {
  tally.count += 1;
  tally.miss *= 1 - Math.min(Math.max(strength, 0), 1);
  if (
    strength > tally.strongest ||
    // On a tie the name decides, so the words do not depend on the order contacts come in.
    (strength === tally.strongest && name < tally.strongestName)
  ) {
    tally.strongest = strength;
    tally.strongestName = name;
  }
}

/** The connection factor of a finished tally; see {@link programConnection}. */
export function connectionFromTally(tally: ConnectionTally): FactorPart {
  if (tally.count === 0) return { value: 0, detail: 'No contacts linked to this program' };
  const count = tally.count === 1 ? '1 contact' : `${tally.count} contacts`;
  return { value: 1 - tally.miss, detail: `${count} · strongest ${tally.strongestName} (${percent(tally.strongest)})` };
}

/**
 * Connection, 0–1: 1 − Π(1 − strengthᵢ) over the contacts linked to the program.
 * Each extra contact adds less than the one before, and the order does not matter.
 * The words name the strongest contact (on a tie, the first by name).
 */
export function programConnection(contacts: readonly ProgramContact[]): FactorPart {
  const tally = emptyConnection();
  for (const contact of contacts) addToConnection(tally, contact.name, contact.strength);
  return connectionFromTally(tally);
}

/**
 * Engagement, 0–1: 0.25 × min(open houses / 2, 1) + 0.35 × away rotation + 0.4 × how far
 * the application has gone (researching 0 … ranked 1; not applying 0).
 */
export function programEngagement(
  program: Pick<ScoringProgram, 'openHousesAttended' | 'awayRotationDone' | 'status'>,
): FactorPart {
  const openHouses = Math.min(Math.max(program.openHousesAttended, 0) / OPEN_HOUSES_FOR_FULL, 1);
  const value =
    ENGAGEMENT_PARTS.openHouses * openHouses +
    ENGAGEMENT_PARTS.awayRotation * (program.awayRotationDone ? 1 : 0) +
    ENGAGEMENT_PARTS.status * STATUS_VALUES[program.status];
  const houses =
    program.openHousesAttended === 0
      ? 'no open house'
      : `${program.openHousesAttended} open ${program.openHousesAttended === 1 ? 'house' : 'houses'}`;
  const away = program.awayRotationDone ? 'away rotation done' : 'no away rotation';
  return { value, detail: `${APPLICATION_STATUS_LABELS[program.status]} · ${houses} · ${away}` };
}

/**
 * Your interest, 0–1: the program's "Interest (1–5)" as (interest − 1) / 4, so 1 gives 0
 * and 5 gives 1. Values outside 1–5 (never stored) are clamped.
 */
export function programInterest(program: Pick<ScoringProgram, 'interest'>): FactorPart {
  const interest = Math.min(Math.max(Math.round(program.interest), 1), 5);
  return { value: (interest - 1) / 4, detail: `${interest} of 5` };
}

/**
 * Reach / target / likely from your Step 2 CK against the program's median (±5 points),
 * only when both are typed in; otherwise "not enough data". A band, never a probability.
 */
export function competitivenessOf(
  program: Pick<ScoringProgram, 'figures'>,
  profile: Pick<ScoringProfile, 'step2ck'> | null,
): Competitiveness {
  const median = program.figures.medianStep2ck;
  const own = profile?.step2ck ?? null;
  if (median === null || own === null) {
    const missing =
      median === null && own === null
        ? "the program's median Step 2 CK and your own score"
        : median === null
          ? "the program's median Step 2 CK"
          : 'your Step 2 CK in your profile';
    return { label: 'not-enough-data', difference: null, detail: `${COMPETITIVENESS_LABELS['not-enough-data']}: add ${missing}` };
  }
  const difference = own - median;
  const label = difference >= COMPETITIVENESS_MARGIN ? 'likely' : difference <= -COMPETITIVENESS_MARGIN ? 'reach' : 'target';
  const gap =
    difference === 0
      ? `equals the program's median (${median})`
      : `is ${Math.abs(difference)} ${Math.abs(difference) === 1 ? 'point' : 'points'} ${difference > 0 ? 'above' : 'below'} the program's median (${median})`;
  return { label, difference, detail: `${COMPETITIVENESS_LABELS[label]}: your Step 2 CK (${own}) ${gap}` };
}
