/**
 * Why one row of a ranked list is ahead of the next, in one line: the factor
 * where it gains the most points over its neighbour, and that factor's words.
 */
import type { Contribution } from './types';

interface Ranked {
  score: number;
  contributions: readonly Contribution[];
}

/**
 * "Ahead of Bramblewood IR on connection (+6.2 points): 2 contacts · strongest
 * Dr. Lee (54%)". Equal scores say so ("level with …, listed first by name").
 *
 * @param ahead the row ranked just above `behind`
 */
export function neighbourComparison(ahead: Ranked, behind: Ranked, behindName: string): string {
  if (ahead.score === behind.score) return `Level with ${behindName} on points; listed first by name.`;
  let best: { contribution: Contribution; lead: number } | null = null;
  for (const contribution of ahead.contributions) {
    const other = behind.contributions.find((c) => c.factor === contribution.factor);
    const lead = contribution.points - (other?.points ?? 0);
    if (lead > 0 && (best === null || lead > best.lead)) best = { contribution, lead };
  }
  if (best === null) return `Ahead of ${behindName} by ${formatLead(ahead.score - behind.score)}.`;
  const { contribution, lead } = best;
  return `Ahead of ${behindName} on ${contribution.label.toLowerCase()} (+${formatLead(lead)}): ${contribution.detail}.`;
}

function formatLead(points: number): string {
  const tenths = Math.round(points * 10) / 10;
  return `${tenths.toFixed(1)} ${tenths === 1 ? 'point' : 'points'}`;
}
