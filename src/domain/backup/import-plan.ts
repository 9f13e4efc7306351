/**
 * The preview of an import: which rows will be added, which will update a
 * record already in Rapport, which are duplicates and skipped, and which are
 * invalid and why. Nothing is written here; `commitImport` (src/data/backup.ts)
 * writes a plan in one transaction.
 */
import '../zod-config';
import type { z } from 'zod';
import { allEmails } from '../contact-points';
import { contactInputSchema, programFieldsSchema, type Contact, type contactFieldsSchema, type Program } from '../entities';
import { mapInChunks, type ProgressOptions } from '../../lib/progress';
import type { FieldIssue } from '../validation';
import { linkWithinFile, takeContactLinks } from './import-links';
import {
  containsMarkup,
  fieldLabel,
  isInvisibleText,
  normalizePersonName,
  normalizeText,
  type ImportCandidate,
  type ImportTarget,
} from './import-candidate';

/** Contact fields as validated (defaults filled in). */
export type ContactFieldValues = z.output<typeof contactFieldsSchema>;
/** Program fields as validated (defaults filled in). */
export type ProgramFieldValues = z.output<typeof programFieldsSchema>;

export interface PlannedAdd<F> {
  row: number;
  /** Name shown in the preview. */
  label: string;
  fields: F;
  /** Contacts: the row of this file whose contact introduced this one; the commit links the two once that row has its id. */
  introducedByRow?: number;
}

export interface PlannedUpdate<F> {
  row: number;
  label: string;
  /** The record in Rapport that the row fills in. */
  id: string;
  /** The record's updatedAt when planned; if it changed before the commit, the update is skipped. */
  basedOnUpdatedAt: string;
  /** Only fields that are blank on the record and given by the row (tags, interests and programs are merged). */
  patch: Partial<F>;
  /** Contacts: as for an add, the row of this file whose new contact introduced this one. */
  introducedByRow?: number;
}

export interface PlannedDuplicate {
  row: number;
  label: string;
  /** Why it is a duplicate, in words: "Same email as Dr. Ana Reyes, already in Rapport". */
  reason: string;
  /** The matching record already in Rapport, if that is what it duplicates. */
  existingId: string | null;
  /** The earlier row of the same file it repeats, if that is what it duplicates. */
  sameAsRow: number | null;
}

export interface InvalidRow {
  row: number;
  label: string;
  /** Every problem, field named in words: "Email: Enter a valid email address, like name@hospital.org". */
  reason: string;
}

/** Something the user should know about a row that will still be imported. */
export interface ImportNote {
  row: number;
  message: string;
}

export interface ImportPlan<T extends ImportTarget, F> {
  target: T;
  /** Rows looked at. */
  total: number;
  add: PlannedAdd<F>[];
  update: PlannedUpdate<F>[];
  duplicates: PlannedDuplicate[];
  invalid: InvalidRow[];
  notes: ImportNote[];
}
export type ContactImportPlan = ImportPlan<'contacts', ContactFieldValues>;
export type ProgramImportPlan = ImportPlan<'programs', ProgramFieldValues>;

export interface PlanOptions extends ProgressOptions {
  /**
   * What to do with a row that matches a record already in Rapport: `skip` it
   * (the default), or `fill-blanks` — fill the record's empty fields and add
   * new tags, never overwriting what is there.
   */
  onExisting?: 'skip' | 'fill-blanks';
}

/** Options of a contact import plan. */
export interface ContactPlanOptions extends PlanOptions {
  /** The programs in Rapport, which a row's programs (named "Name (Institution)") are linked to. */
  programs?: readonly Program[];
}

interface MatchKey {
  key: string;
  /** How the match reads in the reason: "Same email as …". */
  says: string;
}

/** What the preview shows for a row or record. */
type Labelled = { name?: unknown; institution?: unknown };
type StoredRecord = Labelled & { id: string; updatedAt: string };

