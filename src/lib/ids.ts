/** A new record id: a random UUID, never an auto-increment, so data can later sync between devices. */
export function newId(): string {
  return crypto.randomUUID();
}
