/**
 * The only place that constructs Dexie. The user's database, `rapport`,
 * declared through every version in schema.ts; and beside it caches that
 * hold nothing of the user's own (derived snapshots, the saved search index)
 * and sync's bookkeeping.
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

/** The search index as saved between visits (search-snapshot.ts). */
export interface SearchSnapshotRow {
  id: 'index';
  /** Bumped when what the index holds or how it reads text changes: an older snapshot is rebuilt. */
  format: number;
  /** The user database's schema version it was built from: an upgrade rewrites rows without touching `updatedAt`. */
  schemaVersion: number;
  savedAt: string;
  /** MiniSearch's JSON. */
  engine: string;
  ids: string[];
  /** Contacts', programs' and events' documents, shown without a read. */
  held?: unknown[];
}

/**
 * A cache beside the user's database, holding only the saved search index: never backed up or
 * synced, and safe to lose (the index is built again from the records). A database of its own, so
 * the user's schema is not changed for it.
 */
export class SearchCacheDb extends Dexie {
  snapshots!: EntityTable<SearchSnapshotRow, 'id'>;
  /** Rows written with an older `updatedAt` than the saved index (sync brings other devices' changes): read again on load. */
  stale!: EntityTable<{ key: string; table: string; id: string; notedAt: string }, 'key'>;

  constructor(name: string) {
    super(name, { cache: 'disabled' });
    this.version(1).stores({ snapshots: 'id' });
    this.version(2).stores({ stale: 'key, notedAt' });
  }
}

let searchCache: SearchCacheDb | null = null;

/** The search cache of the user database `db`, opened on first use. */
export function searchCacheDb(): SearchCacheDb {
  searchCache ??= new SearchCacheDb(`${db.name}-search-cache`);
  return searchCache;
}

/** What sync last sent or received for one record (`table/id`), so an unchanged row is not sent again. */
export interface SyncedRecordState {
  key: string;
  /** SHA-256 of the record's JSON as last synced, or "deleted". */
  hash: string;
  changedAt: string;
  /** The revision of its document in the device's copy that holds that version: a send builds on it. */
  rev?: string;
}

/** A version of a record that lost to another device's change made while apart, kept for the user to restore. */
export interface ConflictCopy {
  /** `table/id/revision`: the same copy from two devices is kept once. */
  id: string;
  table: string;
  recordId: string;
  record: Record<string, unknown>;
  changedAt: string;
  /** The version that won, when it was written. */
  lostTo: string;
}

/**
 * Sync's own bookkeeping beside a user database (sync/bridge.ts): never backed up, and gone with
 * "Stop syncing on this device" (the records stay).
 */
export class SyncStateDb extends Dexie {
  records!: EntityTable<SyncedRecordState, 'key'>;
  conflicts!: EntityTable<ConflictCopy, 'id'>;
  meta!: EntityTable<{ id: string; value: unknown }, 'id'>;

  constructor(name: string) {
    super(name, { cache: 'disabled' });
    this.version(1).stores({ records: 'key', conflicts: 'id, [table+recordId]', meta: 'id' });
  }
}

/** The sync bookkeeping of the user database `database`. */
export const openSyncState = (database: Dexie = db) => new SyncStateDb(`${database.name}-sync`);
