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
  const signals = signalCount(contact);
  return { value: strengthValue(contact, activity, signals), detail: strengthWords(contact, activity, signals) };
}

const signalCount = (contact: StrengthContact) =>
  Number(contact.mentorSignals.suggestsOpportunities) +
  Number(contact.mentorSignals.offersIntroductions) +
  Number(contact.mentorSignals.givesCriticalFeedback);

function strengthValue(contact: StrengthContact, activity: ContactActivity, signals: number): number {
  const e = activity.decayedWeight;
  const touchPart = e > 0 ? e / (e + TOUCH_SATURATION) : 0;
  return (
    STRENGTH_PARTS.touches * touchPart +
    STRENGTH_PARTS.stage * STAGE_VALUES[contact.stage] +
    STRENGTH_PARTS.signals * (signals / 3)
  );
}

function strengthWords(contact: StrengthContact, activity: ContactActivity, signals: number): string {
  const touches =
    activity.touches === 0
      ? 'No touches logged'
      : `${plural(activity.touches, 'touch', 'touches')} logged, ${touchFreshness(activity.touches, activity.decayedWeight)}`;
  const signalWords = signals === 0 ? 'no mentor signals' : `${signals} of 3 mentor signals`;
  return `${touches} · ${RELATIONSHIP_STAGE_LABELS[contact.stage]} · ${signalWords}`;
}

/** What the words of {@link touchFreshness} turn on: less than one meeting (0), else the rounded meetings plus one. */
const freshnessBucket = (decayed: number) => (decayed < 0.75 ? 0 : Math.round(decayed) + 1);
const STAGE_INDEX = Object.fromEntries(Object.keys(STAGE_VALUES).map((stage, i) => [stage, i])) as Record<StrengthContact['stage'], number>;
const KEYED_LIMIT = 2 ** 20;

/**
 * {@link relationshipStrength} for many contacts: the same values and words, but contacts whose
 * words come out the same (same touches, same freshness, stage and signals: most of them, in a
 * big network) share one string instead of each building and keeping its own.
 */
export function memoRelationshipStrength(): (contact: StrengthContact, activity: ContactActivity) => FactorPart {
  const words = new Map<number, string>();
  return (contact, activity) => {
    const signals = signalCount(contact);
    const value = strengthValue(contact, activity, signals);
    const bucket = freshnessBucket(activity.decayedWeight);
    if (!(activity.touches < KEYED_LIMIT && bucket < KEYED_LIMIT)) {
      return { value, detail: strengthWords(contact, activity, signals) };
    }
    const key = ((activity.touches * KEYED_LIMIT + bucket) * 8 + STAGE_INDEX[contact.stage]) * 4 + signals;
    let detail = words.get(key);
    if (detail === undefined) {
      detail = strengthWords(contact, activity, signals);
      words.set(key, detail);
    }
    return { value, detail };
  };
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
  return { value: leverageValue(contact, bestAppeal), detail: leverageWords(contact, best) };
}

const leverageValue = (contact: Pick<ScoringContact, 'role'>, bestAppeal: number) =>
  LEVERAGE_PARTS.role * ROLE_WEIGHTS[contact.role] + LEVERAGE_PARTS.programs * bestAppeal;

function leverageWords(contact: Pick<ScoringContact, 'role'>, best: LinkedProgram | null): string {
  const role = CONTACT_ROLE_LABELS[contact.role];
  if (best === null) return `${role} · not linked to a program`;
  if (best.status === 'not-applying') {
    return `${role} · linked to ${best.name} (${APPLICATION_STATUS_LABELS[best.status].toLowerCase()})`;
  }
  return `${role} · linked to ${best.name} (fit ${percent(best.fit)}, interest ${best.interest}/5)`;
}

/**
 * {@link leverageWithBest} for many contacts: the words depend only on the role and the best
 * linked program, so contacts that share both share one string.
 */
export function memoLeverageWithBest(): (contact: Pick<ScoringContact, 'role'>, best: LinkedProgram | null, bestAppeal: number) => FactorPart {
  const words = new Map<LinkedProgram | null, Map<ScoringContact['role'], string>>();
  return (contact, best, bestAppeal) => {
    let byRole = words.get(best);
    if (byRole === undefined) {
      byRole = new Map();
      words.set(best, byRole);
    }
    let detail = byRole.get(contact.role);
    if (detail === undefined) {
      detail = leverageWords(contact, best);
      byRole.set(contact.role, detail);
    }
    return { value: leverageValue(contact, bestAppeal), detail };
  };
}
