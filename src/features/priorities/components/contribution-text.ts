import type { Contribution } from '../../../domain/scoring/types';

/** Points with the one decimal the scoring module keeps. */
export function formatPoints(points: number): string {
  return points.toFixed(1);
}

/** The contribution that adds the most points, for the one-line "why" of a row. */
export function topContribution(contributions: readonly Contribution[]): Contribution | null {
  let best: Contribution | null = null;
  for (const c of contributions) if (c.points > 0 && (best === null || c.points > best.points)) best = c;
  return best;
}
