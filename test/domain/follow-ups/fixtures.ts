/** Builders for the follow-up domain tests. */
import { contactSchema, reminderSchema, type Commitment, type Contact, type Reminder } from '../../../src/domain/entities';
import type { InteractionForRules } from '../../../src/domain/follow-ups/rules';
import { defaultSettingsFields, type FollowUpRules } from '../../../src/domain/settings';
import type { InteractionKind } from '../../../src/domain/vocabulary';

const STAMP = '2026-01-01T00:00:00.000Z';

/** The default rules from Settings, optionally with some replaced. */
export function defaultRules(overrides: Partial<FollowUpRules> = {}): FollowUpRules {
  return { ...defaultSettingsFields().rules, ...overrides };
}

export function contact(id: string, name: string, overrides: Partial<Contact> = {}): Contact {
  return contactSchema.parse({ id, name, role: 'ir-attending', createdAt: STAMP, updatedAt: STAMP, ...overrides });
}

/**
 * An instant given as local wall-clock time, so a case reads "23:30 on
 * 6 March where the test runs" and holds in every time zone.
 */
export function localInstant(year: number, month: number, day: number, hour = 12, minute = 0): string {
  return new Date(year, month - 1, day, hour, minute).toISOString();
}

export function interaction(
  kind: InteractionKind,
  occurredAt: string,
  contactIds: string[],
  overrides: Partial<InteractionForRules> = {},
): InteractionForRules {
  return { kind, occurredAt, contactIds, commitments: [], eventId: null, programId: null, summary: '', ...overrides };
}

export function commitment(overrides: Partial<Commitment> = {}): Commitment {
  return { id: 'k1', direction: 'promised', text: 'Send the abstract draft', dueDate: null, done: false, ...overrides };
}

export function reminder(overrides: Partial<Reminder> = {}): Reminder {
  return reminderSchema.parse({
    id: 'r1',
    createdAt: STAMP,
    updatedAt: STAMP,
    dueDate: '2026-03-03',
    latestDate: '2026-03-06',
    title: 'Send a thank-you',
    kind: 'thank-you',
    ...overrides,
  });
}