interface Spec<T extends ImportTarget, F, R extends StoredRecord> {
  target: T;
  schema: z.ZodType<F>;
  /** Required text fields: an absent one is read as empty so the schema's own message ("Enter a name") shows. */
  required: string[];
  /** Fields a row can do without: a value there that does not validate is left out (and noted) instead of refusing the row. */
  optionalValues: string[];
  keys(record: F | R): MatchKey[];
  label(fields: Labelled): string;
  blankPatch(existing: R, incoming: F, supplied: Set<string>): Partial<F>;
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

function mergeList(existing: string[], incoming: string[]): string[] | null {
  const known = new Set(existing.map((t) => t.toLowerCase()));
  const added = incoming.filter((t) => !known.has(t.toLowerCase()));
  return added.length > 0 ? [...existing, ...added] : null;
}

/** Fields the row gave that are blank on the record; list fields (tags) gain the new items. */
function fillBlanks<F extends Readonly<Record<string, unknown>>>(
  before: Readonly<Record<string, unknown>>,
  incoming: F,
  supplied: Set<string>,
  lists: readonly string[],
  blankValues: Record<string, unknown> = {},
): Partial<F> {
  const patch: Partial<Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(incoming)) {
    if (!supplied.has(key) || isBlank(value)) continue;
    if (lists.includes(key)) {
      const merged = mergeList(Array.isArray(before[key]) ? before[key] : [], Array.isArray(value) ? value : []);
      if (merged) patch[key] = merged;
    } else if (value !== before[key] && !(key in blankValues && value === blankValues[key])) {
      if (isBlank(before[key]) || (key in blankValues && before[key] === blankValues[key])) patch[key] = value;
    }
  }
  // Every key set above came from `incoming`, with a value of the same field.
  return patch as Partial<F>;
}

const CONTACT_SPEC: Spec<'contacts', ContactFieldValues, Contact> = {
  target: 'contacts',
  schema: contactInputSchema,
  required: ['name'],
  // Ways of reaching someone: one unreadable phone or link must not cost the person's name and email.
  optionalValues: ['email', 'phone', 'emails', 'phones', 'urls', 'addresses', 'linkedinUrl', 'xUrl', 'birthday', 'structuredName'],
  keys(contact) {
    const keys: MatchKey[] = [];
    for (const email of allEmails(contact)) {
      if (email.trim() !== '') keys.push({ key: `email:${email.trim().toLowerCase()}`, says: 'Same email as' });
    }
    const name = normalizePersonName(contact.name);
    if (name !== '') keys.push({ key: `name:${name}|${normalizeText(contact.institution)}`, says: 'Same name and institution as' });
    return keys;
  },
  label: (fields) => (typeof fields.name === 'string' && !isInvisibleText(fields.name) ? fields.name.trim() : '(no name)'),
  // "Other" is what an import sets when it knows no better, so a real role may replace it.
  blankPatch: (existing, incoming, supplied) => fillBlanks(existing, incoming, supplied, ['tags', 'interests', 'programIds'], { role: 'other' }),
};

const PROGRAM_SPEC: Spec<'programs', ProgramFieldValues, Program> = {
  target: 'programs',
  schema: programFieldsSchema,
  required: ['name'],
  optionalValues: [],
  keys(program) {
    const name = normalizeText(program.name);
    return name === '' ? [] : [{ key: `name:${name}|${normalizeText(program.institution)}`, says: 'Same name and institution as' }];
  },
  label(fields) {
    const name = typeof fields.name === 'string' && !isInvisibleText(fields.name) ? fields.name.trim() : '(no name)';
    return typeof fields.institution === 'string' && fields.institution.trim() !== '' ? `${name} (${fields.institution.trim()})` : name;
  },
  blankPatch(existing, incoming, supplied) {
    const patch = fillBlanks(existing, incoming, supplied, [], { status: 'researching', interest: 3 });
    delete patch.figures;
    if (supplied.has('figures')) {
      const figures = { ...existing.figures };
      let changed = false;
      for (const key of ['medianStep2ck', 'positions'] as const) {
        if (figures[key] === null && incoming.figures[key] !== null) {
          figures[key] = incoming.figures[key];
          changed = true;
        }
      }
      if (changed) patch.figures = figures;
    }
    return patch;
  },
};

