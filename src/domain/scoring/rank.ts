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
import { indexActivity, noActivity } from './activity';
import { createCombiner } from './combine';
import { contactLeverage, relationshipStrength } from './contact-score';
import type { LinkedProgram } from './contact-score';
import { FACTOR_LABELS, URGENCY } from './factors';
import { memoDayLabel, nextActionFromSignals } from './next-action';
import { competitivenessOf, programConnection, programEngagement, programFit } from './program-score';
import type { ProgramContact } from './program-score';
import type { ContactScore, FactorPart, PriorityRanking, ProgramScore, ScoringInput, ScoringProgram } from './types';
import { urgencyFromSignals, urgencySignals } from './urgency';
import type { UrgencyContext } from './urgency';

interface Ranked<T> {
  row: T;
  exact: number;
  name: string;
  id: string;
}

const NOT_LINKED: LinkedProgram[] = [];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Best first; equal scores by name, then id, so the order never depends on input order. */
function rankRows<T extends { rank: number }>(rows: Ranked<T>[]): T[] {
  rows.sort(
    (a, b) => b.exact - a.exact || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return rows.map(({ row }, i) => {
    row.rank = i + 1;
    return row;
  });
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
 * @throws RangeError when `now` is not a valid date.
 */
export function rankPriorities(input: ScoringInput): PriorityRanking {
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('Scoring needs a valid `now`');
  const today = input.today ?? toLocalDate(input.now);
  const soonDay = addLocalDays(today, URGENCY.soonDays);
  const { settings, profile } = input;

  const fits = input.programs.map((program) => programFit(program, profile, settings.criterionWeights));
  const fitById = new Map<string, { program: ScoringProgram; fit: FactorPart }>();
  input.programs.forEach((program, i) => {
    if (!fitById.has(program.id)) fitById.set(program.id, { program, fit: fits[i] });
  });

  const activityById = indexActivity(input.interactions, input.reminders, {
    nowMs,
    today,
    halfLifeDays: settings.halfLifeDays,
  });
  const empty = noActivity();
  const dayLabel = memoDayLabel();
  const contactsByProgram = new Map<string, ProgramContact[]>();
  const weights = settings.contactWeights;
  const combineContact = createCombiner([
    { factor: 'strength', label: FACTOR_LABELS.strength, weight: weights.strength },
    { factor: 'leverage', label: FACTOR_LABELS.leverage, weight: weights.leverage },
    { factor: 'urgency', label: FACTOR_LABELS.urgency, weight: weights.urgency },
  ]);
  const urgencyContext: UrgencyContext = { nowMs, today, soonDay, mentorDefaultCadenceDays: input.mentorDefaultCadenceDays };

  const contactRows = input.contacts.map((contact): Ranked<ContactScore> => {
    const activity = activityById.get(contact.id) ?? empty;
    const strength = relationshipStrength(contact, activity);

    const linked: LinkedProgram[] = contact.programIds.length === 0 ? NOT_LINKED : [];
    contact.programIds.forEach((programId, i) => {
      const entry = fitById.get(programId);
      if (entry === undefined || contact.programIds.indexOf(programId) !== i) return;
      const { program, fit } = entry;
      linked.push({ name: program.name, fit: fit.value, interest: program.interest, status: program.status });
      let atProgram = contactsByProgram.get(programId);
      if (atProgram === undefined) {
        atProgram = [];
        contactsByProgram.set(programId, atProgram);
      }
      atProgram.push({ name: contact.name, strength: strength.value });
    });
    const leverage = contactLeverage(contact, linked);
    const signals = urgencySignals(contact, activity, urgencyContext);
    const combined = combineContact([strength, leverage, urgencyFromSignals(signals)]);
    return {
      exact: combined.exact,
      name: contact.name,
      id: contact.id,
      row: {
        id: contact.id,
        score: combined.score,
        rank: 0,
        contributions: combined.contributions,
        strength: strength.value,
        nextAction: nextActionFromSignals(contact.stage, signals, dayLabel),
      },
    };
  });

  const programWeights = settings.programWeights;
  const combineProgram = createCombiner([
    { factor: 'fit', label: FACTOR_LABELS.fit, weight: programWeights.fit },
    { factor: 'connection', label: FACTOR_LABELS.connection, weight: programWeights.connection },
    { factor: 'engagement', label: FACTOR_LABELS.engagement, weight: programWeights.engagement },
  ]);
  const programRows = input.programs.map((program, i): Ranked<ProgramScore> => {
    const fit = fits[i];
    const connection = programConnection(contactsByProgram.get(program.id) ?? []);
    const engagement = programEngagement(program);
    const combined = combineProgram([fit, connection, engagement]);
    return {
      exact: combined.exact,
      name: program.name,
      id: program.id,
      row: {
        id: program.id,
        score: combined.score,
        rank: 0,
        contributions: combined.contributions,
        fit: fit.value,
        competitiveness: competitivenessOf(program, profile),
      },
    };
  });

  return { contacts: rankRows(contactRows), programs: rankRows(programRows) };
}
