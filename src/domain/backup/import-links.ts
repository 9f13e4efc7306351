/**
 * A contact row's links to other records, as a CSV names them (see
 * record-references): its programs and the contact who introduced them.
 * Before the plan, {@link takeContactLinks} turns each reference into the id
 * of a record already in Rapport; an introducer who is another row of the
 * same file has no id yet, so {@link linkWithinFile} marks the row to link
 * once the commit has given that row its id. A reference that finds nothing
 * is left out, with a note that says so — it never costs the row.
 */
import type { ImportCandidate } from './import-candidate';
import { ReferenceIndex, type Referable } from './record-references';

interface Stored extends Referable {
  id: string;
}

/** What the plan needs to link rows of the same file once it has placed every row. */
export interface PendingLinks {
  /** Row → the reference to its introducer, not found in Rapport. */
  introducers: Map<number, string>;
  /** Every row of the file by its reference, to find an introducer among them. */
  rows: ReferenceIndex<number>;
}

function asReferable(fields: Record<string, unknown>): Referable {
  return {
    name: typeof fields.name === 'string' ? fields.name : '',
    institution: typeof fields.institution === 'string' ? fields.institution : '',
  };
}

/**
 * Resolves the `programs` and `introducedBy` references of contact
 * candidates against the records in Rapport: `programIds` and
 * `introducedById` get the ids found; a program Rapport does not have is
 * noted and left out. Returns new candidates (the given ones are not changed).
 */
export function takeContactLinks(
  candidates: readonly ImportCandidate[],
  contacts: readonly Stored[],
  programs: readonly Stored[],
): { candidates: ImportCandidate[]; pending: PendingLinks } {
  const programIndex = new ReferenceIndex<string>();
  for (const program of programs) programIndex.add(program, program.id);
  const contactIndex = new ReferenceIndex<string>();
  for (const contact of contacts) contactIndex.add(contact, contact.id);
  const pending: PendingLinks = { introducers: new Map(), rows: new ReferenceIndex() };

  const linked = candidates.map((candidate) => {
    const { programs: programRefs, introducedBy, ...fields } = candidate.fields;
    const notes = [...(candidate.notes ?? [])];
    pending.rows.add(asReferable(fields), candidate.row);
    if (Array.isArray(programRefs)) {
      const ids = Array.isArray(fields.programIds) ? [...fields.programIds] : [];
      for (const reference of programRefs) {
        const id = programIndex.find(String(reference));
        if (id === undefined) notes.push(`the link to the program “${String(reference)}” was left out: Rapport has no such program yet (import the programs CSV first, then this file)`);
        else if (!ids.includes(id)) ids.push(id);
      }
      if (ids.length > 0) fields.programIds = ids;
    }
    if (typeof introducedBy === 'string' && introducedBy.trim() !== '') {
      const id = contactIndex.find(introducedBy);
      if (id !== undefined) fields.introducedById = id;
      else pending.introducers.set(candidate.row, introducedBy.trim());
    }
    return { ...candidate, fields, notes };
  });
  return { candidates: linked, pending };
}

/** The parts of a contact import plan that linking within the file reads and completes. */
export interface LinkablePlan {
  add: { row: number; label: string; fields: { introducedById: string | null }; introducedByRow?: number }[];
  update: { row: number; label: string; id: string; patch: { introducedById?: string | null }; introducedByRow?: number }[];
  duplicates: { row: number; existingId: string | null; sameAsRow: number | null }[];
  notes: { row: number; message: string }[];
}

type Target = { row: number } | { id: string } | null;

/**
 * Links each row whose introducer is another row of the same file: to that
 * row's new contact (`introducedByRow`, which the commit turns into its id),
 * or — when that row duplicates a contact already in Rapport — to that
 * contact. An update links only a contact with no introducer yet. An
 * introducer found nowhere, or whose row is invalid, is noted and left out.
 * Changes the plan in place and returns it.
 */
export function linkWithinFile<P extends LinkablePlan>(plan: P, pending: PendingLinks, existing: readonly { id: string; introducedById: string | null }[]): P {
  if (pending.introducers.size === 0) return plan;
  const added = new Set(plan.add.map((a) => a.row));
  const updated = new Map(plan.update.map((u) => [u.row, u.id]));
  const duplicates = new Map(plan.duplicates.map((d) => [d.row, d]));
  const introducerOf = new Map(existing.map((c) => [c.id, c.introducedById]));

  const targetOf = (row: number): Target => {
    for (let at: number | null = row, steps = 0; at !== null && steps <= duplicates.size; steps++) {
      if (added.has(at)) return { row: at };
      const id = updated.get(at);
      if (id !== undefined) return { id };
      const duplicate = duplicates.get(at);
      if (duplicate?.existingId) return { id: duplicate.existingId };
      at = duplicate?.sameAsRow ?? null;
    }
    return null;
  };
  const leftOut = (row: number, label: string, reference: string) =>
    plan.notes.push({ row, message: `${label}: “Introduced by ${reference}” was left out: no such contact is in Rapport or imported from this file` });

  for (const add of plan.add) {
    const reference = pending.introducers.get(add.row);
    if (reference === undefined) continue;
    const row = pending.rows.find(reference);
    const target = row === undefined ? null : targetOf(row);
    if (target === null) leftOut(add.row, add.label, reference);
    else if ('row' in target) add.introducedByRow = target.row;
    else add.fields.introducedById = target.id;
  }
  for (const update of plan.update) {
    const reference = pending.introducers.get(update.row);
    if (reference === undefined || (introducerOf.get(update.id) ?? null) !== null) continue;
    const row = pending.rows.find(reference);
    const target = row === undefined ? null : targetOf(row);
    if (target === null) leftOut(update.row, update.label, reference);
    else if ('row' in target) update.introducedByRow = target.row;
    else update.patch.introducedById = target.id;
  }
  return plan;
}
