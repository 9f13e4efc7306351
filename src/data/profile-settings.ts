/** The two single-row tables: the applicant's profile and their settings. */
import { PROFILE_ID, profileSchema, type Profile, type ProfileFields } from '../domain/entities';
import { SETTINGS_ID, defaultSettingsFields, settingsSchema, type Settings, type SettingsFields } from '../domain/settings';
import { parseOrThrow } from '../domain/validation';
import { db } from './db';

/** The stored settings, or the defaults (not yet written) when there are none. */
export async function getSettings(): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  if (stored) return parseOrThrow('Settings', settingsSchema, stored);
  const epoch = new Date(0).toISOString();
  return { id: SETTINGS_ID, createdAt: epoch, updatedAt: epoch, ...defaultSettingsFields() };
}

/** Merges a patch into the settings (top-level keys replaced) and validates the result. */
export async function updateSettings(patch: Partial<SettingsFields>, now = new Date()): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings();
    const stamp = now.toISOString();
    const next = parseOrThrow('Settings', settingsSchema, {
      ...current,
      ...patch,
      id: SETTINGS_ID,
      createdAt: current.createdAt === new Date(0).toISOString() ? stamp : current.createdAt,
      updatedAt: stamp,
    });
    await db.settings.put(next);
    return next;
  });
}

export function getProfile(): Promise<Profile | undefined> {
  return db.profile.get(PROFILE_ID);
}

export async function saveProfile(fields: ProfileFields, now = new Date()): Promise<Profile> {
  return db.transaction('rw', db.profile, async () => {
    const current = await db.profile.get(PROFILE_ID);
    const stamp = now.toISOString();
    const next = parseOrThrow('Profile', profileSchema, {
      ...(current ?? {}),
      ...fields,
      id: PROFILE_ID,
      createdAt: current?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    await db.profile.put(next);
    return next;
  });
}
