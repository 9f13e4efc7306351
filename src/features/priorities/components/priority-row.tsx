import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Contribution } from '../../../domain/scoring/types';
import { ContributionBreakdown } from './contribution-breakdown';
import { formatPoints, topContribution } from './contribution-text';

interface PriorityRowProps {
  rank: number;
  name: string;
  href: string;
  score: number;
  contributions: readonly Contribution[];
  /** The second line: a suggested action or a competitiveness label. */
  extra?: ReactNode;
}

/** One ranked row: place, name, score, why in one line, and a button that opens the breakdown. */
export function PriorityRow({ rank, name, href, score, contributions, extra }: PriorityRowProps) {
  const [open, setOpen] = useState(false);
  const breakdownId = useId();
  const top = topContribution(contributions);
  return (
    <li className="priority-row">
      <span className="priority-rank" aria-label={`Rank ${rank}`}>
        {rank}
      </span>
      <div className="priority-main">
        <div className="priority-head">
          <Link to={href} className="priority-name">
            {name}
          </Link>
          <span className="priority-score" aria-label={`Score ${formatPoints(score)} of 100`}>
            {formatPoints(score)}
          </span>
        </div>
        <p className="priority-why muted">{top === null ? 'No factor adds points yet.' : `${top.label}: ${top.detail}`}</p>
        {extra}
        <button
          type="button"
          className="btn btn-ghost btn-small priority-toggle"
          aria-expanded={open}
          aria-controls={breakdownId}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? 'Hide breakdown' : 'Show breakdown'}
          <span className="visually-hidden"> for {name}</span>
        </button>
        {open && <ContributionBreakdown id={breakdownId} score={score} contributions={contributions} />}
      </div>
    </li>
  );
}
