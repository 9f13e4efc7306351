/** Commands and queries for programs. */
import { programSchema, type Program, type ProgramFields } from '../domain/entities';
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
