/**
 * "Who did I meet?" after an event: several people at once, each an existing
 * contact or someone new (name and role), with an optional topic. The schema
 * is built per event because the day you met them must fall within the event
 * and not after today.
 */
import '../zod-config';
import { z } from 'zod';
import { localDateSchema, type RapportEvent } from '../entities';
import { CONTACT_ROLES } from '../vocabulary';

/** One person met. `mode` says which of `contactId` or `name` + `role` counts. */
export const metPersonSchema = z.object({
  mode: z.enum(['existing', 'new']),
  contactId: z.string().default(''),
  name: z.string().trim().max(120, 'Keep the name under 120 characters').default(''),
  role: z.enum(CONTACT_ROLES, { message: 'Pick a role' }).default('ir-attending'),
  institution: z.string().trim().max(200, 'Keep this under 200 characters').default(''),
  /** What you talked about: it becomes the interaction's summary and fills the thank-you. */
  topic: z.string().trim().max(300, 'Keep the topic under 300 characters').default(''),
});
export type MetPerson = z.infer<typeof metPersonSchema>;
export type MetPersonInput = z.input<typeof metPersonSchema>;

/** The last day someone can have been met at the event, as of today. */
export function lastMeetingDay(event: Pick<RapportEvent, 'endDate'>, today: string): string {
  return event.endDate < today ? event.endDate : today;
}

/**
 * The capture form's schema for one event: at least one person, each complete,
 * no contact twice, and a meeting day between the event's first day and the
 * earlier of its last day and today.
 */
export function metCaptureSchema(event: Pick<RapportEvent, 'startDate' | 'endDate'>, today: string) {
  const lastDay = lastMeetingDay(event, today);
  return z
    .object({
      metOn: localDateSchema,
      people: z.array(metPersonSchema).min(1, 'Add at least one person').max(50, 'Save at most 50 people at a time'),
      /** Whether to add the thank-you reminders the follow-up rules propose. */
      thankYous: z.boolean().default(true),
    })
    .superRefine((capture, ctx) => {
      // A malformed day already has its own message.
      const validDay = localDateSchema.safeParse(capture.metOn).success;
      if (validDay && capture.metOn < event.startDate) {
        ctx.addIssue({ code: 'custom', path: ['metOn'], message: `Pick a day from ${event.startDate}, when the event began` });
      } else if (validDay && capture.metOn > lastDay) {
        ctx.addIssue({
          code: 'custom',
          path: ['metOn'],
          message: lastDay === today && today < event.endDate ? 'Pick today or an earlier day of the event' : `Pick a day up to ${lastDay}, the last day of the event`,
        });
      }
      const seen = new Set<string>();
      capture.people.forEach((person, index) => {
        if (person.mode === 'existing') {
          if (person.contactId === '') {
            ctx.addIssue({ code: 'custom', path: ['people', index, 'contactId'], message: 'Pick who you met, or switch to “Someone new”' });
          } else if (seen.has(person.contactId)) {
            ctx.addIssue({ code: 'custom', path: ['people', index, 'contactId'], message: 'This person is already in the list' });
          }
          seen.add(person.contactId);
        } else if (person.name === '') {
          ctx.addIssue({ code: 'custom', path: ['people', index, 'name'], message: 'Enter their name' });
        }
      });
    });
}
export type MetCapture = z.infer<ReturnType<typeof metCaptureSchema>>;
export type MetCaptureInput = z.input<ReturnType<typeof metCaptureSchema>>;

/** A blank row for the capture form. */
export function blankMetPerson(): MetPerson {
  return { mode: 'existing', contactId: '', name: '', role: 'ir-attending', institution: '', topic: '' };
}

/** The default meeting day: the event's last day, or today while it is still on. */
export function defaultMeetingDay(event: Pick<RapportEvent, 'startDate' | 'endDate'>, today: string): string {
  const last = lastMeetingDay(event, today);
  return last < event.startDate ? event.startDate : last;
}

/** True once the event has begun: from its first day on, people met there can be captured. */
export function canCaptureMeetings(event: Pick<RapportEvent, 'startDate'>, today: string): boolean {
  return event.startDate <= today;
}

