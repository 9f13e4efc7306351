/** Counts for the Today overview, read in one go. */
import { countDueReminders } from '../domain/follow-ups/inbox';
import { db } from './db';
import { SAMPLE_ID_PREFIX } from './sample';

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
  const [contacts, programs, interactions, openDue, snoozed, upcomingEvents, mentors, sampleContacts, samplePrograms] =
    await Promise.all([
      db.contacts.count(),
      db.programs.count(),
      db.interactions.count(),
      // Only what the counts can include: open reminders due up to today (a later one is neither overdue
      // nor due today, its latest day being no earlier than its due day), and the snoozed ones.
      db.reminders.where('[status+dueDate]').between(['open', ''], ['open', today], true, true).toArray(),
      db.reminders.where('status').equals('snoozed').toArray(),
      db.events.where('startDate').aboveOrEqual(today).count(),
      db.contacts.where('stage').anyOf('mentor', 'advocate').count(),
      // By key range (see SAMPLE_ID_PREFIX): a filter here read every contact after every write.
      db.contacts.where(':id').startsWith(SAMPLE_ID_PREFIX).count(),
      db.programs.where(':id').startsWith(SAMPLE_ID_PREFIX).count(),
    ]);
  // The same grouping as the Reminders inbox (overdue once the whole window has passed, "due today" while
  // inside it), counted without sorting; snoozed reminders count once their snooze has ended.
  const woken = snoozed.filter((r) => r.snoozedUntil !== null && r.snoozedUntil <= today);
  const due = countDueReminders([...openDue, ...woken], today);
  return {
    contacts,
    programs,
    interactions,
    overdue: due.overdue,
    dueToday: due.today,
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
