/** Commands and queries for programs. */
import { programSchema, type Contact, type Interaction, type Program, type ProgramFields } from '../domain/entities';
import type { ApplicationStatus } from '../domain/vocabulary';
import { db } from './db';
import { makeRecordCommands } from './record-commands';

export const programCommands = makeRecordCommands<ProgramFields, Program>({
  entity: 'Program',
  table: 'programs',
  recordSchema: programSchema,
  label: (p) => p.name,
});

export const createProgram = programCommands.create;
export const updateProgram = programCommands.update;
export const removeProgram = programCommands.remove;
export const getProgram = programCommands.get;

export function listProgramsByName(): Promise<Program[]> {
  return db.programs.orderBy('name').toArray();
}

export function countPrograms(): Promise<number> {
  return db.programs.count();
}

/** Interactions held at or about a program, newest first. */
export async function interactionsAtProgram(programId: string): Promise<Interaction[]> {
  const rows = await db.interactions.where('programId').equals(programId).toArray();
  return rows.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

/** Everything the program page shows, read in one live query. */
export interface ProgramDetail {
  program: Program;
  /** Contacts linked to this program, by name. */
  contacts: Contact[];
  /** Interactions at this program, newest first. */
  interactions: Interaction[];
  /** Names of the people the interactions mention, by id; deleted ones are absent. */
  contactNames: Record<string, string>;
}

/** The program page's data, or null when no program has that id. */
export async function programDetail(programId: string): Promise<ProgramDetail | null> {
  const program = await db.programs.get(programId);
  if (!program) return null;
  const [contacts, interactions] = await Promise.all([
    db.contacts.where('programIds').equals(programId).sortBy('name'),
    interactionsAtProgram(programId),
  ]);
  const known = new Map(contacts.map((c) => [c.id, c.name]));
  const missing = [...new Set(interactions.flatMap((i) => i.contactIds))].filter((id) => !known.has(id));
  for (const contact of await db.contacts.bulkGet(missing)) if (contact) known.set(contact.id, contact.name);
  return { program, contacts, interactions, contactNames: Object.fromEntries(known) };
}

/** Moves a program to another application status (the board's drag and keyboard moves). */
export function setProgramStatus(programId: string, status: ApplicationStatus): Promise<Program> {
  return updateProgram(programId, { status });
}
