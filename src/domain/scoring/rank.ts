/**
 * The entry point of scoring: one pass that turns contacts, programs, interactions,
 * reminders, the profile and the scoring settings into two ranked, explained lists.
 *
 * Three steps, each a function, so a screen can keep what a change did not touch:
 * the activity index (interactions and reminders, the costly part) → factor values
 * (programs, profile, criterion weights) → weighting and ranking (list weights only).
 * Linear in the data: interactions are indexed by contact once, links are followed
 * from the contact side.
 */
import { addLocalDays, toLocalDate } from '../../lib/dates';
import { indexActivity, noActivity, type ContactActivity } from './activity';
import { createCombiner, type CombinedScore, type FactorSpec } from './combine';
import { memoLeverageWithBest, memoRelationshipStrength, programAppeal } from './contact-score';
import type { LinkedProgram } from './contact-score';
import { FACTOR_LABELS, URGENCY } from './factors';
import { memoDayLabel, nextActionFromSignals } from './next-action';
import {
  addToConnection,
  competitivenessOf,
  connectionFromTally,
  emptyConnection,
  programEngagement,
  programFit,
  programInterest,
} from './program-score';
import type { ConnectionTally } from './program-score';
import type {
  Competitiveness,
  ContactScore,
  FactorPart,
  NextAction,
  PriorityRanking,
  ProgramScore,
  ScoringContact,
  ScoringInput,
  ScoringProfile,
  ScoringProgram,
} from './types';
import type { ScoringSettings } from '../settings';
import { urgencyFromSignals, urgencySignals } from './urgency';
import type { UrgencyContext } from './urgency';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** What the contacts' side needs of each program, computed once per program. */
interface ProgramLink {
  linked: LinkedProgram;
  appeal: number;
  connection: ConnectionTally;
}

/** The weights only the last step reads: changing them re-combines factors, nothing more. */
export type ListWeights = Pick<ScoringSettings, 'contactWeights' | 'programWeights'>;

/** One contact's factor values before weighting, and its next action. */
export interface ContactFactors {
  id: string;
  name: string;
  /** Strength, leverage, urgency: in the order of the contact combiner. */
  parts: readonly [FactorPart, FactorPart, FactorPart];
  strength: number;
  nextAction: NextAction;
}

/** One program's factor values before weighting, and its competitiveness. */
export interface ProgramFactors {
  id: string;
  name: string;
  /** Fit, connection, engagement, interest: in the order of the program combiner. */
  parts: readonly [FactorPart, FactorPart, FactorPart, FactorPart];
  fit: number;
  competitiveness: Competitiveness;
}

/** Every factor of every entry: the costly part of scoring, which no list weight touches. */
export interface ScoredFactors {
  contacts: ContactFactors[];
  programs: ProgramFactors[];
  /** Breaks equal scores by name, then id; worked out only as far as a ranking needs it. */
  contactTies: TieBreaker;
  programTies: TieBreaker;
}

/** What {@link scoreFactors} reads: the scoring input without the list weights, plus the activity index. */
export interface FactorInput {
  contacts: readonly ScoringContact[];
  programs: readonly ScoringProgram[];
  /** `indexActivity(contacts, interactions, reminders, …)`: `activities[i]` belongs to `contacts[i]`. */
  activities: readonly ContactActivity[];
  profile: ScoringProfile | null;
  criterionWeights: ScoringSettings['criterionWeights'];
  nowMs: number;
  /** The user's local day, `yyyy-MM-dd`. */
  today: string;
  mentorDefaultCadenceDays?: number;
}

