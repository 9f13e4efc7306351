import { useLiveQuery } from 'dexie-react-hooks';
import { profileAndSettings } from '../../../data/priorities';
import type { Profile } from '../../../domain/entities';
import type { Settings } from '../../../domain/settings';

/** The profile (null before the first save) and the settings, live; undefined while loading. */
export function useProfileSettings(): { profile: Profile | null; settings: Settings } | undefined {
  return useLiveQuery(profileAndSettings, []);
}
