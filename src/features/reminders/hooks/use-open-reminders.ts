import { useLiveQuery } from 'dexie-react-hooks';
import { openRemindersWithPeople, todayReminders, type ReminderWithPerson, type TodayReminders } from '../../../data/reminder-queries';

/** Every open and snoozed reminder with its person, live; undefined while loading. */
export function useOpenReminders(): ReminderWithPerson[] | undefined {
  return useLiveQuery(() => openRemindersWithPeople());
}

/** Today's short list of reminders (at most `limit` rows) and how many are due, live; undefined while loading. */
export function useTodayReminders(today: string, limit: number): TodayReminders | undefined {
  return useLiveQuery(() => todayReminders(today, limit), [today, limit]);
}
