import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../../data/profile-settings';
import { isDatabaseEmpty } from '../../../data/stats';
import { countSampleRows } from '../../../data/sample';

/**
 * Whether to offer the first-run choice: the user has not chosen yet and the
 * database is empty. Undefined while loading.
 */
export function useNeedsFirstRunChoice(): boolean | undefined {
  return useLiveQuery(async () => {
    const [settings, empty] = await Promise.all([getSettings(), isDatabaseEmpty()]);
    return settings.firstRunChoice === null && empty;
  });
}

/** Number of sample contacts and programs still present (0 when none). */
export function useSampleRowCount(): number | undefined {
  return useLiveQuery(() => countSampleRows());
}
