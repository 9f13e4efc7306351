/**
 * Which version of a record wins when two devices changed it while apart:
 * the one changed last (`changedAt`), and between versions changed at the
 * same instant the one whose content sorts first as JSON text. Every device
 * sees the same versions, so every device picks the same winner, whatever
 * order they arrived in. The others are the losers, kept for the user.
 */

export interface RecordVersion {
  /** When this version was written: the record's `updatedAt`, or the time of a deletion or restore. */
  changedAt: string;
  /** The record, or null when this version is a deletion. */
  record: Record<string, unknown> | null;
}

/** The JSON text a version is compared by when the times tie. */
export const versionText = (version: RecordVersion) => JSON.stringify(version.record);

/** Whether `a` wins over `b`. */
export function beats(a: RecordVersion, b: RecordVersion): boolean {
  // As instants, not text: "…:00Z" and "…:00.000Z" are the same moment.
  const ta0 = Date.parse(a.changedAt);
  const tb0 = Date.parse(b.changedAt);
  if (ta0 !== tb0) return ta0 > tb0;
  const ta = versionText(a);
  const tb = versionText(b);
  return ta !== tb && ta < tb;
}

/** The winner among `versions` (at least one) and the rest, in the order given. */
export function chooseWinner<V extends RecordVersion>(versions: readonly V[]): { winner: V; losers: V[] } {
  if (versions.length === 0) throw new Error('chooseWinner needs at least one version');
  let winner = versions[0];
  for (const version of versions.slice(1)) if (beats(version, winner)) winner = version;
  return { winner, losers: versions.filter((v) => v !== winner) };
}
