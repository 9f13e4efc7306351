import { useLiveQuery } from 'dexie-react-hooks';
import { overviewCounts, type OverviewCounts } from '../../../data/stats';

/** Live counts for Today; undefined while the first read is in flight. */
export function useOverviewCounts(today: string): OverviewCounts | undefined {
  return useLiveQuery(() => overviewCounts(today), [today]);
}
