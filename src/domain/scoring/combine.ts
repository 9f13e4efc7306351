/**
 * Turns factor values (0–1) and the user's weights into a 0–100 score whose
 * contributions add up to it exactly: every figure is held in tenths and the
 * rounding is shared out by the largest-remainder method.
 */
import type { Contribution, FactorPart } from './types';

/** One factor before weighting: its name, the user's weight, its value 0–1 (clamped) and words. */
export type FactorValue<F extends string> = FactorSpec<F> & FactorPart;

export interface CombinedScore<F extends string> {
  /** 0–100, one decimal. */
  score: number;
  /** The unrounded score, used to order equal-looking scores. */
  exact: number;
  contributions: Contribution<F>[];
}

const clamp01 = (x: number) => (x > 0 ? (x < 1 ? x : 1) : 0);
const cleanWeight = (w: number) => (w > 0 && Number.isFinite(w) ? w : 0);

/**
 * Rounds non-negative amounts to tenths so that the rounded parts add up to the
 * rounded total: each part is floored to a tenth, then the tenths still missing
 * go to the parts with the largest remainders (the earlier part on a tie).
 *
 * @returns integer tenths, one per amount; their sum is `Math.round(sum(amounts) × 10)`.
 */
export function apportionTenths(amounts: readonly number[]): number[] {
  const floors = new Array<number>(amounts.length);
  apportionInto(amounts, floors, new Array<number>(amounts.length));
  return floors;
}

/** {@link apportionTenths} into buffers the caller keeps, so scoring thousands of entries allocates nothing here. */
function apportionInto(amounts: readonly number[], floors: number[], remainders: number[]): void {
  const n = amounts.length;
  let total = 0;
  let floored = 0;
  for (let i = 0; i < n; i += 1) {
    const tenths = Math.max(0, amounts[i]) * 10;
    floors[i] = Math.floor(tenths);
    remainders[i] = tenths - floors[i];
    total += tenths;
    floored += floors[i];
  }
  // Never more than one missing tenth per part with a remainder, so the loop ends.
  for (let missing = Math.round(total) - floored; missing > 0; missing -= 1) {
    let best = 0;
    for (let i = 1; i < n; i += 1) if (remainders[i] > remainders[best]) best = i;
    floors[best] += 1;
    remainders[best] = -1;
  }
}

/** A factor's name and the user's weight for it. */
export interface FactorSpec<F extends string> {
  factor: F;
  label: string;
  /** The user's weight (0–10 in Settings); negative or NaN counts as 0. */
  weight: number;
}

/**
 * Prepares the weights of one list once and returns a function that scores one
 * entry from its factor parts, given in the same order as `specs`.
 *
 * score = 100 × Σ wᵢvᵢ / Σ wᵢ (a weighted mean of the 0–1 values, scaled to 0–100);
 * factor i contributes 100 × wᵢvᵢ / Σ w points. When every weight is zero the user
 * has said nothing matters, so every score is 0 (all scores equal).
 */
export function createCombiner<F extends string>(
  specs: readonly FactorSpec<F>[],
): (parts: readonly FactorPart[]) => CombinedScore<F> {
  const weights = specs.map((s) => cleanWeight(s.weight));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const scale = weights.map((w) => (totalWeight > 0 ? (100 * w) / totalWeight : 0));
  const maxPoints = apportionTenths(scale).map((t) => t / 10);
  const exactPoints = new Array<number>(specs.length);
  const points = new Array<number>(specs.length);
  const remainders = new Array<number>(specs.length);
  return (parts) => {
    let exact = 0;
    for (let i = 0; i < specs.length; i += 1) {
      exactPoints[i] = scale[i] * clamp01(parts[i].value);
      exact += exactPoints[i];
    }
    apportionInto(exactPoints, points, remainders);
    let tenths = 0;
    // Sized up front: one list per entry of a 10,000-entry ranking, each kept in the result.
    const contributions = new Array<Contribution<F>>(specs.length);
    for (let i = 0; i < specs.length; i += 1) {
      tenths += points[i];
      contributions[i] = {
        factor: specs[i].factor,
        label: specs[i].label,
        points: points[i] / 10,
        maxPoints: maxPoints[i],
        value: clamp01(parts[i].value),
        detail: parts[i].detail,
      };
    }
    return { score: tenths / 10, exact, contributions };
  };
}

/** Scores one entry from its factors; see {@link createCombiner}, which is cheaper for many entries. */
export function combineFactors<F extends string>(factors: readonly FactorValue<F>[]): CombinedScore<F> {
  return createCombiner(factors)(factors);
}
