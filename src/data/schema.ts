/**
 * Every schema version Rapport has released, oldest first. A version is never
 * edited once released: a change adds a new entry (with an upgrade function
 * when existing rows need reshaping). test/data/schema-upgrade.test.ts opens a
 * database of each earlier version and upgrades it to the latest.
 *
 * Primary keys are always the string `id` (never an auto-increment key).
 */
import type { Transaction } from 'dexie';
import { upgradeContactRowToV2, upgradeTrashEntryToV2 } from '../domain/backup/record-upgrades';

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
  {
    // Contacts hold lists of emails, phones, web links and addresses (and the structured name a vCard carried).
    // No index changes: `email` stays indexed as the primary email.
    version: 2,
    stores: {},
    async upgrade(tx) {
      await tx.table('contacts').toCollection().modify((row: Record<string, unknown>) => {
        Object.assign(row, upgradeContactRowToV2(row));
      });
      await tx.table('trash').toCollection().modify((entry: Record<string, unknown>) => {
        Object.assign(entry, upgradeTrashEntryToV2(entry));
      });
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** The tables that hold user records (everything but the trash). */
export const RECORD_TABLES = ['profile', 'settings', 'contacts', 'programs', 'interactions', 'reminders', 'events'] as const;
export type RecordTableName = (typeof RECORD_TABLES)[number];