/** Orders entries by name (the collator), then id: the tie-break of the ranking. */
function byNameThenId(a: { id: string; name: string }, b: { id: string; name: string }): number {
  const byName = collator.compare(a.name, b.name);
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Breaks ties between equal unrounded scores by name, then id. Most rankings have few ties, and
 * ordering 10,000 names with the collator costs more than the rest of the ranking, so only tied
 * entries are compared; when a ranking ties many (every weight zero), the whole name order is
 * worked out once and kept for the next re-weighting.
 */
export class TieBreaker {
  private place: Int32Array | null = null;

  constructor(private readonly entries: readonly { id: string; name: string }[]) {}

  /** Sorts `order[from..to)` (entry positions with equal scores) by name, then id. */
  sortTied(order: number[], from: number, to: number): void {
    const tied = order.slice(from, to);
    const { entries } = this;
    if (this.place === null && tied.length > TIES_FOR_FULL_ORDER) this.place = fullNameOrder(entries);
    const place = this.place;
    if (place !== null) tied.sort((a, b) => place[a] - place[b]);
    else tied.sort((a, b) => byNameThenId(entries[a], entries[b]));
    for (let i = 0; i < tied.length; i += 1) order[from + i] = tied[i];
  }
}

/** Above this many tied entries in one ranking, the full name order is cheaper than comparing ties. */
const TIES_FOR_FULL_ORDER = 256;

/** Each entry's place in name-then-id order. */
function fullNameOrder(entries: readonly { id: string; name: string }[]): Int32Array {
  const order = entries.map((_, i) => i);
  order.sort((a, b) => byNameThenId(entries[a], entries[b]));
  const place = new Int32Array(entries.length);
  for (let i = 0; i < order.length; i += 1) place[order[i]] = i;
  return place;
}

/**
 * Puts rows best first and numbers them: by unrounded score, equal scores by name, then id,
 * so the order never depends on input order. Sorts positions by score first (numbers only),
 * then each run of equal scores by name. Sorts positions, not wrapper objects.
 */
function rankRows<T extends { rank: number }>(rows: T[], exact: Float64Array, ties: TieBreaker): T[] {
  const order = rows.map((_, i) => i);
  order.sort((a, b) => exact[b] - exact[a] || a - b);
  for (let from = 0; from < order.length; ) {
    let to = from + 1;
    while (to < order.length && exact[order[to]] === exact[order[from]]) to += 1;
    if (to - from > 1) ties.sortTied(order, from, to);
    from = to;
  }
  const ranked = new Array<T>(rows.length);
  for (let place = 0; place < order.length; place += 1) {
    const row = rows[order[place]];
    row.rank = place + 1;
    ranked[place] = row;
  }
  return ranked;
}

/**
 * Step 2 of scoring: every factor of every contact and program, before weighting.
 * Reads the activity index (step 1, {@link indexActivity}), the programs, the profile
 * and the criterion weights; linear in contacts + programs + links.
 *
 * Order of work, chosen so neither list feeds on the other's full score:
 * program fit → contact factors (leverage reads fit) → program connection (reads
 * contact strength).
 */
export function scoreFactors(input: FactorInput): ScoredFactors {
  const { nowMs, today, profile } = input;
  const soonDay = addLocalDays(today, URGENCY.soonDays);

  const fits = input.programs.map((program) => programFit(program, profile, input.criterionWeights));
  const links = new Map<string, ProgramLink>();
  input.programs.forEach((program, i) => {
    if (links.has(program.id)) return;
    const linked: LinkedProgram = { name: program.name, fit: fits[i].value, interest: program.interest, status: program.status };
    links.set(program.id, { linked, appeal: programAppeal(linked), connection: emptyConnection() });
  });

  const dayLabel = memoDayLabel();
  const strengthOf = memoRelationshipStrength();
  const leverageOf = memoLeverageWithBest();
  const urgencyContext: UrgencyContext = { nowMs, today, soonDay, mentorDefaultCadenceDays: input.mentorDefaultCadenceDays };
  const contacts = input.contacts.map((contact, index): ContactFactors => {
    const activity = input.activities[index] ?? noActivity();
    const strength = strengthOf(contact, activity);

    // The best linked program gives leverage; every linked program gets this contact's strength.
    let best: ProgramLink | null = null;
    const { programIds } = contact;
    for (let i = 0; i < programIds.length; i += 1) {
      const link = links.get(programIds[i]);
      if (link === undefined || programIds.indexOf(programIds[i]) !== i) continue;
      if (best === null || link.appeal > best.appeal) best = link;
      addToConnection(link.connection, contact.name, strength.value);
    }
    const leverage = leverageOf(contact, best === null ? null : best.linked, best === null ? 0 : best.appeal);
    const signals = urgencySignals(contact, activity, urgencyContext);
    return {
      id: contact.id,
      name: contact.name,
      parts: [strength, leverage, urgencyFromSignals(signals)],
      strength: strength.value,
      nextAction: nextActionFromSignals(contact, signals, dayLabel),
    };
  });

  const programs = input.programs.map((program, i): ProgramFactors => {
    const fit = fits[i];
    const link = links.get(program.id);
    const connection = connectionFromTally(link === undefined ? emptyConnection() : link.connection);
    return {
      id: program.id,
      name: program.name,
      parts: [fit, connection, programEngagement(program), programInterest(program)],
      fit: fit.value,
      competitiveness: competitivenessOf(program, profile),
    };
  });
  return { contacts, programs, contactTies: new TieBreaker(contacts), programTies: new TieBreaker(programs) };
}

/**
 * Step 3 of scoring: weights the factors and ranks both lists. Cheap (no dates, no
 * interactions), so a weight slider can re-rank 10,000 contacts while it moves.
 * Returns new rows; `factors` is not changed.
 */
export function rankFactors(factors: ScoredFactors, weights: ListWeights): PriorityRanking {
  const cw = weights.contactWeights;
  const pw = weights.programWeights;
  return {
    contacts: weighAndRank(
      factors.contacts,
      [
        { factor: 'strength', label: FACTOR_LABELS.strength, weight: cw.strength },
        { factor: 'leverage', label: FACTOR_LABELS.leverage, weight: cw.leverage },
        { factor: 'urgency', label: FACTOR_LABELS.urgency, weight: cw.urgency },
      ],
      factors.contactTies,
      (entry, combined): ContactScore => ({
        id: entry.id,
        score: combined.score,
        rank: 0,
        contributions: combined.contributions,
        strength: entry.strength,
        nextAction: entry.nextAction,
      }),
    ),
    programs: weighAndRank(
      factors.programs,
      [
        { factor: 'fit', label: FACTOR_LABELS.fit, weight: pw.fit },
        { factor: 'connection', label: FACTOR_LABELS.connection, weight: pw.connection },
        { factor: 'engagement', label: FACTOR_LABELS.engagement, weight: pw.engagement },
        { factor: 'interest', label: FACTOR_LABELS.interest, weight: pw.interest },
      ],
      factors.programTies,
      (entry, combined): ProgramScore => ({
        id: entry.id,
        score: combined.score,
        rank: 0,
        contributions: combined.contributions,
        fit: entry.fit,
        competitiveness: entry.competitiveness,
      }),
    ),
  };
}

/** One list of step 3: combines each entry's factor parts under the weights, makes its row, ranks the rows. */
function weighAndRank<E extends { parts: readonly FactorPart[] }, F extends string, R extends { rank: number }>(
  entries: readonly E[],
  specs: readonly FactorSpec<F>[],
  ties: TieBreaker,
  toRow: (entry: E, combined: CombinedScore<F>) => R,
): R[] {
  const combine = createCombiner(specs);
  const exact = new Float64Array(entries.length);
  const rows = entries.map((entry, i) => {
    const combined = combine(entry.parts);
    exact[i] = combined.exact;
    return toRow(entry, combined);
  });
  return rankRows(rows, exact, ties);
}

/**
 * Scores and ranks every contact and every program.
 *
 * Each score is 0–100 with one decimal and comes with its contributions, one per
 * factor, whose points add up to the score exactly. Factor weights come from
 * `settings.contactWeights` / `settings.programWeights`; when all of a list's
 * weights are zero, every score in that list is 0. Every contact carries a
 * suggested next action. Pure: the same input gives the same output.
 *
 * The three steps, for callers that keep what did not change (a screen whose
 * weights move): {@link indexActivity} (interactions, reminders, half-life, day) →
 * {@link scoreFactors} (programs, profile, criterion weights) → {@link rankFactors}
 * (list weights). Cost is linear in the data (see `npm run bench:scoring`).
 *
 * @example
 * const ranking = rankPriorities({
 *   contacts, programs, interactions, reminders, profile,
 *   settings: settings.scoring,
 *   mentorDefaultCadenceDays: settings.rules.keepInTouch.mentorDefaultDays,
 *   now: new Date(), // read at the edge; the module never reads the clock
 * });
 * ranking.programs[0].contributions; // [{ factor: 'fit', label: 'Fit', points: 47, maxPoints: 50, value: 0.94, detail: '…' }, …]
 * ranking.contacts[0].nextAction.text; // "Thank-you overdue since 12 Mar"
 *
 * @throws RangeError when `now` is not a valid date.
 */
export function rankPriorities(input: ScoringInput): PriorityRanking {
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('Scoring needs a valid `now`');
  const today = input.today ?? toLocalDate(input.now);
  const { settings } = input;
  const activities = indexActivity(input.contacts, input.interactions, input.reminders, {
    nowMs,
    today,
    halfLifeDays: settings.halfLifeDays,
  });
  const factors = scoreFactors({
    contacts: input.contacts,
    programs: input.programs,
    activities,
    profile: input.profile,
    criterionWeights: settings.criterionWeights,
    nowMs,
    today,
    mentorDefaultCadenceDays: input.mentorDefaultCadenceDays,
  });
  return rankFactors(factors, settings);
}
