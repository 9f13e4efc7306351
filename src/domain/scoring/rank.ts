/**
 * The entry point of scoring: one pass that turns contacts, programs, interactions,
 * reminders, the profile and the scoring settings into two ranked, explained lists.
 *
 * Order of work, chosen so neither list feeds on the other's full score:
 * program fit → contact factors (leverage reads fit) → program connection (reads
 * contact strength) → program scores. Linear in the data: interactions are indexed
 * by contact once, links are followed from the contact side.
 */
import { addLocalDays, toLocalDate } from '../../lib/dates';
import { indexActivity } from './activity';
import { createCombiner } from './combine';
import { leverageWithBest, programAppeal, relationshipStrength } from './contact-score';
import type { LinkedProgram } from './contact-score';
import { FACTOR_LABELS, URGENCY } from './factors';
import { memoDayLabel, nextActionFromSignals } from './next-action';
import { addToConnection, competitivenessOf, connectionFromTally, emptyConnection, programEngagement, programFit } from './program-score';
import type { ConnectionTally } from './program-score';
import type { ContactScore, PriorityRanking, ProgramScore, ScoringInput } from './types';
import { urgencyFromSignals, urgencySignals } from './urgency';
import type { UrgencyContext } from './urgency';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Puts rows best first and numbers them: by unrounded score, equal scores by name, then id,
 * so the order never depends on input order. Sorts positions, not wrapper objects.
 */
function rankRows<T extends { id: string; rank: number }>(rows: T[], exact: Float64Array, names: readonly string[]): T[] {
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const byScore = exact[b] - exact[a];
    if (byScore !== 0) return byScore;
    const byName = collator.compare(names[a], names[b]);
    if (byName !== 0) return byName;
    return rows[a].id < rows[b].id ? -1 : rows[a].id > rows[b].id ? 1 : 0;
  });
  return order.map((i, place) => {
    rows[i].rank = place + 1;
    return rows[i];
  });
}

/** What the contacts' side needs of each program, computed once per program. */
interface ProgramLink {
  linked: LinkedProgram;
  appeal: number;
  connection: ConnectionTally;
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
 * Cost is linear in the data (see `npm run bench:scoring`); compute it once per change of
 * the inputs (e.g. `useMemo` over the live query results), not on every render.
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
  const soonDay = addLocalDays(today, URGENCY.soonDays);
  const { settings, profile } = input;

  const fits = input.programs.map((program) => programFit(program, profile, settings.criterionWeights));
  const links = new Map<string, ProgramLink>();
  input.programs.forEach((program, i) => {
    if (links.has(program.id)) return;
    const linked: LinkedProgram = { name: program.name, fit: fits[i].value, interest: program.interest, status: program.status };
    links.set(program.id, { linked, appeal: programAppeal(linked), connection: emptyConnection() });
  });

  const activities = indexActivity(input.contacts, input.interactions, input.reminders, {
    nowMs,
    today,
    halfLifeDays: settings.halfLifeDays,
  });
  const dayLabel = memoDayLabel();
  const weights = settings.contactWeights;
  const combineContact = createCombiner([
    { factor: 'strength', label: FACTOR_LABELS.strength, weight: weights.strength },
    { factor: 'leverage', label: FACTOR_LABELS.leverage, weight: weights.leverage },
    { factor: 'urgency', label: FACTOR_LABELS.urgency, weight: weights.urgency },
  ]);
  const urgencyContext: UrgencyContext = { nowMs, today, soonDay, mentorDefaultCadenceDays: input.mentorDefaultCadenceDays };

  const contactExact = new Float64Array(input.contacts.length);
  const contactRows = input.contacts.map((contact, index): ContactScore => {
    const activity = activities[index];
    const strength = relationshipStrength(contact, activity);

    // The best linked program gives leverage; every linked program gets this contact's strength.
    let best: ProgramLink | null = null;
    const { programIds } = contact;
    for (let i = 0; i < programIds.length; i += 1) {
      const link = links.get(programIds[i]);
      if (link === undefined || programIds.indexOf(programIds[i]) !== i) continue;
      if (best === null || link.appeal > best.appeal) best = link;
      addToConnection(link.connection, contact.name, strength.value);
    }
    const leverage = leverageWithBest(contact, best === null ? null : best.linked, best === null ? 0 : best.appeal);
    const signals = urgencySignals(contact, activity, urgencyContext);
    const combined = combineContact([strength, leverage, urgencyFromSignals(signals)]);
    contactExact[index] = combined.exact;
    return {
      id: contact.id,
      score: combined.score,
      rank: 0,
      contributions: combined.contributions,
      strength: strength.value,
      nextAction: nextActionFromSignals(contact.stage, signals, dayLabel),
    };
  });

  const programWeights = settings.programWeights;
  const combineProgram = createCombiner([
    { factor: 'fit', label: FACTOR_LABELS.fit, weight: programWeights.fit },
    { factor: 'connection', label: FACTOR_LABELS.connection, weight: programWeights.connection },
    { factor: 'engagement', label: FACTOR_LABELS.engagement, weight: programWeights.engagement },
  ]);
  const programExact = new Float64Array(input.programs.length);
  const programRows = input.programs.map((program, i): ProgramScore => {
    const fit = fits[i];
    const link = links.get(program.id);
    const connection = connectionFromTally(link === undefined ? emptyConnection() : link.connection);
    const combined = combineProgram([fit, connection, programEngagement(program)]);
    programExact[i] = combined.exact;
    return {
      id: program.id,
      score: combined.score,
      rank: 0,
      contributions: combined.contributions,
      fit: fit.value,
      competitiveness: competitivenessOf(program, profile),
    };
  });

  return {
    contacts: rankRows(contactRows, contactExact, input.contacts.map((c) => c.name)),
    programs: rankRows(programRows, programExact, input.programs.map((p) => p.name)),
  };
}
