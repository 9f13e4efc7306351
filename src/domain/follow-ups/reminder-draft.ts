/**
 * The shapes the follow-up planners hand to the data layer and the UI: a
 * reminder that is not stored yet (`ReminderDraft`) and a proposal made by a
 * rule (`ProposedReminder`), which the user may tick, untick or edit.
 */
import type { Contact, ReminderFields } from '../entities';
import type { FollowUpRules } from '../settings';
import type { ReminderKind } from '../vocabulary';
import type { ReplacedReminder } from './update-family';

/** Which Settings rule made a proposal: the keys of `FollowUpRules`. */
export type FollowUpRuleId = keyof FollowUpRules;

/**
 * Everything a new open reminder needs, with no defaults left to fill. It is a
 * valid `ReminderFields` as it stands (status defaults to open).
 */
export interface ReminderDraft {
  dueDate: string;
  /** Last good day of the window; equal to `dueDate` for a single-day reminder. */
  latestDate: string;
  title: string;
  reason: string;
  kind: ReminderKind;
  contactId: string | null;
  programId: string | null;
  /** Null until the interaction is saved; `logInteraction` fills it in. */
  interactionId: string | null;
  eventId: string | null;
  commitmentId: string | null;
}

/** A reminder a rule proposes; shown to the user before anything is written. */
export interface ProposedReminder extends ReminderDraft {
  /**
   * Same input, same key: the dialog can re-run the rules as the user types
   * and keep their ticks and edits keyed by it. Unique within one proposal list.
   */
  key: string;
  ruleId: FollowUpRuleId;
  /**
   * True when the whole window is already before today (a meeting logged late,
   * a commitment date in the past). The dialog should offer it unticked.
   */
  windowPassed: boolean;
  /** Open reminders of the same contact that saving this one replaces (one update reminder per relationship). */
  replaces: readonly ReplacedReminder[];
}

/** The contact fields the planners read: enough to name the person. */
export type ContactRef = Pick<Contact, 'id' | 'name'>;

/** A proposal or draft as plain `ReminderFields`, without the planner's bookkeeping. */
export function toReminderFields(draft: ReminderDraft): ReminderFields {
  return {
    dueDate: draft.dueDate,
    latestDate: draft.latestDate,
    title: draft.title,
    reason: draft.reason,
    kind: draft.kind,
    contactId: draft.contactId,
    programId: draft.programId,
    interactionId: draft.interactionId,
    eventId: draft.eventId,
    commitmentId: draft.commitmentId,
    status: 'open',
    snoozedUntil: null,
    doneAt: null,
  };
}

/** Shortens user text so a generated title or reason stays within its schema limit. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "Dr. Lee", "Dr. Lee and Dr. Ortiz", "Dr. Lee, Dr. Ortiz and Dr. Chen". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Name of a contact by id, or a neutral stand-in when the caller did not pass the contact. */
export function nameOf(contacts: readonly ContactRef[], id: string): string {
  return contacts.find((c) => c.id === id)?.name ?? 'this contact';
}
