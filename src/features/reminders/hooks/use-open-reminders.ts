import { useLiveQuery } from 'dexie-react-hooks';
import { openRemindersWithPeople, type ReminderWithPerson } from '../../../data/reminder-queries';

/** Every open and snoozed reminder with its person, live; undefined while loading. */
export function useOpenReminders(): ReminderWithPerson[] | undefined {
  return useLiveQuery(() => openRemindersWithPeople());
}
