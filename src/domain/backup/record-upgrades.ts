/**
 * How a stored row of one schema version becomes a row of the next. The
 * database upgrade (src/data/schema.ts) and the backup upgrade chain
 * (BACKUP_UPGRADES) both call these, so an old database and an old backup
 * file arrive at the same records.
 */
// No imports: src/data/schema.ts runs these, and the database layer should not pull the entity schemas (zod) with it.

type Row = Record<string, unknown>;

/** The contact points a version 1 contact row gets: its one email and phone head the new lists. */
function contactPointsFromV1(row: Row): Row {
  const email = typeof row.email === 'string' ? row.email.trim() : '';
  const phone = typeof row.phone === 'string' ? row.phone.trim() : '';
  return {
    emails: email ? [{ value: email, label: '' }] : [],
    phones: phone ? [{ value: phone, label: '' }] : [],
    urls: [],
    addresses: [],
    structuredName: null,
    birthday: '',
  };
}

/** Version 1 → 2: a contact gains its lists of contact points, filled from its one email and phone. */
export function upgradeContactRowToV2(row: Row): Row {
  if (Array.isArray(row.emails)) return row;
  return { ...row, ...contactPointsFromV1(row) };
}

/** Version 1 → 2: contacts kept in a trash entry (removed ones, or cascaded with a removal) upgrade too. */
export function upgradeTrashEntryToV2(entry: Row): Row {
  if (!Array.isArray(entry.items)) return entry;
  return {
    ...entry,
    items: entry.items.map((item: unknown) => {
      if (typeof item !== 'object' || item === null) return item;
      const { table, record } = item as { table?: unknown; record?: unknown };
      if (table !== 'contacts' || typeof record !== 'object' || record === null) return item;
      return { ...item, record: upgradeContactRowToV2(record as Row) };
    }),
  };
}

/** `TRASH_UPGRADES[n]` carries a trash entry of version n to version n + 1 (none: it kept its shape). */
export const TRASH_UPGRADES: Readonly<Record<number, (entry: Row) => Row>> = { 1: upgradeTrashEntryToV2 };

/** Trash entries of schema version `from` as version `to` holds them. */
export function upgradeTrashEntries(entries: readonly Row[], from: number, to: number): Row[] {
  let current = [...entries];
  for (let version = from; version < to; version++) {
    const step = TRASH_UPGRADES[version];
    if (step) current = current.map(step);
  }
  return current;
}
