import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../../data/profile-settings';
import type { Settings } from '../../../domain/settings';

/** The stored settings (defaults when none are stored), live; undefined while loading. */
export function useReminderSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings());
}
