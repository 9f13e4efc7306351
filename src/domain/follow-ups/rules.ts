/**
 * Follow-up rules: what to propose after a logged interaction (DESIGN.md,
 * "Follow-up rules"). Pure: the caller supplies the contacts, what came before,
 * the rules from Settings and today's local day.
 *
 * Offsets count calendar days from the interaction's local day (the day of
 * `occurredAt` in the runtime's time zone), so "+3 days" after a talk on Friday
 * evening is Monday, whatever the UTC date or a daylight-saving change says.
 *
 * Pre-event outreach lives in events.ts and keep-in-touch in cadence.ts: they
 * hang off an event and a contact's cadence, not off one interaction.
 */
import type { Contact, Interaction, RapportEvent } from '../entities';
import type { FollowUpRules } from '../settings';
import { INTERACTION_KIND_LABELS, type InteractionKind } from '../vocabulary';
import { addLocalDays, isLocalDayBefore, toLocalDate } from '../../lib/dates';
import { shortDayLabel } from '../../lib/date-format';
import { effectiveCadenceDays } from './cadence';
import { clip, joinNames, nameOf, type ContactRef, type FollowUpRuleId, type ProposedReminder } from './reminder-draft';
import { remindersReplacedBy, type UpdateReminderRef } from './update-family';

/** Kinds that earn a thank-you a few days later. */
export const THANK_YOU_KINDS: readonly InteractionKind[] = ['conference-conversation', 'poster-visit'];
/** Kinds that count as "meeting someone": the first one earns a progress follow-up weeks later. */
export const FIRST_MEETING_KINDS: readonly InteractionKind[] = ['meeting', 'shadowing'];

/** The fields of the interaction the rules read. `id` is only needed when re-proposing for a stored interaction. */
export type InteractionForRules = Pick<
  Interaction,
  'kind' | 'occurredAt' | 'contactIds' | 'commitments' | 'eventId' | 'programId' | 'summary'
> & { id?: string };

/** An interaction logged earlier with a contact. */
export type PriorInteraction = Pick<Interaction, 'id' | 'kind' | 'occurredAt'>;

/**
 * What is known about one contact before this interaction: either their logged
 * interactions (any order; ones at or after this interaction, and this
 * interaction itself, are ignored), or a ready answer to "is this the first meeting?".
 */
export type ContactHistory = { priorInteractions: readonly PriorInteraction[] } | { firstMeeting: boolean };

export interface FollowUpInput {
  interaction: InteractionForRules;
  /**
   * The contacts of the interaction. A missing one is named "this contact".
   * `stage` and `cadenceDays`, when given, tell whether a keep-in-touch cadence
   * already covers the update after a repeat meeting.
   */
  contacts: readonly FollowUpContact[];
  /**
   * History per contact id. A contact with no entry has no known history, so a
   * meeting with them counts as the first (right for a contact created inline).
   */
  history: Readonly<Record<string, ContactHistory>>;
  rules: FollowUpRules;
  /** The interaction's event, when it has one: its name goes into titles and reasons. */
  event?: Pick<RapportEvent, 'id' | 'name'> | null;
  /** The user's local day, `yyyy-MM-dd`: proposals whose window ended before it are flagged. */
  today: string;
  /**
   * The contacts' stored reminders (any kinds; others are ignored). A proposed
   * follow-up lists the open update reminders it will replace.
   */
  existingReminders?: readonly UpdateReminderRef[];
}

/** A contact as the rules read it: a name, and when known the fields that decide their cadence. */
export type FollowUpContact = ContactRef & Partial<Pick<Contact, 'stage' | 'cadenceDays'>>;

const TITLE_MAX = 200;
const REASON_MAX = 1000;

/**
 * Proposes the reminders DESIGN.md's table asks for after one interaction:
 * - a thank-you per contact after a conference conversation or poster visit,
 * - a follow-up 4–6 weeks later per contact first met in that conversation,
 * - a progress follow-up per contact met for the first time (meeting or shadowing);
 *   after a repeat meeting, an update follow-up unless the contact's
 *   keep-in-touch cadence already asks for one by the end of that window,
 * - a thank-you per contact after an interview day,
 * - one reminder per open commitment that has a due date (deliver what I
 *   promised; follow up on what they offered), due and latest on that date.
 * Each follow-up lists in `replaces` the contact's open update reminders that
 * saving it replaces (see update-family.ts).
 * Disabled rules propose nothing. Every proposal has `dueDate ≤ latestDate`
 * and a key that is unique in the list and stable for the same input.
 */
