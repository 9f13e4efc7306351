import { useLiveQuery } from 'dexie-react-hooks';
import { priorityData, type PriorityData } from '../../../data/priorities';

/** The raw records the ranking reads, live; undefined while the first read is in flight. */
export function usePriorityData(): PriorityData | undefined {
  return useLiveQuery(priorityData, []);
}
