/** Loading and removing the sample network. Sample rows carry `sample: true`; the user's own never do. */
import { buildSampleData } from '../domain/sample-data';
import { newId } from '../lib/ids';
import { contactCommands } from './contacts';
import { db } from './db';
import { eventCommands } from './events';
import { interactionCommands } from './interactions';
import { recomputeLastTouch } from './last-touch';
import { getProfile, saveProfile, updateSettings } from './profile-settings';
import { programCommands } from './programs';
import { reminderCommands } from './reminders';

/**
 * Sample rows' ids start with this, so they can be counted from the primary key alone (a key
 * range, no row read). `sample: true` cannot be indexed: booleans are not IndexedDB keys.
 */
export const SAMPLE_ID_PREFIX = 'sample-';

/** Writes the whole sample in one transaction and records the first-run choice. */
export async function loadSampleData(now = new Date()): Promise<void> {
  const sample = buildSampleData(now, () => `${SAMPLE_ID_PREFIX}${newId()}`);
  const options = (id: string) => ({ id, sample: true, now });
  // Validate everything before the transaction, so a bad row writes nothing.
  const programs = sample.programs.map((p) => programCommands.build(p, options(p.id)));
  const contacts = sample.contacts.map((c) => contactCommands.build(c, options(c.id)));
  const interactions = sample.interactions.map((i) => interactionCommands.build(i, options(i.id)));
  const reminders = sample.reminders.map((r) => reminderCommands.build(r, options(r.id)));
  const events = sample.events.map((e) => eventCommands.build(e, options(e.id)));
  await db.transaction('rw', [db.programs, db.contacts, db.interactions, db.reminders, db.events, db.profile, db.settings], async () => {
    await db.programs.bulkAdd(programs);
    await db.contacts.bulkAdd(contacts);
    await db.interactions.bulkAdd(interactions);
    await db.reminders.bulkAdd(reminders);
    await db.events.bulkAdd(events);
    await recomputeLastTouch(contacts.map((c) => c.id));
    if (!(await getProfile())) await saveProfile(sample.profile, now);
    await updateSettings({ firstRunChoice: 'sample' }, now);
  });
}

/**
 * How many sample rows are present, for the "remove sample data" banner. Counted over the
 * primary key: this runs after every write, and scanning 100,000 interactions here held up saves.
 */
export async function countSampleRows(): Promise<number> {
  const counts = await Promise.all(
    [db.contacts, db.programs, db.interactions, db.reminders, db.events].map((table) =>
      table.where(':id').startsWith(SAMPLE_ID_PREFIX).count(),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Deletes every sample row in one transaction, leaving the user's own records
 * untouched. The sample profile goes too unless the user has edited it.
 */
export async function removeSampleData(): Promise<number> {
  return db.transaction('rw', [db.programs, db.contacts, db.interactions, db.reminders, db.events, db.profile], async () => {
    let removed = 0;
    for (const table of [db.contacts, db.programs, db.interactions, db.reminders, db.events]) {
      removed += await table.filter((row) => row.sample === true).delete();
    }
    const profile = await getProfile();
    if (profile && profile.createdAt === profile.updatedAt && profile.name.endsWith('(sample applicant)')) {
      await db.profile.delete(profile.id);
    }
    return removed;
  });
}