export function proposeFollowUps(input: FollowUpInput): ProposedReminder[] {
  const { interaction, contacts, rules, event, today } = input;
  const day = toLocalDate(interaction.occurredAt);
  const contactIds = [...new Set(interaction.contactIds)];
  const proposals: ProposedReminder[] = [];
  const summary = interaction.summary.trim();

  const propose = (
    ruleId: FollowUpRuleId,
    key: string,
    window: { dueDate: string; latestDate: string },
    fields: Pick<ProposedReminder, 'title' | 'reason' | 'kind' | 'contactId' | 'commitmentId'>,
  ) => {
    proposals.push({
      key,
      ruleId,
      ...window,
      title: clip(fields.title, TITLE_MAX),
      reason: clip(fields.reason, REASON_MAX),
      kind: fields.kind,
      contactId: fields.contactId,
      commitmentId: fields.commitmentId,
      programId: interaction.programId,
      eventId: interaction.eventId,
      interactionId: interaction.id ?? null,
      windowPassed: isLocalDayBefore(window.latestDate, today),
      replaces:
        fields.kind === 'follow-up' && fields.contactId !== null
          ? remindersReplacedBy(fields.contactId, input.existingReminders ?? [])
          : [],
    });
  };

  if (THANK_YOU_KINDS.includes(interaction.kind) && rules.conferenceThankYou.enabled) {
    const window = offsetWindow(day, rules.conferenceThankYou);
    for (const contactId of contactIds) {
      const name = nameOf(contacts, contactId);
      const place = event ? event.name : 'a conference';
      const where = interaction.kind === 'poster-visit' ? `at a poster session of ${place}` : `at ${place}`;
      propose('conferenceThankYou', `conferenceThankYou:${contactId}`, window, {
        kind: 'thank-you',
        contactId,
        commitmentId: null,
        title: `Thank ${name}${event ? ` after ${event.name}` : ''}`,
        reason:
          `You spoke with ${name} ${where} on ${shortDayLabel(day)}.` +
          (summary ? ` Topic: ${summary}.` : '') +
          ' A short email that names what you talked about turns a brief chat into a contact.',
      });
    }
  }

  if (interaction.kind === 'interview-day' && rules.interviewThankYou.enabled) {
    const window = offsetWindow(day, rules.interviewThankYou);
    for (const contactId of contactIds) {
      const name = nameOf(contacts, contactId);
      propose('interviewThankYou', `interviewThankYou:${contactId}`, window, {
        kind: 'thank-you',
        contactId,
        commitmentId: null,
        title: `Thank ${name} for the interview day`,
        reason:
          `Interview day on ${shortDayLabel(day)}.` +
          (summary ? ` Noted: ${summary}.` : '') +
          ` One concise thank-you to ${name}; skip it if the program asked applicants not to send any, and leave ranking out of it.`,
      });
    }
  }

  if (THANK_YOU_KINDS.includes(interaction.kind) && rules.conferenceFollowUp.enabled) {
    const window = offsetWindow(day, rules.conferenceFollowUp);
    for (const contactId of contactIds) {
      if (!isNewContact(input.history[contactId], interaction)) continue;
      const name = nameOf(contacts, contactId);
      const place = event ? event.name : 'a conference';
      propose('conferenceFollowUp', `conferenceFollowUp:${contactId}`, window, {
        kind: 'follow-up',
        contactId,
        commitmentId: null,
        title: `Send ${name} an update after the thank-you`,
        reason:
          `You first spoke with ${name} at ${place} on ${shortDayLabel(day)}. ` +
          'A few weeks after the thank-you, a short note on what you have done since turns a first conversation into an ongoing relationship.',
      });
    }
  }

  if (FIRST_MEETING_KINDS.includes(interaction.kind) && rules.firstMeetingFollowUp.enabled) {
    const window = offsetWindow(day, rules.firstMeetingFollowUp);
    const kindWord = INTERACTION_KIND_LABELS[interaction.kind].toLowerCase();
    for (const contactId of contactIds) {
      const name = nameOf(contacts, contactId);
      if (isFirstMeeting(input.history[contactId], interaction)) {
        propose('firstMeetingFollowUp', `firstMeetingFollowUp:${contactId}`, window, {
          kind: 'follow-up',
          contactId,
          commitmentId: null,
          title: `Send ${name} a progress update`,
          reason:
            `First ${kindWord} with ${name} on ${shortDayLabel(day)}` +
            (summary ? ` (${summary})` : '') +
            '. Tell them what you have done since with their advice.',
        });
        continue;
      }
      const contact = contacts.find((c) => c.id === contactId);
      if (cadenceCovers(contact, rules, day, window.latestDate)) continue;
      propose('firstMeetingFollowUp', `repeatMeetingFollowUp:${contactId}`, window, {
        kind: 'follow-up',
        contactId,
        commitmentId: null,
        title: `Send ${name} an update`,
        reason:
          `${INTERACTION_KIND_LABELS[interaction.kind]} with ${name} on ${shortDayLabel(day)}` +
          (summary ? ` (${summary})` : '') +
          '. A few weeks on, tell them what came of it.',
      });
    }
  }

  if (rules.commitment.enabled) {
    const names = joinNames(contactIds.map((id) => nameOf(contacts, id)));
    for (const commitment of interaction.commitments) {
      if (commitment.done || commitment.dueDate === null) continue;
      const promised = commitment.direction === 'promised';
      propose('commitment', `commitment:${commitment.id}`, { dueDate: commitment.dueDate, latestDate: commitment.dueDate }, {
        kind: 'commitment',
        // A reminder links one contact; the others are named in the reason.
        contactId: contactIds[0] ?? null,
        commitmentId: commitment.id,
        title: promised ? `Deliver to ${names}: ${commitment.text}` : `Follow up with ${names}: ${commitment.text}`,
        reason: promised
          ? `You promised this to ${names} on ${shortDayLabel(day)}: ${commitment.text}`
          : `${names} offered this on ${shortDayLabel(day)}: ${commitment.text}. A polite check-in keeps the offer alive.`,
      });
    }
  }

  return proposals;
}

