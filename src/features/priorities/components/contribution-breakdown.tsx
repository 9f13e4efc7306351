/**
 * One score taken apart: a small stacked bar (width = points out of 100) and, beside it,
 * the same numbers in words. The bar is decoration for sighted users; the list carries the facts.
 */
import type { Contribution } from '../../../domain/scoring/types';
import { formatPoints } from './contribution-text';


export function ContributionBreakdown({ id, score, contributions }: { id: string; score: number; contributions: readonly Contribution[] }) {
  return (
    <div id={id} className="breakdown">
      <div className="breakdown-bar" aria-hidden="true">
        {contributions.map((c, i) =>
          c.points > 0 ? (
            <span key={c.factor} className={`breakdown-segment factor-${i}`} style={{ width: `${Math.min(100, c.points)}%` }} />
          ) : null,
        )}
      </div>
      <ul className="breakdown-list" aria-label="Score breakdown">
        {contributions.map((c, i) => (
          <li key={c.factor} className="breakdown-item">
            <span className={`breakdown-swatch factor-${i}`} aria-hidden="true" />
            <span className="breakdown-factor">{c.label}</span>
            <span className="breakdown-points">
              {formatPoints(c.points)} / {formatPoints(c.maxPoints)}
            </span>
            <span className="breakdown-detail muted">{c.detail}</span>
          </li>
        ))}
        <li className="breakdown-item breakdown-total">
          <span className="breakdown-factor">Score</span>
          <span className="breakdown-points">{formatPoints(score)} / 100</span>
        </li>
      </ul>
    </div>
  );
}
