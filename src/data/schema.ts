/**
 * Every schema version Rapport has released, oldest first. A version is never
 * edited once released: a change adds a new entry (with an upgrade function
 * when existing rows need reshaping). test/data/schema-upgrade.test.ts opens a
 * database of each earlier version and upgrades it to the latest.
 *
 * Primary keys are always the string `id` (never an auto-increment key).
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profile: 'id',
      settings: 'id',
      contacts: 'id, name, role, stage, institution, email, *programIds, *tags, introducedById, updatedAt',
      programs: 'id, name, status, track, state, region, updatedAt',
      interactions: 'id, occurredAt, *contactIds, programId, eventId, kind, updatedAt',
      reminders: 'id, status, dueDate, [status+dueDate], contactId, programId, interactionId, eventId, kind, updatedAt',
      events: 'id, startDate, updatedAt',
      trash: 'id, deletedAt, table',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** The tables that hold user records (everything but the trash). */
export const RECORD_TABLES = ['profile', 'settings', 'contacts', 'programs', 'interactions', 'reminders', 'events'] as const;
export type RecordTableName = (typeof RECORD_TABLES)[number];
