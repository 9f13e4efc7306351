/**
 * Who hears that another tab opened a newer schema (db.ts closes this tab's connection then).
 * Apart from db.ts so the app shell can listen without loading Dexie before its first paint.
 */
type SchemaChangeListener = () => void;
const listeners = new Set<SchemaChangeListener>();

/**
 * Called when another tab opens a newer schema: this tab's connection is
 * closed (so the upgrade is not blocked) and the app asks the user to reload.
 */
export function onSchemaChangedElsewhere(listener: SchemaChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener; db.ts calls it from the database's `versionchange`. */
export function notifySchemaChangedElsewhere(): void {
  for (const listener of listeners) listener();
}
