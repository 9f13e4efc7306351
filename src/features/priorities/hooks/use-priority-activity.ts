import { useEffect, useState } from 'react';
import { watchActivityIndex, type PriorityActivity } from '../../../data/priority-activity-client';

/**
 * Every contact's activity (touches, promises owed, live reminders) by id, from the page's
 * activity index (a worker that keeps it current from change notices); undefined until the
 * first answer. While a new day or half-life is on its way the last answer stays, so moving
 * the half-life does not blank the lists.
 */
export function usePriorityActivity(today: string, halfLifeDays: number | undefined): PriorityActivity | undefined {
  const [activity, setActivity] = useState<PriorityActivity | undefined>(undefined);
  useEffect(() => {
    if (halfLifeDays === undefined) return;
    return watchActivityIndex({ today, halfLifeDays }, setActivity);
  }, [today, halfLifeDays]);
  return activity;
}
