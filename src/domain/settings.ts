/**
 * User settings: follow-up rules, cadences, scoring weights, notification choice.
 * Every field has a default, so an older stored settings row still parses.
 */
import './zod-config';
import { z } from 'zod';
import { PROGRAM_CRITERIA } from './vocabulary';
import { instantSchema, recordMetaSchema } from './entities';
import { messageTemplateSchema } from './playbook/templates';

const offsetRule = (due: number, latest: number) =>
  z
    .object({
      enabled: z.boolean().default(true),
      /** Days from the anchor (the interaction, or the event start when negative). */
      dueOffsetDays: z.number().int().min(-365).max(365).default(due),
      latestOffsetDays: z.number().int().min(-365).max(365).default(latest),
    })
    .refine((r) => r.latestOffsetDays >= r.dueOffsetDays, {
      message: 'The latest day cannot be before the due day',
      path: ['latestOffsetDays'],
    })
    .default({ enabled: true, dueOffsetDays: due, latestOffsetDays: latest });

export const followUpRulesSchema = z
  .object({
    conferenceThankYou: offsetRule(3, 7),
    firstMeetingFollowUp: offsetRule(28, 42),
    /** The update a few weeks after the thank-you to someone first met at a conference. */
    conferenceFollowUp: offsetRule(28, 42),
    interviewThankYou: offsetRule(1, 3),
    commitment: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
    preEventOutreach: offsetRule(-14, -7),
    keepInTouch: z
      .object({
        enabled: z.boolean().default(true),
        /** Days after the cadence is reached that still count as on time. */
        graceDays: z.number().int().min(0).max(365).default(14),
        /** Cadence given to mentors and advocates that have none of their own. */
        mentorDefaultDays: z.number().int().min(1).max(730).default(42),
      })
      .default({ enabled: true, graceDays: 14, mentorDefaultDays: 42 }),
  })
  .default({
    conferenceThankYou: { enabled: true, dueOffsetDays: 3, latestOffsetDays: 7 },
    firstMeetingFollowUp: { enabled: true, dueOffsetDays: 28, latestOffsetDays: 42 },
    conferenceFollowUp: { enabled: true, dueOffsetDays: 28, latestOffsetDays: 42 },
    interviewThankYou: { enabled: true, dueOffsetDays: 1, latestOffsetDays: 3 },
    commitment: { enabled: true },
    preEventOutreach: { enabled: true, dueOffsetDays: -14, latestOffsetDays: -7 },
    keepInTouch: { enabled: true, graceDays: 14, mentorDefaultDays: 42 },
  });
export type FollowUpRules = z.infer<typeof followUpRulesSchema>;

const weight = z.number().min(0).max(10);
export const DEFAULT_CRITERION_WEIGHTS = Object.fromEntries(PROGRAM_CRITERIA.map((c) => [c, 3])) as Record<
  (typeof PROGRAM_CRITERIA)[number],
  number
>;

export const scoringSettingsSchema = z
  .object({
    /** Half-life, in days, of an interaction's weight in relationship strength. */
    halfLifeDays: z.number().int().min(7).max(3650).default(90),
    contactWeights: z
      .object({ strength: weight.default(4), leverage: weight.default(3), urgency: weight.default(3) })
      .default({ strength: 4, leverage: 3, urgency: 3 }),
    programWeights: z
      .object({
        fit: weight.default(5),
        connection: weight.default(3),
        engagement: weight.default(2),
        /** The user's own interest (1–5) in the program; a settings row saved before it existed gets the default. */
        interest: weight.default(3),
      })
      .default({ fit: 5, connection: 3, engagement: 2, interest: 3 }),
    criterionWeights: z.record(z.enum(PROGRAM_CRITERIA), weight).default(DEFAULT_CRITERION_WEIGHTS),
  })
  .default({
    halfLifeDays: 90,
    contactWeights: { strength: 4, leverage: 3, urgency: 3 },
    programWeights: { fit: 5, connection: 3, engagement: 2, interest: 3 },
    criterionWeights: DEFAULT_CRITERION_WEIGHTS,
  });
export type ScoringSettings = z.infer<typeof scoringSettingsSchema>;

/** Days after the last backup before Today suggests a new one. */
export const backupReminderDaysSchema = z
  .number({ message: 'Enter a number of days' })
  .int('Enter a whole number of days')
  .min(7, 'Choose 7 days or more')
  .max(365, 'Choose 365 days or fewer');

export const settingsFieldsSchema = z.object({
  rules: followUpRulesSchema,
  scoring: scoringSettingsSchema,
  notifications: z.enum(['off', 'on']).default('off'),
  /** What the user chose on first run; null until they choose. */
  firstRunChoice: z.enum(['sample', 'empty']).nullable().default(null),
  lastBackupAt: instantSchema.nullable().default(null),
  /**
   * Days after the last backup before Today suggests a new one; null turns the
   * suggestion off.
   */
  backupReminderDays: backupReminderDaysSchema.nullable().default(30),
  /** When the user last set the backup suggestion aside; it stays hidden for a week. */
  backupNudgeDismissedAt: instantSchema.nullable().default(null),
  /** Set once the app has asked the browser to persist storage. */
  persistRequestedAt: instantSchema.nullable().default(null),
  /**
   * The user's edited message templates. An entry whose id is a built-in
   * template's replaces it; "Reset to default" removes the entry.
   */
  templates: z.array(messageTemplateSchema).max(100, 'At most 100 templates').default([]),
});
export const settingsSchema = recordMetaSchema.extend(settingsFieldsSchema.shape);
export type SettingsFields = z.input<typeof settingsFieldsSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export const SETTINGS_ID = 'settings';

/** Settings with every default filled in. */
export function defaultSettingsFields(): z.infer<typeof settingsFieldsSchema> {
  return settingsFieldsSchema.parse({});
}
