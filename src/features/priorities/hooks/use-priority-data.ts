import { useLiveQuery } from 'dexie-react-hooks';
import { priorityRecords, profileAndSettings, type PriorityRecords } from '../../../data/priorities';
import type { Profile } from '../../../domain/entities';
import type { Settings } from '../../../domain/settings';

export interface PriorityData {
  /** The records the ranking reads; undefined while the first read is in flight. */
  records: PriorityRecords | undefined;
  /** The profile and settings, read apart so a weight change does not re-read the records. */
  context: { profile: Profile | null; settings: Settings } | undefined;
}

/** The raw data the ranking reads, live, in two queries that change at different rates. */
export function usePriorityData(): PriorityData {
  const records = useLiveQuery(priorityRecords, []);
  const context = useLiveQuery(profileAndSettings, []);
  return { records, context };
}
