import { useMemo } from 'react';
import { rankPriorities } from '../../../domain/scoring/rank';
import type { PriorityRanking } from '../../../domain/scoring/types';
import type { Contact, Program } from '../../../domain/entities';
import { useToday } from '../../../lib/use-today';
import { usePriorityData } from './use-priority-data';

export interface Priorities {
  ranking: PriorityRanking;
  contactsById: ReadonlyMap<string, Contact>;
  programsById: ReadonlyMap<string, Program>;
}

/**
 * The ranking over live data. Scored once per change of the data or of the day;
 * `now` is read here, at the edge, never inside the scoring module.
 */
export function usePriorities(): Priorities | undefined {
  const data = usePriorityData();
  const today = useToday();
  return useMemo(() => {
    if (data === undefined) return undefined;
    const ranking = rankPriorities({
      contacts: data.contacts,
      programs: data.programs,
      interactions: data.interactions,
      reminders: data.reminders,
      profile: data.profile,
      settings: data.settings.scoring,
      mentorDefaultCadenceDays: data.settings.rules.keepInTouch.mentorDefaultDays,
      now: new Date(),
      today,
    });
    return {
      ranking,
      contactsById: new Map(data.contacts.map((c) => [c.id, c])),
      programsById: new Map(data.programs.map((p) => [p.id, p])),
    };
  }, [data, today]);
}
