import { useMemo } from 'react';
import { noActivity } from '../../../domain/scoring/activity';
import { rankFactors, scoreFactors, type ListWeights } from '../../../domain/scoring/rank';
import type { PriorityRanking, ScoringProfile } from '../../../domain/scoring/types';
import type { Contact, Program } from '../../../domain/entities';
import type { ScoringSettings } from '../../../domain/settings';
import { useToday } from '../../../lib/use-today';
import { usePriorityActivity } from './use-priority-activity';
import { usePriorityData } from './use-priority-data';

export interface Priorities {
  ranking: PriorityRanking;
  contactsById: ReadonlyMap<string, Contact>;
  programsById: ReadonlyMap<string, Program>;
  /** The scoring settings the ranking used, for the weights panel beside it. */
  scoring: ScoringSettings;
}

interface FactorSettings {
  profile: ScoringProfile | null;
  criterionWeights: ScoringSettings['criterionWeights'];
  mentorDefaultCadenceDays: number;
}

/**
 * The ranking over live data, in the three steps of scoring, each kept until what it
 * reads changes: the activity index (interactions and reminders, kept current in a worker from
 * change notices; see usePriorityActivity) → factors (contacts, programs, profile,
 * criterion weights) → ranking (list weights). Moving a list weight therefore only
 * re-weights and re-sorts. Settings arrive as a new object on every settings write, so
 * the later steps key on the values they read, not on object identity.
 * `now` is read at the edge (where the activity index is worked out), never inside the scoring module.
 */
export function usePriorities(): Priorities | undefined {
  const { records, context } = usePriorityData();
  const today = useToday();
  const scoring = context?.settings.scoring;
  const halfLifeDays = scoring?.halfLifeDays;
  const factorKey =
    context === undefined || scoring === undefined
      ? undefined
      : JSON.stringify({
          profile: context.profile,
          criterionWeights: scoring.criterionWeights,
          mentorDefaultCadenceDays: context.settings.rules.keepInTouch.mentorDefaultDays,
        } satisfies FactorSettings);
  const weightKey =
    scoring === undefined
      ? undefined
      : JSON.stringify({ contactWeights: scoring.contactWeights, programWeights: scoring.programWeights } satisfies ListWeights);

  const reply = usePriorityActivity(today, halfLifeDays);
  const activity = useMemo(() => {
    if (records === undefined || reply === undefined) return undefined;
    return { nowMs: reply.nowMs, activities: records.contacts.map((contact) => reply.activity.get(contact.id) ?? noActivity()) };
  }, [records, reply]);

  const factors = useMemo(() => {
    if (records === undefined || activity === undefined || factorKey === undefined) return undefined;
    const settings = JSON.parse(factorKey) as FactorSettings;
    return scoreFactors({
      contacts: records.contacts,
      programs: records.programs,
      activities: activity.activities,
      profile: settings.profile,
      criterionWeights: settings.criterionWeights,
      nowMs: activity.nowMs,
      today,
      mentorDefaultCadenceDays: settings.mentorDefaultCadenceDays,
    });
  }, [records, activity, factorKey, today]);

  const lookups = useMemo(
    () =>
      records === undefined
        ? undefined
        : {
            contactsById: new Map(records.contacts.map((c) => [c.id, c])),
            programsById: new Map(records.programs.map((p) => [p.id, p])),
          },
    [records],
  );

  return useMemo(() => {
    if (factors === undefined || lookups === undefined || weightKey === undefined || scoring === undefined) return undefined;
    return { ranking: rankFactors(factors, JSON.parse(weightKey) as ListWeights), ...lookups, scoring };
  }, [factors, lookups, weightKey, scoring]);
}
