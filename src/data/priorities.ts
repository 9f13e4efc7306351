/** Reads for the Priorities screen: everything scoring needs, in one transaction so the lists agree. */
import type { Contact, Profile, Program } from '../domain/entities';
import { PROFILE_ID } from '../domain/entities';
import { scoringSettingsSchema, type ScoringSettings, type Settings } from '../domain/settings';
import { db } from './db';
import { readAllPaged } from './paged-read';
import { getSettings, updateSettings } from './profile-settings';

export interface PriorityRecords {
  contacts: Contact[];
  programs: Program[];
}

/**
 * The contacts and programs the ranking reads. Interactions and reminders are not read here: the
 * activity index keeps them in a worker, current from change notices (priority-activity-source.ts).
 * Settings and profile are read apart ({@link profileAndSettings}). Contacts are read in pages
 * (paged-read.ts) so a save made meanwhile does not wait for the whole read; the live query runs
 * again after that save, so a ranking from pages on both sides of it is soon replaced.
 */
export async function priorityRecords(): Promise<PriorityRecords> {
  const contacts = await readAllPaged(db.contacts);
  const programs = await db.programs.toArray();
  return { contacts, programs };
}

/** The profile (or null before the user saves one) and the settings with defaults filled in. */
export function profileAndSettings(): Promise<{ profile: Profile | null; settings: Settings }> {
  return db.transaction('r', [db.profile, db.settings], async () => {
    const [profile, settings] = await Promise.all([db.profile.get(PROFILE_ID), getSettings()]);
    return { profile: profile ?? null, settings };
  });
}

/** A change to some of the scoring settings; the weight groups merge key by key. */
export interface ScoringPatch {
  halfLifeDays?: number;
  contactWeights?: Partial<ScoringSettings['contactWeights']>;
  programWeights?: Partial<ScoringSettings['programWeights']>;
  criterionWeights?: Partial<ScoringSettings['criterionWeights']>;
}

/**
 * Merges a change into the stored scoring settings, reading and writing in one transaction
 * so quick slider moves on different weights never undo each other.
 */
export function updateScoringSettings(patch: ScoringPatch, now = new Date()): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const { scoring } = await getSettings();
    const next: ScoringSettings = {
      halfLifeDays: patch.halfLifeDays ?? scoring.halfLifeDays,
      contactWeights: { ...scoring.contactWeights, ...patch.contactWeights },
      programWeights: { ...scoring.programWeights, ...patch.programWeights },
      criterionWeights: { ...scoring.criterionWeights, ...patch.criterionWeights },
    };
    return updateSettings({ scoring: next }, now);
  });
}

/** Puts every scoring weight and the half-life back to their defaults. */
export function resetScoringSettings(now = new Date()): Promise<Settings> {
  return updateSettings({ scoring: scoringSettingsSchema.parse(undefined) }, now);
}