function describeIssues(target: ImportTarget, issues: FieldIssue[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const issue of issues) {
    const text = `${fieldLabel(target, issue.field)}: ${issue.message}`;
    if (!seen.has(text)) {
      seen.add(text);
      parts.push(text);
    }
  }
  return parts.join('; ');
}

function hasMarkup(value: unknown): boolean {
  if (typeof value === 'string') return containsMarkup(value);
  if (Array.isArray(value)) return value.some(hasMarkup);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasMarkup);
  return false;
}

async function plan<T extends ImportTarget, F extends object, R extends StoredRecord>(
  spec: Spec<T, F, R>,
  candidates: readonly ImportCandidate[],
  existing: readonly R[],
  options: PlanOptions,
): Promise<ImportPlan<T, F>> {
  const existingByKey = new Map<string, R>();
  for (const record of existing) {
    for (const { key } of spec.keys(record)) if (!existingByKey.has(key)) existingByKey.set(key, record);
  }
  const fileByKey = new Map<string, number>();
  const result: ImportPlan<T, F> = { target: spec.target, total: candidates.length, add: [], update: [], duplicates: [], invalid: [], notes: [] };

  await mapInChunks(
    candidates,
    (candidate) => {
      const label = spec.label(candidate.fields);
      const input: Record<string, unknown> = { ...candidate.fields };
      const problems = [...candidate.problems, ...invisibleRequired(spec.required, input)];
      for (const key of spec.required) if (input[key] === undefined) input[key] = '';
      const repairs: string[] = [];
      const parsed = parseLeavingOut(spec, input, problems.length === 0 ? repairs : null);
      for (const message of [...(candidate.notes ?? []), ...repairs]) result.notes.push({ row: candidate.row, message: `${label}: ${message}` });
      const failedFields = new Set(problems.map((p) => p.field));
      const schemaIssues = parsed.success
        ? []
        : parsed.error.issues
            .map((i) => ({ field: i.path.map(String).join('.'), message: i.message }))
            .filter((i) => !failedFields.has(i.field));
      if (problems.length > 0 || !parsed.success) {
        result.invalid.push({ row: candidate.row, label, reason: describeIssues(spec.target, [...problems, ...schemaIssues]) });
        return;
      }
      const fields = parsed.data;
      if (hasMarkup(fields)) {
        result.notes.push({
          row: candidate.row,
          message: `${label} contains HTML or script. Rapport keeps it as plain text and never runs it.`,
        });
      }

      const keys = spec.keys(fields);
      const earlier = keys.map((k) => ({ ...k, row: fileByKey.get(k.key) })).find((k) => k.row !== undefined);
      const match = keys.map((k) => ({ ...k, record: existingByKey.get(k.key) })).find((k) => k.record !== undefined);
      for (const { key } of keys) if (!fileByKey.has(key)) fileByKey.set(key, candidate.row);

      if (earlier?.row !== undefined) {
        result.duplicates.push({ row: candidate.row, label, reason: `${earlier.says} row ${earlier.row} of this file`, existingId: null, sameAsRow: earlier.row });
        return;
      }
      if (match?.record) {
        const existingLabel = spec.label(match.record);
        if (options.onExisting === 'fill-blanks') {
          const patch = spec.blankPatch(match.record, fields, new Set(Object.keys(candidate.fields).map(suppliedKey)));
          if (Object.keys(patch).length > 0) {
            result.update.push({ row: candidate.row, label, id: match.record.id, basedOnUpdatedAt: match.record.updatedAt, patch });
            return;
          }
          result.duplicates.push({
            row: candidate.row,
            label,
            reason: `${match.says} ${existingLabel}, already in Rapport (nothing new to add)`,
            existingId: match.record.id,
            sameAsRow: null,
          });
          return;
        }
        result.duplicates.push({ row: candidate.row, label, reason: `${match.says} ${existingLabel}, already in Rapport`, existingId: match.record.id, sameAsRow: null });
        return;
      }
      result.add.push({ row: candidate.row, label, fields });
    },
    { ...options, chunkSize: 500 },
  );
  return result;
}

