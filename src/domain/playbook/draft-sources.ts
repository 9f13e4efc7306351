/** Which template and which records a reminder's draft starts from. */
import type { Contact, Interaction, Profile, Program, RapportEvent, Reminder } from '../entities';
import type { TemplateContext } from './merge-fields';
import { templateForReminderKind, type TemplateId } from './templates';

/** The records a reminder's draft can draw on (the app passes what it has loaded). */
export interface DraftSources {
  contacts: readonly Contact[];
  programs: readonly Program[];
  events: readonly RapportEvent[];
  interactions: readonly Interaction[];
  profile: Profile | null;
}

/** A reminder's draft: which built-in template to start from and what to fill it with. */
export interface ReminderDraft {
  templateId: TemplateId | null;
  context: TemplateContext;
}

/**
 * Picks the template and the merge context for a reminder. The last
 * interaction is the reminder's own interaction, else the latest one with its
 * contact; the program and event come from the reminder, else from that
 * interaction, else (program only) the contact's first program.
 */
export function draftForReminder(
  reminder: Pick<Reminder, 'kind' | 'contactId' | 'programId' | 'eventId' | 'interactionId'>,
  sources: DraftSources,
): ReminderDraft {
  const contact = sources.contacts.find((c) => c.id === reminder.contactId) ?? null;
  const own = sources.interactions.find((i) => i.id === reminder.interactionId) ?? null;
  const latestWithContact = contact
    ? sources.interactions
        .filter((i) => i.contactIds.includes(contact.id))
        .reduce<Interaction | null>((latest, i) => (latest === null || Date.parse(i.occurredAt) > Date.parse(latest.occurredAt) ? i : latest), null)
    : null;
  const lastInteraction = own ?? latestWithContact;
  const programId = reminder.programId ?? lastInteraction?.programId ?? contact?.programIds[0] ?? null;
  const eventId = reminder.eventId ?? lastInteraction?.eventId ?? null;
  return {
    templateId: templateForReminderKind(reminder.kind, lastInteraction?.kind ?? null),
    context: {
      contact,
      program: sources.programs.find((p) => p.id === programId) ?? null,
      event: sources.events.find((e) => e.id === eventId) ?? null,
      lastInteraction,
      profile: sources.profile,
    },
  };
}