/** The due and latest days of an offset rule, anchored on `day`. */
export function offsetWindow(
  day: string,
  rule: { dueOffsetDays: number; latestOffsetDays: number },
): { dueDate: string; latestDate: string } {
  const dueDate = addLocalDays(day, rule.dueOffsetDays);
  // Settings validate latest ≥ due; the max keeps the window sane for unvalidated rules too.
  const latestDate = addLocalDays(day, Math.max(rule.dueOffsetDays, rule.latestOffsetDays));
  return { dueDate, latestDate };
}

/**
 * True when `interaction` is the first meeting or shadowing with a contact:
 * no earlier interaction of those kinds is on record.
 */
export function isFirstMeeting(history: ContactHistory | undefined, interaction: InteractionForRules): boolean {
  if (history === undefined) return true;
  if ('firstMeeting' in history) return history.firstMeeting;
  const at = Date.parse(interaction.occurredAt);
  return !history.priorInteractions.some(
    (p) =>
      p.id !== interaction.id && FIRST_MEETING_KINDS.includes(p.kind) && Date.parse(p.occurredAt) < at,
  );
}

/**
 * True when `interaction` is the first one on record with the contact, of any
 * kind: nothing earlier is logged. A contact with no known history is new.
 */
export function isNewContact(history: ContactHistory | undefined, interaction: InteractionForRules): boolean {
  if (history === undefined) return true;
  if ('firstMeeting' in history) return history.firstMeeting;
  const at = Date.parse(interaction.occurredAt);
  return !history.priorInteractions.some((p) => p.id !== interaction.id && Date.parse(p.occurredAt) < at);
}

/**
 * True when the contact's keep-in-touch cadence already asks for an update no
 * later than the end of the follow-up window, so a repeat meeting needs no
 * follow-up of its own: the cadence reminder moves to `day` + cadence instead.
 */
function cadenceCovers(
  contact: FollowUpContact | undefined,
  rules: FollowUpRules,
  day: string,
  latestDate: string,
): boolean {
  if (contact?.stage === undefined || contact.cadenceDays === undefined) return false;
  const cadence = effectiveCadenceDays({ stage: contact.stage, cadenceDays: contact.cadenceDays }, rules);
  return cadence !== null && !isLocalDayBefore(latestDate, addLocalDays(day, cadence));
}
