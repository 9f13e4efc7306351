/** Stored records for the playbook's pure tests, built through the real schemas so they are valid. */
import {
  contactSchema,
  eventSchema,
  interactionSchema,
  profileSchema,
  programSchema,
  reminderSchema,
  PROFILE_ID,
  type Contact,
  type ContactFields,
  type EventFields,
  type Interaction,
  type InteractionFields,
  type Profile,
  type ProfileFields,
  type Program,
  type ProgramFields,
  type RapportEvent,
  type Reminder,
  type ReminderFields,
} from '../../../src/domain/entities';
import { contactFields, eventFields, interactionFields, programFields, reminderFields } from '../../factories';

const STAMP = '2026-01-01T12:00:00.000Z';
let n = 0;
const meta = (prefix: string, id?: string) => ({ id: id ?? `${prefix}-${++n}`, createdAt: STAMP, updatedAt: STAMP });

export function contact(overrides: Partial<ContactFields> & { id?: string } = {}): Contact {
  const { id, ...fields } = overrides;
  return contactSchema.parse({ ...contactFields(fields), ...meta('contact', id) });
}

export function program(overrides: Partial<ProgramFields> & { id?: string } = {}): Program {
  const { id, ...fields } = overrides;
  return programSchema.parse({ ...programFields(fields), ...meta('program', id) });
}

export function interaction(
  contactIds: string[],
  overrides: Partial<InteractionFields> & { id?: string } = {},
): Interaction {
  const { id, ...fields } = overrides;
  return interactionSchema.parse({ ...interactionFields(contactIds, fields), ...meta('interaction', id) });
}

export function event(overrides: Partial<EventFields> & { id?: string } = {}): RapportEvent {
  const { id, ...fields } = overrides;
  return eventSchema.parse({ ...eventFields(fields), ...meta('event', id) });
}

export function reminder(overrides: Partial<ReminderFields> & { id?: string } = {}): Reminder {
  const { id, ...fields } = overrides;
  return reminderSchema.parse({ ...reminderFields(fields), ...meta('reminder', id) });
}

export function profile(fields: ProfileFields = {}): Profile {
  return profileSchema.parse({ ...fields, ...meta('profile', PROFILE_ID) });
}
