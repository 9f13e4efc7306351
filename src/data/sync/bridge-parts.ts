/** The bridge's vocabulary (bridge.ts): which tables sync, the shapes it handles, and its small helpers. */
import type { RecordVersion } from '../../domain/sync/winner';
import type { ConflictCopy } from '../db';
import type { SealedContent, SealedDocument } from './sealing';

/** The tables that travel between devices: the records and the trash (so a deletion can be undone on either device). */
export const SYNCED_TABLES = ['contacts', 'programs', 'interactions', 'reminders', 'events', 'trash'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** The pseudo-table of conflict copies inside sealed documents. */
export const CONFLICT_TABLE = '@conflict';
export const BATCH = 500;

export type Row = { id: string; updatedAt?: string; deletedAt?: string } & Record<string, unknown>;
export type Version = RecordVersion & { content: SealedContent; rev: string };
export type Incoming = Version & { docId: string };

/** A copy kept of a version that lost; its id names the version, so two devices keeping it keep one. */
export function copyOf(content: SealedContent, version: string, lostTo: string): ConflictCopy {
  return {
    id: `${content.table}/${content.id}/${version}`,
    table: content.table,
    recordId: content.id,
    record: content.record!,
    changedAt: content.changedAt,
    lostTo,
  };
}
export type Stored = SealedDocument & { _rev?: string; _deleted?: boolean };

export interface SyncProblem {
  /** In the user's words. */
  message: string;
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let out = '';
  for (const byte of digest) out += byte.toString(16).padStart(2, '0');
  return out;
}

export const hashOf = (record: Record<string, unknown> | null) => (record === null ? Promise.resolve('deleted') : sha256(JSON.stringify(record)));
export const isSealed = (doc: unknown): doc is Stored =>
  typeof doc === 'object' && doc !== null && typeof (doc as Stored).ct === 'string' && typeof (doc as Stored).iv === 'string';

