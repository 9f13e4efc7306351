/** Loading and removing the sample network. Sample rows carry `sample: true`; the user's own never do. */
import { buildSampleData } from '../domain/sample-data';
import { newId } from '../lib/ids';
import { contactCommands } from './contacts';
import type { Contact, Interaction, Program, RapportEvent, Reminder } from '../domain/entities';
import { db, type TrashEntry } from './db';
import type { RecordTableName } from './schema';
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
 * How many sample rows are present, for the "remove sample data" banner. Only the sample id range is
 * read (a key range): this runs after every write, and scanning 100,000 interactions here held up
 * saves. A sample row the user kept when removing the sample is no longer marked and not counted.
 */
export async function countSampleRows(): Promise<number> {
  const counts = await Promise.all(
    SAMPLE_TABLES.map((name) =>
      db
        .table<{ sample?: boolean }, string>(name)
        .where(':id')
        .startsWith(SAMPLE_ID_PREFIX)
        .filter((row) => row.sample === true)
        .count(),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

const SAMPLE_TABLES = ['contacts', 'programs', 'interactions', 'reminders', 'events'] as const satisfies readonly RecordTableName[];
type SampleTable = (typeof SAMPLE_TABLES)[number];

type AnyRecord = (Contact | Program | Interaction | Reminder | RapportEvent) & { sample?: boolean };

/** The ids a record points at: the rows it would show as "No contact" or "Removed program" if they went. */
function referencesOf(table: SampleTable, row: AnyRecord): string[] {
  const ids: (string | null)[] = [];
  if (table === 'contacts') {
    const c = row as Contact;
    ids.push(...c.programIds, c.introducedById);
  } else if (table === 'interactions') {
    const i = row as Interaction;
    ids.push(...i.contactIds, i.programId, i.eventId);
  } else if (table === 'reminders') {
    const r = row as Reminder;
    ids.push(r.contactId, r.programId, r.interactionId, r.eventId);
  } else if (table === 'events') {
    ids.push(...(row as RapportEvent).targetContactIds);
  }
  return ids.filter((id): id is string => typeof id === 'string');
}

/** What "Remove sample data" did. */
export interface SampleRemoval {
  /** Sample records deleted (they are in the trash, as one entry). */
  removed: number;
  /** The trash entry that holds them, for Undo; null when nothing was removed. */
  trashId: string | null;
  /** Names of sample people and programs kept because the user changed them or their own records use them. */
  kept: string[];
}

function isSampleRow(row: AnyRecord): boolean {
  return row.sample === true;
}

/**
 * Removes the sample, losing none of the user's work: a sample row the user
 * edited, and any sample row the user's own records (or those kept rows)
 * point at, stays — no longer marked as a sample — so no meeting is left
 * naming "No contact". Everything removed goes to the trash as one entry, so
 * the removal is undone like any delete. The sample profile goes too unless
 * the user has edited it. One transaction: all of it or none.
 */
export async function removeSampleData(now = new Date()): Promise<SampleRemoval> {
  const tables = [...SAMPLE_TABLES.map((t) => db.table(t)), db.profile, db.trash];
  return db.transaction('rw', tables, async () => {
    const rows = new Map<SampleTable, AnyRecord[]>();
    for (const name of SAMPLE_TABLES) rows.set(name, await db.table<AnyRecord, string>(name).toArray());
    const all = SAMPLE_TABLES.flatMap((table) => (rows.get(table) ?? []).map((row) => ({ table, row })));
    const sampleById = new Map(all.filter(({ row }) => isSampleRow(row)).map((entry) => [entry.row.id, entry]));

    // Kept: edited sample rows, then (to a fixed point) every sample row a kept or user row points at.
    const kept = new Set<string>();
    const pending: { table: SampleTable; row: AnyRecord }[] = [];
    for (const entry of all) {
      if (!isSampleRow(entry.row) || entry.row.updatedAt !== entry.row.createdAt) pending.push(entry);
      if (isSampleRow(entry.row) && entry.row.updatedAt !== entry.row.createdAt) kept.add(entry.row.id);
    }
    while (pending.length > 0) {
      const { table, row } = pending.pop()!;
      for (const id of referencesOf(table, row)) {
        const target = sampleById.get(id);
        if (target && !kept.has(id)) {
          kept.add(id);
          pending.push(target);
        }
      }
    }

    const removing = [...sampleById.values()].filter(({ row }) => !kept.has(row.id));
    const keptNames: string[] = [];
    for (const id of kept) {
      const { table, row } = sampleById.get(id)!;
      const { sample: _sample, ...unmarked } = row;
      await db.table(table).put(unmarked);
      if (table === 'contacts' || table === 'programs') keptNames.push((row as Contact | Program).name);
    }

    let trashId: string | null = null;
    if (removing.length > 0) {
      const entry: TrashEntry = {
        id: newId(),
        deletedAt: now.toISOString(),
        table: 'contacts',
        recordId: 'sample-data',
        label: `Sample data (${removing.length} records)`,
        items: removing.map(({ table, row }) => ({ table, record: row })),
      };
      await db.trash.add(entry);
      for (const table of SAMPLE_TABLES) {
        const ids = removing.filter((r) => r.table === table).map((r) => r.row.id);
        if (ids.length > 0) await db.table(table).bulkDelete(ids);
      }
      trashId = entry.id;
    }
    // A kept person's latest touch may have been a sample meeting that is gone now.
    await recomputeLastTouch([...kept].filter((id) => sampleById.get(id)?.table === 'contacts'));
    const profile = await getProfile();
    if (profile && profile.createdAt === profile.updatedAt && profile.name.endsWith('(sample applicant)')) {
      await db.profile.delete(profile.id);
    }
    return { removed: removing.length, trashId, kept: keptNames.sort((a, b) => a.localeCompare(b)) };
  });
}
