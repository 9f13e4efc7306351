/**
 * zod's settings for the whole app, run before any schema is used (each module
 * that builds schemas imports this first):
 *
 * - `jitless`: the app's CSP forbids eval; without it zod probes `new Function`
 *   and the browser reports a CSP violation on every load.
 * - `customError`: what a user reads when a value fails a schema that has no
 *   message of its own. zod's wording ("Invalid input: expected int, received
 *   number") names types, not what to do; these say what to type instead.
 *   A schema's own message (`'Use a date like 2026-03-14'`) still wins.
 */
import { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const MAX_LISTED_CHOICES = 8;

function choice(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function sizeWords(origin: string, amount: number | bigint, atLeast: boolean, exact: boolean | undefined): string {
  const n = Number(amount);
  switch (origin) {
    case 'string':
      if (atLeast && n === 1) return 'This cannot be empty';
      return exact ? `Use exactly ${n} characters` : atLeast ? `Use at least ${n} characters` : `Keep this under ${n + 1} characters`;
    case 'array':
    case 'set':
      if (atLeast && n === 1) return 'Add at least one';
      return exact ? `Give exactly ${n}` : atLeast ? `Give at least ${n}` : `Give at most ${n}`;
    case 'date':
      return atLeast ? 'That date is too early' : 'That date is too late';
    default:
      return atLeast ? `Use ${n} or more` : `Use ${n} or less`;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'Use text here',
  number: 'Use a number',
  int: 'Use a whole number',
  bigint: 'Use a whole number',
  boolean: 'Use yes or no (true or false)',
  date: 'Use a date',
  array: 'This should be a list',
  tuple: 'This should be a list',
  object: 'This should be a group of fields, not a single value',
  record: 'This should be a group of fields, not a single value',
  map: 'This should be a group of fields, not a single value',
  set: 'This should be a list',
  null: 'Leave this empty',
  undefined: 'Leave this out',
  nan: 'Use a number',
};

/** The plain-words message for a failed value, or undefined to keep zod's (never reached for the codes below). */
export function plainIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'This is missing';
      if (issue.expected === 'int' || ((issue.expected === 'number' || issue.expected === 'nan') && typeof issue.input === 'number')) {
        return issue.expected === 'int' ? 'Use a whole number' : 'Use a number';
      }
      return EXPECTED_WORDS[issue.expected] ?? 'This value is not the right kind';
    }
    case 'too_small':
      return sizeWords(issue.origin, issue.minimum, true, issue.exact);
    case 'too_big':
      return sizeWords(issue.origin, issue.maximum, false, issue.exact);
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return 'Use an email address, like name@hospital.org';
        case 'url':
          return 'Use a web address starting with https://';
        case 'datetime':
          return 'Use a full date and time';
        case 'date':
          return 'Use a date like 2026-03-14';
        case 'uuid':
        case 'guid':
          return 'This is not a record id Rapport made';
        default:
          return 'This is not written in a form Rapport understands';
      }
    case 'not_multiple_of':
      return `Use a multiple of ${issue.divisor}`;
    case 'invalid_value': {
      const values = issue.values;
      if (values.length === 1) return `Use ${choice(values[0])}`;
      if (values.length <= MAX_LISTED_CHOICES) return `Use one of ${values.map(choice).join(', ')}`;
      return 'This is not one of the choices Rapport offers';
    }
    case 'unrecognized_keys':
      return `Rapport has no place for ${issue.keys.length === 1 ? `"${issue.keys[0]}"` : issue.keys.map((k: string) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'This is not written in a form Rapport understands';
    case 'invalid_key':
      return 'One of the names in this group is not one Rapport knows';
    case 'invalid_element':
      return 'One of the values in this list is not valid';
    case 'custom':
      return 'This value is not valid';
    default:
      return 'This value is not valid';
  }
}

z.config({ jitless: true, customError: plainIssueMessage });
