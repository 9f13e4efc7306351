/** Reads for the Priorities screen: everything scoring needs, in one transaction so the lists agree. */
import type { Contact, Interaction, Profile, Program, Reminder } from '../domain/entities';
import type { Settings } from '../domain/settings';
import { db } from './db';
import { getSettings } from './profile-settings';
import { PROFILE_ID } from '../domain/entities';

export interface PriorityData {
  contacts: Contact[];
  programs: Program[];
  interactions: Interaction[];
  reminders: Reminder[];
  profile: Profile | null;
  settings: Settings;
}

/** Every record the ranking reads, taken from one consistent snapshot. */
export function priorityData(): Promise<PriorityData> {
  return db.transaction('r', [db.contacts, db.programs, db.interactions, db.reminders, db.profile, db.settings], async () => {
    const [contacts, programs, interactions, reminders, profile, settings] = await Promise.all([
      db.contacts.toArray(),
      db.programs.toArray(),
      db.interactions.toArray(),
      db.reminders.toArray(),
      db.profile.get(PROFILE_ID),
      getSettings(),
    ]);
    return { contacts, programs, interactions, reminders, profile: profile ?? null, settings };
  });
}

/** The profile (or null before the user saves one) and the settings with defaults filled in. */
export function profileAndSettings(): Promise<{ profile: Profile | null; settings: Settings }> {
  return db.transaction('r', [db.profile, db.settings], async () => {
    const [profile, settings] = await Promise.all([db.profile.get(PROFILE_ID), getSettings()]);
    return { profile: profile ?? null, settings };
  });
}
