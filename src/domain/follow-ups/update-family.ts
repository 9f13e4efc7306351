/**
 * The "update" family of reminders: a progress follow-up after a meeting and
 * the keep-in-touch cadence reminder both ask the user to send the same person
 * an update. One relationship has at most one of them open at a time: a new
 * follow-up replaces the open ones, and the cadence waits until the follow-up
 * is done or dismissed (then it re-plans from that day).
 */
import type { Reminder } from '../entities';
import type { ReminderKind } from '../vocabulary';

/** Reminder kinds that ask for an update to a contact. */
export const UPDATE_FAMILY_KINDS: readonly ReminderKind[] = ['follow-up', 'keep-in-touch'];

/** The reminder fields needed to tell whether a reminder is an open update reminder. */
export type UpdateReminderRef = Pick<Reminder, 'id' | 'kind' | 'status' | 'contactId' | 'dueDate'>;

/** An existing reminder a proposal will replace, as the dialog names it. */
export interface ReplacedReminder {
  id: string;
  kind: ReminderKind;
  dueDate: string;
}

/** True for an open or snoozed follow-up or keep-in-touch reminder of `contactId`. */
export function isOpenUpdateReminder(reminder: UpdateReminderRef, contactId: string): boolean {
  return (
    UPDATE_FAMILY_KINDS.includes(reminder.kind) &&
    reminder.contactId === contactId &&
    (reminder.status === 'open' || reminder.status === 'snoozed')
  );
}

/** True when the contact has an open or snoozed follow-up: their cadence reminder waits for it. */
export function hasOpenFollowUp(reminders: readonly UpdateReminderRef[], contactId: string): boolean {
  return reminders.some((r) => r.kind === 'follow-up' && isOpenUpdateReminder(r, contactId));
}

/**
 * The open update reminders of `contactId` that a new follow-up for them
 * replaces, earliest due first. `keepIds` are reminders that are part of the
 * same save (the new follow-up itself) and are never replaced.
 */
export function remindersReplacedBy(
  contactId: string,
  existing: readonly UpdateReminderRef[],
  keepIds: ReadonlySet<string> = new Set(),
): ReplacedReminder[] {
  return existing
    .filter((r) => isOpenUpdateReminder(r, contactId) && !keepIds.has(r.id))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id))
    .map((r) => ({ id: r.id, kind: r.kind, dueDate: r.dueDate }));
}
