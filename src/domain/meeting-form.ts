/**
 * The Log meeting form as pure functions: the values the dialog holds while
 * the user types, their zod schema (made of interactionFieldsSchema's own
 * fields, so limits and messages match the stored record), the conversion to
 * `InteractionFields`, and how the user's ticks and edits of the proposed
 * reminders become the drafts that are written.
 */
import { addYears, format, isValid, parseISO } from 'date-fns';
import './zod-config';
import { z } from 'zod';
import {
  commitmentSchema,
  contactFieldsSchema,
  interactionFieldsSchema,
  localDateSchema,
  reminderFieldsSchema,
  type InteractionFields,
} from './entities';
import type { ProposedReminder, ReminderDraft } from './follow-ups/reminder-draft';
import type { InteractionForRules } from './follow-ups/rules';
import { fieldIssues, type FieldIssue } from './validation';
import { instantDayLabel } from '../lib/date-format';

/** The value format of `<input type="datetime-local">`: local wall-clock time, no zone. */
export const DATETIME_LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";
const DATETIME_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;

/** `date` as a datetime-local value in the runtime's time zone, to the minute. */
export function toDatetimeLocal(date: Date): string {
  return format(date, DATETIME_LOCAL_FORMAT);
}

/** A datetime-local value as an instant, or null when it is not a real local time. */
export function fromDatetimeLocal(value: string): Date | null {
  if (!DATETIME_LOCAL.test(value)) return null;
  const date = parseISO(value);
  return isValid(date) ? date : null;
}

/** The years a logged meeting can fall in; anything outside is a typo (a year of 9999, or 0202). */
export const MEETING_YEARS = { min: 1950, max: 2100 } as const;

/** A datetime-local value as an instant when it is a real local time within {@link MEETING_YEARS}, else null. */
export function plausibleOccurredAt(value: string): Date | null {
  const date = fromDatetimeLocal(value);
  if (date === null) return null;
  const year = date.getFullYear();
  return year >= MEETING_YEARS.min && year <= MEETING_YEARS.max ? date : null;
}

/**
 * What to say about a When that is valid but unlikely, or null when it is
 * ordinary: a meeting more than a year after `now` is worth a second look.
 */
export function occurredAtQuestion(value: string, now: Date): string | null {
  const date = plausibleOccurredAt(value);
  if (date === null) return null;
  if (date.getTime() <= addYears(now, 1).getTime()) return null;
  return `That is more than a year from now (${instantDayLabel(date)}). Check the date, or choose Save again to keep it.`;
}

/**
 * What a scanned badge or QR code told about a new contact, beyond the name:
 * shown in the dialog to confirm and written with the contact. The stored
 * contact's own field schemas, so what the form accepts the record accepts.
 */
export const meetingContactDetailsSchema = z.object({
  email: contactFieldsSchema.shape.email,
  phone: contactFieldsSchema.shape.phone,
  title: contactFieldsSchema.shape.title,
  institution: contactFieldsSchema.shape.institution,
  linkedinUrl: contactFieldsSchema.shape.linkedinUrl,
  urls: contactFieldsSchema.shape.urls,
});
/** Drafted details as the form holds them (every field may be missing). */
export type MeetingContactDetails = z.input<typeof meetingContactDetailsSchema>;

/** A person on the meeting: a stored contact, or one typed inline (saved with the meeting). */
export const meetingContactSchema = z.object({
  id: z.string().min(1),
  name: contactFieldsSchema.shape.name,
  role: contactFieldsSchema.shape.role,
  /** True for a contact created in the dialog; it is written together with the interaction. */
  isNew: z.boolean(),
  /** For a new contact drafted from a scanned code: the rest of what the code held. */
  details: meetingContactDetailsSchema.optional(),
});
export type MeetingContact = z.input<typeof meetingContactSchema>;

export const meetingCommitmentSchema = z.object({
  id: commitmentSchema.shape.id,
  direction: commitmentSchema.shape.direction,
  text: commitmentSchema.shape.text,
  /** Empty when there is no due date. */
  dueDate: z.union([z.literal(''), localDateSchema]),
});
export type MeetingCommitment = z.infer<typeof meetingCommitmentSchema>;

const { shape } = interactionFieldsSchema;

export const meetingFormSchema = z.object({
  contacts: z
    .array(meetingContactSchema)
    .min(1, 'Add at least one contact: type a name and pick them, or create them.')
    .max(50, 'At most 50 people on one meeting'),
  kind: shape.kind,
  occurredAt: z
    .string()
    .refine((value) => fromDatetimeLocal(value) !== null, 'Enter the date and time of the meeting')
    .refine(
      (value) => fromDatetimeLocal(value) === null || plausibleOccurredAt(value) !== null,
      `Enter a year between ${MEETING_YEARS.min} and ${MEETING_YEARS.max}`,
    ),
  /** Empty for none. */
  programId: z.string(),
  /** Empty for none. */
  eventId: z.string(),
  // The stored fields default to ''; the form always holds a string, so it takes the inner schema.
  summary: shape.summary.unwrap(),
  notes: shape.notes.unwrap(),
  learned: shape.learned.unwrap(),
  nextStep: shape.nextStep.unwrap(),
  commitments: z.array(meetingCommitmentSchema).max(50, 'At most 50 commitments'),
});
/** What the form holds while the user types. */
export type MeetingFormValues = z.input<typeof meetingFormSchema>;
/** The form after validation (trimmed text). */
export type MeetingFormOutput = z.output<typeof meetingFormSchema>;

