import { useLiveQuery } from 'dexie-react-hooks';
import { recentInteractionsWithPeople, type InteractionWithPeople } from '../../../data/reminder-queries';

/** The latest interactions with their people, newest first; undefined while loading. */
export function useRecentInteractions(limit: number): InteractionWithPeople[] | undefined {
  return useLiveQuery(() => recentInteractionsWithPeople(limit), [limit]);
}
