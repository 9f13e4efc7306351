/**
 * The create / update / remove / restore commands every table shares. They
 * stamp ids and timestamps, validate with the entity's zod schema (nothing is
 * written when it fails), and move removed rows to the trash in one transaction.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';
import { parseOrThrow } from '../domain/validation';
import { newId } from '../lib/ids';
import { db, type TrashEntry } from './db';
import type { RecordTableName } from './schema';
import { requestPersistenceOnce } from './storage-persistence';

interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  sample?: boolean;
}

export interface CreateOptions {
  id?: string;
  sample?: boolean;
  /** Instant to stamp; defaults to the clock. */
  now?: Date;
}

export interface RecordCommands<Fields, Rec extends StoredRecord> {
  create(fields: Fields, options?: CreateOptions): Promise<Rec>;
  /** Validates a record for this table without writing it (for batch writers). */
  build(fields: Fields, options?: CreateOptions): Rec;
  update(id: string, patch: Partial<Fields>, options?: { now?: Date }): Promise<Rec>;
  remove(id: string, options?: { now?: Date }): Promise<TrashEntry>;
  get(id: string): Promise<Rec | undefined>;
}

interface Spec<Rec extends StoredRecord> {
  entity: string;
  table: RecordTableName;
  /** Schema of a full stored record (fields plus meta). */
  recordSchema: z.ZodType<Rec>;
  label: (record: Rec) => string;
  /** Rows of other tables that go to the trash together with this one. */
  cascade?: (id: string) => Promise<{ table: RecordTableName; record: { id: string } }[]>;
  /**
   * Runs inside the write's transaction after every create, update or remove,
   * with the rows as they were and as they are (e.g. to keep a derived field
   * on another table current). `relatedTables` lists the tables it writes.
   */
  afterWrite?: (before: Rec | undefined, after: Rec | undefined) => Promise<void>;
  relatedTables?: RecordTableName[];
}

export class NotFoundError extends Error {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} no longer exists. It may have been deleted in another tab.`);
    // Not 'NotFoundError': Dexie rewraps errors thrown in a transaction whose name matches one of its own, and callers would lose `instanceof`.
    this.name = 'RecordNotFoundError';
  }
}

export function tableOf(name: RecordTableName): Table<StoredRecord, string> {
  return db.table(name);
}

export function makeRecordCommands<Fields extends object, Rec extends StoredRecord>(
  spec: Spec<Rec>,
): RecordCommands<Fields, Rec> {
  const table = () => db.table<Rec, string>(spec.table);
  const scope = [spec.table, ...(spec.relatedTables ?? [])].map(tableOf);

  function build(fields: Fields, options: CreateOptions = {}): Rec {
    const stamp = (options.now ?? new Date()).toISOString();
    const candidate = {
      ...fields,
      id: options.id ?? newId(),
      createdAt: stamp,
      updatedAt: stamp,
      ...(options.sample ? { sample: true } : {}),
    };
    return parseOrThrow(spec.entity, spec.recordSchema, candidate);
  }

  return {
    build,
    async create(fields, options) {
      const record = build(fields, options);
      await db.transaction('rw', scope, async () => {
        await table().add(record);
        await spec.afterWrite?.(undefined, record);
      });
      void requestPersistenceOnce();
      return record;
    },
    async update(id, patch, options = {}) {
      return db.transaction('rw', scope, async () => {
        const existing = await table().get(id);
        if (!existing) throw new NotFoundError(spec.entity, id);
        const next = parseOrThrow(spec.entity, spec.recordSchema, {
          ...existing,
          ...patch,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: (options.now ?? new Date()).toISOString(),
        });
        await table().put(next);
        await spec.afterWrite?.(existing, next);
        return next;
      });
    },
    async remove(id, options = {}) {
      return db.transaction('rw', [db.trash, ...scope, ...tablesTouchedByRemoval(spec.table).map(tableOf)], async () => {
        const existing = await table().get(id);
        if (!existing) throw new NotFoundError(spec.entity, id);
        const cascaded = spec.cascade ? await spec.cascade(id) : [];
        const entry: TrashEntry = {
          id: newId(),
          deletedAt: (options.now ?? new Date()).toISOString(),
          table: spec.table,
          recordId: id,
          label: spec.label(existing),
          items: [{ table: spec.table, record: existing }, ...cascaded],
        };
        await db.trash.add(entry);
        for (const item of entry.items) await tableOf(item.table).delete(item.record.id);
        await spec.afterWrite?.(existing, undefined);
        return entry;
      });
    },
    get(id) {
      return table().get(id);
    },
  };
}

/** Tables a removal from `table` may touch: itself, plus the reminders that hang off it. */
function tablesTouchedByRemoval(name: RecordTableName): RecordTableName[] {
  return name === 'reminders' ? ['reminders'] : [name, 'reminders'];
}