/** An empty form at `now`, with any preset contacts, program or event. */
export function emptyMeetingForm(
  now: Date,
  preset: { contacts?: MeetingContact[]; programId?: string; eventId?: string } = {},
): MeetingFormValues {
  return {
    contacts: preset.contacts ?? [],
    kind: 'meeting',
    occurredAt: toDatetimeLocal(now),
    programId: preset.programId ?? '',
    eventId: preset.eventId ?? '',
    summary: '',
    notes: '',
    learned: '',
    nextStep: '',
    commitments: [],
  };
}

/** The validated form as the interaction to store. */
export function toInteractionFields(values: MeetingFormOutput): InteractionFields {
  const occurredAt = plausibleOccurredAt(values.occurredAt);
  if (occurredAt === null) throw new RangeError(`Not a local date and time: ${values.occurredAt}`);
  return {
    occurredAt: occurredAt.toISOString(),
    kind: values.kind,
    contactIds: values.contacts.map((c) => c.id),
    programId: values.programId || null,
    eventId: values.eventId || null,
    summary: values.summary,
    notes: values.notes,
    learned: values.learned,
    nextStep: values.nextStep,
    commitments: values.commitments.map((c) => ({
      id: c.id,
      direction: c.direction,
      text: c.text,
      dueDate: c.dueDate || null,
      done: false,
    })),
  };
}

/**
 * What the follow-up rules should see of a form the user is still typing, or
 * null while there is not enough to propose anything (no contact, no valid or
 * plausible time). Commitments without text or with a half-typed date are left out
 * until they are complete, so proposals do not flicker.
 */
export function rulesInputOf(values: MeetingFormValues): InteractionForRules | null {
  const occurredAt = plausibleOccurredAt(values.occurredAt);
  if (occurredAt === null || values.contacts.length === 0) return null;
  return {
    kind: values.kind,
    occurredAt: occurredAt.toISOString(),
    contactIds: values.contacts.map((c) => c.id),
    programId: values.programId || null,
    eventId: values.eventId || null,
    summary: values.summary.trim(),
    commitments: values.commitments
      .filter((c) => c.text.trim() !== '' && c.dueDate !== '' && localDateSchema.safeParse(c.dueDate).success)
      .map((c) => ({ id: c.id, direction: c.direction, text: c.text.trim(), dueDate: c.dueDate, done: false })),
  };
}

/** The user's changes to one proposed reminder; a missing field keeps the proposal's. */
export interface ProposalChoice {
  include?: boolean;
  title?: string;
  dueDate?: string;
  latestDate?: string;
}

/** A proposal as the dialog shows it: with the user's tick and edits applied. */
export interface ReviewedProposal {
  proposal: ProposedReminder;
  include: boolean;
  title: string;
  dueDate: string;
  latestDate: string;
}

/**
 * Applies the user's choices (keyed by proposal key) to the proposals. A
 * proposal whose window has already passed starts unticked; every other
 * starts ticked.
 */
export function reviewProposals(
  proposals: readonly ProposedReminder[],
  choices: Readonly<Record<string, ProposalChoice>>,
): ReviewedProposal[] {
  return proposals.map((proposal) => {
    const choice = choices[proposal.key] ?? {};
    return {
      proposal,
      include: choice.include ?? !proposal.windowPassed,
      title: choice.title ?? proposal.title,
      dueDate: choice.dueDate ?? proposal.dueDate,
      latestDate: choice.latestDate ?? proposal.latestDate,
    };
  });
}

export type KeptReminders =
  | { ok: true; drafts: ReminderDraft[] }
  /** Issues per proposal key, each naming `title`, `dueDate` or `latestDate`. */
  | { ok: false; issues: Record<string, FieldIssue[]> };

/**
 * The ticked proposals as drafts to write, each validated as a reminder (a
 * title, real days, latest not before due). Unticked ones are not checked.
 */
export function keptReminders(reviewed: readonly ReviewedProposal[]): KeptReminders {
  const drafts: ReminderDraft[] = [];
  const issues: Record<string, FieldIssue[]> = {};
  for (const item of reviewed) {
    if (!item.include) continue;
    const { key: _key, ruleId: _ruleId, windowPassed: _windowPassed, replaces: _replaces, ...draft } = item.proposal;
    const candidate: ReminderDraft = { ...draft, title: item.title, dueDate: item.dueDate, latestDate: item.latestDate };
    const parsed = reminderFieldsSchema.safeParse(candidate);
    if (parsed.success) drafts.push({ ...candidate, title: parsed.data.title });
    else issues[item.proposal.key] = fieldIssues(parsed.error);
  }
  return Object.keys(issues).length === 0 ? { ok: true, drafts } : { ok: false, issues };
}
