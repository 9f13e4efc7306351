/**
 * Entity types and their zod schemas: the one definition of what a valid record
 * is, shared by the data commands, the forms and the importers.
 *
 * Each entity has a `…FieldsSchema` (what a user or an import supplies; every
 * optional field has a default) and a `…Schema` (a stored record: fields plus
 * id and timestamps). `sample: true` marks rows that came from the sample data.
 */
import './zod-config';
import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  COMMITMENT_DIRECTIONS,
  CONTACT_ROLES,
  EVENT_KINDS,
  HOW_MET,
  INTERACTION_KINDS,
  LETTER_STATUSES,
  PROGRAM_CRITERIA,
  REGIONS,
  RELATIONSHIP_STAGES,
  REMINDER_KINDS,
  REMINDER_STATUSES,
  TRACKS,
} from './vocabulary';
import { isSafeWebUrl } from '../lib/safe-link';
import { withScheme } from '../lib/with-scheme';
import { contactPointFields, reconcileContactPoints } from './contact-points';


const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day with no time, `yyyy-MM-dd`, in the user's local calendar. */
export const localDateSchema = z
  .string()
  .regex(LOCAL_DATE, 'Use a date like 2026-03-14')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const date = new Date(y, m - 1, d);
    return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
  }, 'That day does not exist');

