/**
 * The trash in a backup: removed records the user can still restore. A
 * backup carries it so that a restore after a wiped browser loses nothing a
 * delete had only put aside. Each record in an entry is validated with its
 * table's schema, like the tables themselves.
 */
import '../zod-config';
import { z } from 'zod';
import { contactSchema, eventSchema, instantSchema, interactionSchema, profileSchema, programSchema, reminderSchema } from '../entities';
import { settingsSchema } from '../settings';
import { mapInChunks, type ProgressOptions } from '../../lib/progress';
import type { RowIssue } from './import-error';

const TABLES = ['profile', 'settings', 'contacts', 'programs', 'interactions', 'reminders', 'events'] as const;
type TableName = (typeof TABLES)[number];

const RECORD_SCHEMAS: Record<TableName, z.ZodType<{ id: string }>> = {
  profile: profileSchema,
  settings: settingsSchema,
  contacts: contactSchema,
  programs: programSchema,
  interactions: interactionSchema,
  reminders: reminderSchema,
  events: eventSchema,
};

/** A trash entry as a backup holds it (the shape of the database's trash rows). */
export interface BackupTrashEntry {
  id: string;
  deletedAt: string;
  /** The table of the record the user removed. */
  table: TableName;
  recordId: string;
  label: string;
  items: { table: TableName; record: { id: string } }[];
}

const entryShape = z.object({
  id: z.string().min(1, 'A trash entry needs an id'),
  deletedAt: instantSchema,
  table: z.enum(TABLES, { message: 'Not a table Rapport has' }),
  recordId: z.string().min(1),
  label: z.string().max(500),
  items: z.array(z.object({ table: z.enum(TABLES, { message: 'Not a table Rapport has' }), record: z.unknown() })).min(1).max(100_000),
});

/** Validates the trash entries of a backup; problems go into `issues` under the table "trash". */
export async function validateTrash(rows: unknown[], issues: RowIssue[], options: ProgressOptions = {}): Promise<BackupTrashEntry[]> {
  const valid: BackupTrashEntry[] = [];
  const seen = new Set<string>();
  await mapInChunks(
    rows,
    (row, index) => {
      const at = (field: string, message: string) => issues.push({ table: 'trash', row: index + 1, field, message });
      const shape = entryShape.safeParse(row);
      if (!shape.success) {
        for (const issue of shape.error.issues) at(issue.path.map(String).join('.'), issue.message);
        return;
      }
      const items: BackupTrashEntry['items'] = [];
      shape.data.items.forEach((item, n) => {
        const record = RECORD_SCHEMAS[item.table].safeParse(item.record);
        if (record.success) items.push({ table: item.table, record: record.data });
        else for (const issue of record.error.issues) at(`items.${n}.${issue.path.map(String).join('.')}`, issue.message);
      });
      if (seen.has(shape.data.id)) at('id', `The id ${shape.data.id} appears twice in the trash`);
      seen.add(shape.data.id);
      if (items.length === shape.data.items.length) valid.push({ ...shape.data, items });
    },
    { ...options, chunkSize: 200 },
  );
  return valid;
}
