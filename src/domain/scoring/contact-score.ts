/**
 * The three contact factors — relationship strength, leverage, urgency — each a
 * value 0–1 with a sentence saying where it comes from. See factors.ts for the numbers.
 */
import { APPLICATION_STATUS_LABELS, CONTACT_ROLE_LABELS, RELATIONSHIP_STAGE_LABELS } from '../vocabulary';
import type { ApplicationStatus } from '../vocabulary';
import { reminderTiming } from './activity';
import type { ContactActivity } from './activity';
import {
  DEFAULT_MENTOR_CADENCE_DAYS,
  LEVERAGE_PARTS,
  MAX_RATING,
  PROGRAM_APPEAL_PARTS,
  ROLE_WEIGHTS,
  STAGE_VALUES,
  STRENGTH_PARTS,
  TOUCH_SATURATION,
  URGENCY,
} from './factors';
import type { FactorPart, ScoringContact } from './types';

const DAY_MS = 86_400_000;
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
      : `${plural(activity.touches, 'touch', 'touches')} (weighted ${e.toFixed(1)} after decay)`;
  const signalWords = signals === 0 ? 'no mentor signals' : `${signals} of 3 mentor signals`;
  return { value, detail: `${touches} · ${RELATIONSHIP_STAGE_LABELS[contact.stage]} · ${signalWords}` };
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
  const value = LEVERAGE_PARTS.role * ROLE_WEIGHTS[contact.role] + LEVERAGE_PARTS.programs * bestAppeal;
  let link: string;
  if (best === null) link = 'not linked to a program';
  else if (best.status === 'not-applying') link = `linked to ${best.name} (${APPLICATION_STATUS_LABELS[best.status].toLowerCase()})`;
  else link = `linked to ${best.name} (fit ${percent(best.fit)}, interest ${best.interest}/5)`;
  return { value, detail: `${CONTACT_ROLE_LABELS[contact.role]} · ${link}` };
}

/** The contact's keep-in-touch cadence in days: their own, else the mentor default for mentors and advocates, else none. */
export function cadenceOf(
  contact: Pick<ScoringContact, 'cadenceDays' | 'stage'>,
  mentorDefaultDays: number = DEFAULT_MENTOR_CADENCE_DAYS,
): number | null {
  if (contact.cadenceDays !== null) return contact.cadenceDays;
  return contact.stage === 'mentor' || contact.stage === 'advocate' ? mentorDefaultDays : null;
}

/**
 * Days (fractional) since the last touch, or since the contact was added when nothing
 * is logged; never negative. Elapsed clock time, so plain milliseconds.
 */
export function daysSinceTouch(contact: Pick<ScoringContact, 'createdAt'>, activity: ContactActivity, nowMs: number): number {
  const anchor = activity.lastTouchMs ?? Date.parse(contact.createdAt);
  return Number.isFinite(anchor) ? Math.max(0, (nowMs - anchor) / DAY_MS) : 0;
}

export interface UrgencyContext {
  nowMs: number;
  /** The user's local day. */
  today: string;
  /** Last day that counts as "soon" for a reminder (today + 7). */
  soonDay: string;
  mentorDefaultCadenceDays?: number;
}

/**
 * Urgency, 0–1, "any one is enough": 1 − (1 − cadence)(1 − commitments)(1 − reminders), where
 * cadence = min(1, days since touch / (2 × cadence)), commitments = load/(load + 1) with each
 * owed promise 1 and an overdue one 2, reminders = load/(load + 1) with soon 0.5, due 1, overdue 2.
 */
export function contactUrgency(
  contact: Pick<ScoringContact, 'cadenceDays' | 'stage' | 'createdAt'>,
  activity: ContactActivity,
  context: UrgencyContext,
): FactorPart {
  const words: string[] = [];

  const cadence = cadenceOf(contact, context.mentorDefaultCadenceDays);
  let cadencePart = 0;
  if (cadence !== null) {
    const days = daysSinceTouch(contact, activity, context.nowMs);
    cadencePart = Math.min(1, days / (URGENCY.cadenceSpan * cadence));
    const since = activity.lastTouchMs === null ? 'since added, no touch logged' : 'since last touch';
    words.push(`${plural(Math.floor(days), 'day')} ${since}, cadence ${cadence}`);
  }

  let commitmentLoad = 0;
  let overdueCommitments = 0;
  for (const owed of activity.owed) {
    const overdue = owed.dueDate !== null && owed.dueDate < context.today;
    if (overdue) overdueCommitments += 1;
    commitmentLoad += overdue ? URGENCY.overdueCommitment : URGENCY.owedCommitment;
  }
  if (activity.owed.length > 0) {
    const overdue = overdueCommitments > 0 ? `, ${overdueCommitments} overdue` : '';
    words.push(`${plural(activity.owed.length, 'promise')} owed${overdue}`);
  }

  let reminderLoad = 0;
  const counts = { overdue: 0, due: 0, soon: 0 };
  for (const reminder of activity.reminders) {
    const timing = reminderTiming(reminder, context.today, context.soonDay);
    if (timing === 'overdue') reminderLoad += URGENCY.overdueReminder;
    else if (timing === 'due') reminderLoad += URGENCY.dueReminder;
    else if (timing === 'soon') reminderLoad += URGENCY.soonReminder;
    if (timing !== 'later') counts[timing] += 1;
  }
  const reminderWords = [
    counts.overdue > 0 ? `${counts.overdue} overdue` : '',
    counts.due > 0 ? `${counts.due} due` : '',
    counts.soon > 0 ? `${counts.soon} coming up` : '',
  ].filter(Boolean);
  if (reminderWords.length > 0) words.push(`reminders: ${reminderWords.join(', ')}`);

  const commitmentPart = commitmentLoad / (commitmentLoad + 1);
  const reminderPart = reminderLoad / (reminderLoad + 1);
  const value = 1 - (1 - cadencePart) * (1 - commitmentPart) * (1 - reminderPart);
  const detail = words.length > 0 ? words.join(' · ') : 'Nothing due and no cadence set';
  return { value, detail: detail.charAt(0).toUpperCase() + detail.slice(1) };
}
