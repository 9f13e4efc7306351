import { useLiveQuery } from 'dexie-react-hooks';
import { listEventsByDate } from '../../../data/events';
import { listProgramsByName } from '../../../data/programs';
import { contactChoices } from '../../../data/reminder-queries';
import type { Contact, Program, RapportEvent } from '../../../domain/entities';

export type ContactChoice = Pick<Contact, 'id' | 'name' | 'role' | 'institution' | 'programIds'>;

export interface MeetingChoices {
  contacts: ContactChoice[];
  programs: Pick<Program, 'id' | 'name'>[];
  events: Pick<RapportEvent, 'id' | 'name' | 'startDate' | 'endDate'>[];
}

/** Everything the Log meeting form offers to pick from, live; undefined while loading. */
export function useMeetingChoices(): MeetingChoices | undefined {
  return useLiveQuery(async () => {
    const [contacts, programs, events] = await Promise.all([contactChoices(), listProgramsByName(), listEventsByDate()]);
    return {
      contacts,
      programs: programs.map(({ id, name }) => ({ id, name })),
      events: events.map(({ id, name, startDate, endDate }) => ({ id, name, startDate, endDate })),
    };
  });
}
