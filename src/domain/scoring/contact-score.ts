/**
 * Two contact factors — relationship strength and leverage — each a value 0–1 with
 * a sentence saying where it comes from (urgency lives in urgency.ts). The numbers are in factors.ts.
 */
import { APPLICATION_STATUS_LABELS, CONTACT_ROLE_LABELS, RELATIONSHIP_STAGE_LABELS } from '../vocabulary';
import type { ApplicationStatus } from '../vocabulary';
import type { ContactActivity } from './activity';
import {
  LEVERAGE_PARTS,
  MAX_RATING,
  PROGRAM_APPEAL_PARTS,
  ROLE_WEIGHTS,
  STAGE_VALUES,
  STRENGTH_PARTS,
  TOUCH_SATURATION,
} from './factors';
import type { FactorPart, ScoringContact } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Contact fields the strength factor reads. */
export type StrengthContact = Pick<ScoringContact, 'stage' | 'mentorSignals'>;

/**
 * Relationship strength, 0–1:
 * 0.5 × touches/(touches + 2) + 0.3 × stage value + 0.2 × (mentor signals / 3),
 * where touches is the decayed, kind-weighted sum from {@link indexActivity}.
 * Another touch can only raise it.
 */
export function relationshipStrength(contact: StrengthContact, activity: ContactActivity): FactorPart {
  const e = activity.decayedWeight;
  const touchPart = e > 0 ? e / (e + TOUCH_SATURATION) : 0;
  const signals = Number(contact.mentorSignals.suggestsOpportunities) +
    Number(contact.mentorSignals.offersIntroductions) +
    Number(contact.mentorSignals.givesCriticalFeedback);
  const value =
    STRENGTH_PARTS.touches * touchPart +
    STRENGTH_PARTS.stage * STAGE_VALUES[contact.stage] +
    STRENGTH_PARTS.signals * (signals / 3);
  const touches =
    activity.touches === 0
      ? 'No touches logged'
      : `${plural(activity.touches, 'touch', 'touches')} logged, ${touchFreshness(activity.touches, e)}`;
  const signalWords = signals === 0 ? 'no mentor signals' : `${signals} of 3 mentor signals`;
  return { value, detail: `${touches} · ${RELATIONSHIP_STAGE_LABELS[contact.stage]} · ${signalWords}` };
}

/**
 * What the logged touches are worth now, in words: their decayed, kind-weighted
 * sum in units of one meeting today ("worth about 2 recent meetings").
 */
function touchFreshness(touches: number, decayed: number): string {
  const together = touches === 1 ? '' : 'together ';
  if (decayed < 0.75) return `${together}worth less than one recent meeting`;
  const meetings = Math.round(decayed);
  return `${together}worth about ${meetings} recent ${meetings === 1 ? 'meeting' : 'meetings'}`;
}

/** What leverage needs to know of a program a contact is linked to. */
export interface LinkedProgram {
  name: string;
  /** The program's fit factor, 0–1 (not its full score). */
  fit: number;
  /** 1–5. */
  interest: number;
  status: ApplicationStatus;
}

/** A linked program's appeal, 0–1: 0.5 × fit + 0.5 × (interest − 1)/4, or 0 when the user is not applying. */
export function programAppeal(program: Omit<LinkedProgram, 'name'>): number {
  if (program.status === 'not-applying') return 0;
  const interest = Math.min(Math.max((program.interest - 1) / (MAX_RATING - 1), 0), 1);
  return PROGRAM_APPEAL_PARTS.fit * program.fit + PROGRAM_APPEAL_PARTS.interest * interest;
}

/**
 * Leverage, 0–1: 0.6 × role weight + 0.4 × the appeal of the best linked program.
 * Several links do not add up: one good door is what a contact offers.
 */
export function contactLeverage(contact: Pick<ScoringContact, 'role'>, linked: readonly LinkedProgram[]): FactorPart {
  let best: LinkedProgram | null = null;
  let bestAppeal = 0;
  for (const program of linked) {
    const appeal = programAppeal(program);
    if (best === null || appeal > bestAppeal) {
      best = program;
      bestAppeal = appeal;
    }
  }
  return leverageWithBest(contact, best, bestAppeal);
}

/**
 * Leverage when the best linked program (and its appeal) is already known; the ranking
 * uses this to skip building a list per contact. `best` null means no linked program.
 */
export function leverageWithBest(
  contact: Pick<ScoringContact, 'role'>,
  best: LinkedProgram | null,
  bestAppeal: number,
): FactorPart {
  const value = LEVERAGE_PARTS.role * ROLE_WEIGHTS[contact.role] + LEVERAGE_PARTS.programs * bestAppeal;
  const role = CONTACT_ROLE_LABELS[contact.role];
  if (best === null) return { value, detail: `${role} · not linked to a program` };
  if (best.status === 'not-applying') {
    return { value, detail: `${role} · linked to ${best.name} (${APPLICATION_STATUS_LABELS[best.status].toLowerCase()})` };
  }
  return { value, detail: `${role} · linked to ${best.name} (fit ${percent(best.fit)}, interest ${best.interest}/5)` };
}
