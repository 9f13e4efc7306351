/** Counts for the Today overview, read in one go. */
import { groupReminders } from '../domain/follow-ups/inbox';
import { db } from './db';
import { SAMPLE_ID_PREFIX } from './sample';
import { activeReminders } from './reminders';

export interface OverviewCounts {
  contacts: number;
  programs: number;
  interactions: number;
  overdue: number;
  dueToday: number;
  upcomingEvents: number;
  mentors: number;
  sampleRows: number;
}

export async function overviewCounts(today: string): Promise<OverviewCounts> {
  const [contacts, programs, interactions, active, upcomingEvents, mentors, sampleContacts, samplePrograms] =
    await Promise.all([
      db.contacts.count(),
      db.programs.count(),
      db.interactions.count(),
      activeReminders(today),
      db.events.where('startDate').aboveOrEqual(today).count(),
      db.contacts.where('stage').anyOf('mentor', 'advocate').count(),
      // By key range (see SAMPLE_ID_PREFIX): a filter here read every contact after every write.
      db.contacts.where(':id').startsWith(SAMPLE_ID_PREFIX).count(),
      db.programs.where(':id').startsWith(SAMPLE_ID_PREFIX).count(),
    ]);
  // The same grouping as the Reminders inbox: overdue once the whole window has passed, "due today" while inside it.
  const groups = groupReminders(active, today);
  return {
    contacts,
    programs,
    interactions,
    overdue: groups.overdue.length,
    dueToday: groups.today.length,
    upcomingEvents,
    mentors,
    sampleRows: sampleContacts + samplePrograms,
  };
}

/** True when the database holds no contacts, programs or interactions. */
export async function isDatabaseEmpty(): Promise<boolean> {
  const [contacts, programs, interactions] = await Promise.all([
    db.contacts.count(),
    db.programs.count(),
    db.interactions.count(),
  ]);
  return contacts + programs + interactions === 0;
}