/**
 * A required text (a name) that holds only invisible characters, such as
 * zero-width spaces, would be stored as a name that shows as blank: it counts
 * as missing, and says why in words.
 */
function invisibleRequired(required: readonly string[], input: Readonly<Record<string, unknown>>): FieldIssue[] {
  return required.flatMap((field) => {
    const value = input[field];
    return typeof value === 'string' && value.trim() !== '' && isInvisibleText(value)
      ? [{ field, message: 'holds only invisible characters (such as zero-width spaces), so it would show as blank. Type the name in that cell' }]
      : [];
  });
}

/** "Phone 2" for `phones.1`, "Email" for `email` (and for `emails.0` when there is only one). */
function valueLabel(target: ImportTarget, path: (string | number)[], listLength: number): string {
  const base = fieldLabel(target, String(path[0]));
  return typeof path[1] === 'number' && listLength > 1 ? `${base} ${path[1] + 1}` : base;
}

/**
 * Validates a row; when `repairs` is given, a value that does not validate in
 * a field the row can do without (a second phone, a malformed email) is left
 * out and described in `repairs` instead of refusing the whole row.
 */
function parseLeavingOut<T extends ImportTarget, F, R extends StoredRecord>(
  spec: Spec<T, F, R>,
  input: Record<string, unknown>,
  repairs: string[] | null,
) {
  let parsed = spec.schema.safeParse(input);
  for (let attempt = 0; repairs && !parsed.success && attempt < 5; attempt++) {
    const issues = parsed.error.issues;
    if (issues.some((i) => i.path.length === 0 || !spec.optionalValues.includes(String(i.path[0])))) break;
    for (const issue of issues) {
      const [key, index] = issue.path;
      const value = input[String(key)];
      const what = valueLabel(spec.target, issue.path.slice(0, 2) as (string | number)[], Array.isArray(value) ? value.length : 1);
      if (typeof index === 'number' && Array.isArray(value)) {
        if (value[index] === undefined) continue;
        input[String(key)] = value.map((v, n) => (n === index ? undefined : v));
      } else if (key !== undefined) {
        delete input[String(key)];
      }
      repairs.push(`${what} not understood, left out (${issue.message})`);
    }
    for (const [key, value] of Object.entries(input)) if (Array.isArray(value)) input[key] = value.filter((v) => v !== undefined);
    parsed = spec.schema.safeParse(input);
  }
  return parsed;
}

/** The schema key a candidate field fills (`figures.medianStep2ck` fills `figures`). */
function suppliedKey(field: string): string {
  return field.split('.')[0];
}

/**
 * Plans a contact import: validates each candidate with the contact schema
 * (an invalid row's reason names each field in words), finds duplicates — same
 * email (any case) or same name and institution (accents, punctuation, "Dr."
 * and credentials ignored) as a contact in Rapport or an earlier row of the
 * file — and notes rows holding HTML or script, which are kept as plain text.
 * A row's programs and introducer, named "Name (Institution)", are linked to
 * the programs in `options.programs` and to contacts in Rapport or in the
 * same file (see import-links). Runs in chunks; rejects with AbortError when cancelled.
 */
export async function planImport(
  candidates: readonly ImportCandidate[],
  existingContacts: readonly Contact[],
  options: ContactPlanOptions = {},
): Promise<ContactImportPlan> {
  const { programs = [], ...planOptions } = options;
  const linked = takeContactLinks(candidates, existingContacts, programs);
  const result = await plan(CONTACT_SPEC, linked.candidates, existingContacts, planOptions);
  return linkWithinFile(result, linked.pending, existingContacts);
}

/**
 * Plans a program import the same way; a duplicate is a program with the same
 * name and institution.
 */
export function planProgramImport(
  candidates: readonly ImportCandidate[],
  existingPrograms: readonly Program[],
  options: PlanOptions = {},
): Promise<ProgramImportPlan> {
  return plan(PROGRAM_SPEC, candidates, existingPrograms, options);
}
