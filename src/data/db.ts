/**
 * The only place that constructs Dexie. One database, `rapport`, declared
 * through every version in schema.ts.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Contact, Interaction, Profile, Program, RapportEvent, Reminder } from '../domain/entities';
import type { Settings } from '../domain/settings';
import { notifySchemaChangedElsewhere } from './schema-change-events';
import { SCHEMA_VERSIONS, type RecordTableName } from './schema';

/** A removed record kept so the user can restore it; cascaded rows travel with it. */
export interface TrashEntry {
  id: string;
  deletedAt: string;
  /** The table of the record the user removed. */
  table: RecordTableName;
  recordId: string;
  /** What the user sees in the trash, e.g. the contact's name. */
  label: string;
  items: { table: RecordTableName; record: { id: string } }[];
}

export class RapportDb extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  programs!: EntityTable<Program, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  events!: EntityTable<RapportEvent, 'id'>;
  trash!: EntityTable<TrashEntry, 'id'>;

  constructor(name: string, versions = SCHEMA_VERSIONS) {
    // No shared live-query cache: in its default ('cloned') mode Dexie deep-copies every cached result on
    // each read and re-runs live queries optimistically inside write transactions. With 100,000
    // interactions that made a three-reminder save take seconds. Live queries still re-run after each
    // committed write; they read IndexedDB directly.
    super(name, { cache: 'disabled' });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export const DB_NAME = 'rapport';

function openDb(name: string): RapportDb {
  const database = new RapportDb(name);
  database.on('versionchange', () => {
    database.close({ disableAutoOpen: true });
    notifySchemaChangedElsewhere();
    return false;
  });
  return database;
}

export const db = openDb(DB_NAME);

/** A cache worked out from the records: never user data, safe to lose, rebuilt when missing. */
export interface DerivedSnapshot {
  id: string;
  /** When the records it was worked out from were read (ISO instant). */
  takenAt: string;
  data: unknown;
}

/**
 * Caches derived from the records (e.g. the interactions as the Priorities screen reads them), in a
 * database of their own: outside the schema versions, backups and exports, and harmless to delete.
 */
export class DerivedDb extends Dexie {
  snapshots!: EntityTable<DerivedSnapshot, 'id'>;

  constructor(name: string) {
    super(name, { cache: 'disabled' });
    this.version(1).stores({ snapshots: 'id' });
  }
}

export const derivedDb = new DerivedDb(`${DB_NAME}-derived`);
