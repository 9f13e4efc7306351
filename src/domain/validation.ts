/** Turning zod failures into messages that name the field, for commands, forms and imports. */
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `email` or `commitments.0.text`. */
  field: string;
  message: string;
}

/** A record failed its schema. Nothing was written. */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(entity: string, issues: FieldIssue[]) {
    super(`${entity} not saved: ${issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
}

/** Parses with the schema or throws a ValidationError naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(entity: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(entity, fieldIssues(result.error));
  return result.data;
}