/** An instant as an ISO 8601 string with a time zone, e.g. `2026-03-14T09:30:00.000Z`. */
export const instantSchema = z.iso.datetime({ offset: true, message: 'Use a full date and time' });

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters`).default('');
const idList = z.array(z.string().min(1)).default([]);
const tagList = z
  .array(z.string().trim().min(1).max(60, 'Keep each tag under 60 characters'))
  .max(100, 'At most 100 tags')
  .default([]);

/**
 * A link the user typed: empty, or an http(s) URL; one typed without its scheme
 * ("mountsinai.org") gets https://. Anything else (javascript:, data:) is refused.
 */
export const webLinkSchema = z
  .string()
  .trim()
  .max(2000, 'That link is too long')
  .overwrite(withScheme)
  .refine((s) => s === '' || isSafeWebUrl(s), 'Enter a web address starting with https://')
  .default('');

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'That email address is too long')
  .refine((s) => s === '' || z.email().safeParse(s).success, 'Enter a valid email address, like name@hospital.org')
  .default('');

export const phoneSchema = z
  .string()
  .trim()
  .max(40, 'That phone number is too long')
  .refine((s) => s === '' || /^\+?[0-9 ().\-x]{3,40}$/.test(s), 'Use digits, spaces, +, ( ), - only')
  .default('');

/** A record id: never holding what a link's path would read as a path (a crafted backup's `../settings`). */
export const recordIdSchema = z
  .string()
  .min(1, 'A record needs an id')
  .max(200, 'That id is too long')
  .refine(
    (id) => !/[/\\?#%]/.test(id) && ![...id].some((c) => c.charCodeAt(0) < 0x20) && id !== '.' && id !== '..',
    'This id holds a character a link cannot carry (/ \\ ? # or %)',
  );

export const recordMetaSchema = z.object({
  id: recordIdSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  sample: z.boolean().optional(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

// ---------------------------------------------------------------- profile
export const profileFieldsSchema = z.object({
  name: text(120),
  graduationYear: z.number().int().min(1950).max(2100).nullable().default(null),
  school: text(200),
  targetTracks: z.array(z.enum(TRACKS)).default([]),
  preferredRegions: z.array(z.enum(REGIONS)).default([]),
  preferredStates: z.array(z.string().trim().min(2).max(40)).default([]),
  interests: tagList,
  /** USMLE Step 2 CK score, when the user chooses to enter it. */
  step2ck: z.number().int().min(180).max(300).nullable().default(null),
  publications: z.number().int().min(0).max(1000).nullable().default(null),
  presentations: z.number().int().min(0).max(1000).nullable().default(null),
  /** The applicant's own public profiles (the blueprint's online-presence stage). */
  linkedinUrl: webLinkSchema,
  xUrl: webLinkSchema,
});
export const profileSchema = recordMetaSchema.extend(profileFieldsSchema.shape);
export type ProfileFields = z.input<typeof profileFieldsSchema>;
export type Profile = z.infer<typeof profileSchema>;
export const PROFILE_ID = 'profile';

// ---------------------------------------------------------------- contact
export const mentorSignalsSchema = z.object({
  suggestsOpportunities: z.boolean().default(false),
  offersIntroductions: z.boolean().default(false),
  givesCriticalFeedback: z.boolean().default(false),
});

export const contactFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(120, 'Keep the name under 120 characters'),
  role: z.enum(CONTACT_ROLES, { message: 'Pick a role' }),
  title: text(200),
  institution: text(200),
  programIds: idList,
  /** The primary email: always the first of `emails` (drafts go to it; the duplicate check starts with it). */
  email: emailSchema,
  /** The primary phone: always the first of `phones`. */
  phone: phoneSchema,
  ...contactPointFields,
  linkedinUrl: webLinkSchema,
  xUrl: webLinkSchema,
  tags: tagList,
  interests: tagList,
  howMet: z.enum(HOW_MET).nullable().default(null),
  introducedById: z.string().min(1).nullable().default(null),
  stage: z.enum(RELATIONSHIP_STAGES).default('identified'),
  mentorSignals: mentorSignalsSchema.default({
    suggestsOpportunities: false,
    offersIntroductions: false,
    givesCriticalFeedback: false,
  }),
  letterStatus: z.enum(LETTER_STATUSES).default('none'),
  /** Keep-in-touch cadence in days; null means no cadence reminder. */
  cadenceDays: z.number().int().min(1, 'At least 1 day').max(730, 'At most 2 years').nullable().default(null),
  notes: text(20000),
  /**
   * Instant of the latest interaction with this contact. Derived: the data
   * layer recomputes it whenever an interaction is written, removed or restored.
   */
  lastTouchAt: instantSchema.nullable().default(null),
});
/** Contact fields with the primary email and phone put in step with their lists. */
export const contactInputSchema = contactFieldsSchema.transform(reconcileContactPoints);
export const contactSchema = recordMetaSchema.extend(contactFieldsSchema.shape).transform(reconcileContactPoints);
export type ContactFields = z.input<typeof contactFieldsSchema>;
export type Contact = z.infer<typeof contactSchema>;

// ---------------------------------------------------------------- program
const rating = z.number().int().min(0).max(5);
export const programFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Enter the program name').max(200, 'Keep the name under 200 characters'),
  institution: text(200),
  city: text(100),
  state: text(40),
  region: z.enum(REGIONS).nullable().default(null),
  track: z.enum(TRACKS, { message: 'Pick a track' }),
  website: webLinkSchema,
  status: z.enum(APPLICATION_STATUSES).default('researching'),
  interest: z.number().int().min(1, 'Interest is 1 to 5').max(5, 'Interest is 1 to 5').default(3),
  /** The user's own rating per criterion, 0–5; a missing criterion is unrated. */
  ratings: z.partialRecord(z.enum(PROGRAM_CRITERIA), rating).default({}),
  caseMixNotes: text(5000),
  cultureNotes: text(5000),
  researchNotes: text(5000),
  callNotes: text(5000),
  notes: text(20000),
  /** Published applicant figures the user typed in; never estimated by the app. */
  figures: z
    .object({
      medianStep2ck: z.number().int().min(180).max(300).nullable().default(null),
      positions: z.number().int().min(0).max(100).nullable().default(null),
    })
    .default({ medianStep2ck: null, positions: null }),
  openHousesAttended: z.number().int().min(0).max(50).default(0),
  awayRotationDone: z.boolean().default(false),
});
export const programSchema = recordMetaSchema.extend(programFieldsSchema.shape);
export type ProgramFields = z.input<typeof programFieldsSchema>;
export type Program = z.infer<typeof programSchema>;

// ---------------------------------------------------------------- interaction
export const commitmentSchema = z.object({
  id: z.string().min(1),
  direction: z.enum(COMMITMENT_DIRECTIONS),
  text: z.string().trim().min(1, 'Say what was promised').max(500, 'Keep it under 500 characters'),
  dueDate: localDateSchema.nullable().default(null),
  done: z.boolean().default(false),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const interactionFieldsSchema = z.object({
  occurredAt: instantSchema,
  kind: z.enum(INTERACTION_KINDS, { message: 'Pick what kind of touch this was' }),
  contactIds: z.array(z.string().min(1)).min(1, 'Add at least one contact').max(50),
  programId: z.string().min(1).nullable().default(null),
  eventId: z.string().min(1).nullable().default(null),
  summary: text(300),
  notes: text(20000),
  learned: text(5000),
  nextStep: text(1000),
  commitments: z.array(commitmentSchema).max(50).default([]),
});
export const interactionSchema = recordMetaSchema.extend(interactionFieldsSchema.shape);
export type InteractionFields = z.input<typeof interactionFieldsSchema>;
export type Interaction = z.infer<typeof interactionSchema>;

// ---------------------------------------------------------------- reminder
export const reminderFieldsSchema = z
  .object({
    dueDate: localDateSchema,
    /** Last good day of the window; equal to dueDate for a single-day reminder. */
    latestDate: localDateSchema,
    title: z.string().trim().min(1, 'Give the reminder a title').max(200, 'Keep the title under 200 characters'),
    reason: text(1000),
    kind: z.enum(REMINDER_KINDS).default('custom'),
    contactId: z.string().min(1).nullable().default(null),
    programId: z.string().min(1).nullable().default(null),
    interactionId: z.string().min(1).nullable().default(null),
    eventId: z.string().min(1).nullable().default(null),
    /** For commitment reminders: which commitment of the interaction. */
    commitmentId: z.string().min(1).nullable().default(null),
    status: z.enum(REMINDER_STATUSES).default('open'),
    snoozedUntil: localDateSchema.nullable().default(null),
    doneAt: instantSchema.nullable().default(null),
  })
  .refine((r) => r.latestDate >= r.dueDate, { message: 'The latest day cannot be before the due day', path: ['latestDate'] })
  .refine((r) => r.status !== 'snoozed' || r.snoozedUntil !== null, {
    message: 'Pick the day to snooze until',
    path: ['snoozedUntil'],
  });
export const reminderSchema = z.intersection(recordMetaSchema, reminderFieldsSchema);
export type ReminderFields = z.input<typeof reminderFieldsSchema>;
export type Reminder = z.infer<typeof reminderSchema>;

// ---------------------------------------------------------------- event
export const eventFieldsSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter the event name').max(200, 'Keep the name under 200 characters'),
    kind: z.enum(EVENT_KINDS).default('conference'),
    startDate: localDateSchema,
    endDate: localDateSchema,
    place: text(200),
    targetContactIds: idList,
    sessions: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
    notes: text(20000),
  })
  .refine((e) => e.endDate >= e.startDate, { message: 'The event cannot end before it starts', path: ['endDate'] });
export const eventSchema = z.intersection(recordMetaSchema, eventFieldsSchema);
export type EventFields = z.input<typeof eventFieldsSchema>;
export type RapportEvent = z.infer<typeof eventSchema>;
