/**
 * Turns factor values (0–1) and the user's weights into a 0–100 score whose
 * contributions add up to it exactly: every figure is held in tenths and the
 * rounding is shared out by the largest-remainder method.
 */
import type { Contribution } from './types';

/** One factor before weighting. */
export interface FactorValue<F extends string> {
  factor: F;
  label: string;
  /** The user's weight for this factor (0–10 in Settings); negative or NaN counts as 0. */
  weight: number;
  /** 0–1; clamped. */
  value: number;
  detail: string;
}

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
 * go to the parts with the largest remainders (earlier parts first on a tie).
 *
 * @returns integer tenths, one per amount; their sum is `Math.round(sum(amounts) × 10)`.
 */
export function apportionTenths(amounts: readonly number[]): number[] {
  const tenths = amounts.map((a) => Math.max(0, a) * 10);
  const floors = tenths.map(Math.floor);
  const target = Math.round(tenths.reduce((s, t) => s + t, 0));
  let missing = target - floors.reduce((s, f) => s + f, 0);
  if (missing <= 0) return floors;
  const order = tenths
    .map((t, i) => ({ i, remainder: t - floors[i] }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (missing === 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return floors;
}

/**
 * Weighted mean of factor values, scaled to 0–100: score = 100 × Σ wᵢvᵢ / Σ wᵢ.
 * Factor i contributes 100 × wᵢvᵢ / Σ w points. When every weight is zero the
 * user has said nothing matters, so every score is 0 (and all scores are equal).
 */
export function combineFactors<F extends string>(factors: readonly FactorValue<F>[]): CombinedScore<F> {
  const weights = factors.map((f) => cleanWeight(f.weight));
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const values = factors.map((f) => clamp01(f.value));
  const exactPoints = factors.map((_, i) => (totalWeight > 0 ? (100 * weights[i] * values[i]) / totalWeight : 0));
  const exactMax = factors.map((_, i) => (totalWeight > 0 ? (100 * weights[i]) / totalWeight : 0));
  const points = apportionTenths(exactPoints);
  const maxPoints = apportionTenths(exactMax);
  const exact = exactPoints.reduce((s, p) => s + p, 0);
  return {
    score: points.reduce((s, p) => s + p, 0) / 10,
    exact,
    contributions: factors.map((f, i) => ({
      factor: f.factor,
      label: f.label,
      points: points[i] / 10,
      maxPoints: maxPoints[i] / 10,
      value: values[i],
      detail: f.detail,
    })),
  };
}
