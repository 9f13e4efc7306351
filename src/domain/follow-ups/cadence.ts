/**
 * Keep-in-touch cadence: a contact with a cadence has one open reminder to
 * send an update, due a cadence after the last touch. Every new touch moves
 * that reminder; it is never duplicated.
 */
import type { Contact, Reminder } from '../entities';
import type { FollowUpRules } from '../settings';
import type { RelationshipStage } from '../vocabulary';
import { addLocalDays, isLocalDayBefore } from '../../lib/dates';
import { shortDayLabel } from '../../lib/date-format';
import { clip, type ReminderDraft } from './reminder-draft';
import { hasOpenFollowUp } from './update-family';

/** Stages that get the mentor default cadence when the contact has none of its own. */
export const MENTOR_STAGES: readonly RelationshipStage[] = ['mentor', 'advocate'];

export type CadenceContact = Pick<Contact, 'id' | 'name' | 'stage' | 'cadenceDays'>;

/** The reminder fields the planner reads to decide between create, move and remove. */
export type CadenceReminder = Pick<
  Reminder,
  'id' | 'kind' | 'status' | 'contactId' | 'dueDate' | 'latestDate' | 'title' | 'reason' | 'snoozedUntil'
>;

/**
 * A contact's cadence in days: its own `cadenceDays`, else the mentor default
 * for mentors and advocates, else none. None at all while the keep-in-touch
 * rule is switched off in Settings.
 */
export function effectiveCadenceDays(contact: Pick<Contact, 'stage' | 'cadenceDays'>, rules: FollowUpRules): number | null {
  if (!rules.keepInTouch.enabled) return null;
  if (contact.cadenceDays !== null) return contact.cadenceDays;
  return MENTOR_STAGES.includes(contact.stage) ? rules.keepInTouch.mentorDefaultDays : null;
}

/** The fields a move rewrites: the new window, fresh wording, and open again (a touch ends any snooze). */
export type CadenceChanges = Pick<ReminderDraft, 'dueDate' | 'latestDate' | 'title' | 'reason'> & {
  status: 'open';
  snoozedUntil: null;
};

/** One write the data layer performs, in order, inside its transaction. */
export type CadenceWrite =
  | { type: 'create'; reminder: ReminderDraft }
  | { type: 'update'; id: string; changes: CadenceChanges }
  | { type: 'remove'; id: string };

/** Open and snoozed keep-in-touch reminders of a contact: the ones a touch moves. */
export function isOpenCadenceReminder(reminder: CadenceReminder, contactId: string): boolean {
  return (
    reminder.kind === 'keep-in-touch' &&
    reminder.contactId === contactId &&
    (reminder.status === 'open' || reminder.status === 'snoozed')
  );
}

/**
 * What to write so that the contact ends with at most one open keep-in-touch
 * reminder, due `lastTouchDay` + cadence, latest due + grace days:
 * - no cadence, or an open follow-up of the contact that already asks for the
 *   update (one update reminder per relationship): remove every open one;
 * - none open: create one;
 * - one or more open: move (update) the first by id, remove the rest (this also
 *   heals duplicates left by an older version or another device);
 * - already exactly right: nothing.
 * Done and dismissed keep-in-touch reminders are history and never touched.
 *
 * @param lastTouchDay the contact's most recent touch, `yyyy-MM-dd` local day
 *   (the latest of all their interactions, not just the one being logged).
 * @param existingReminders the contact's reminders; other contacts' and other
 *   kinds are ignored, so passing a wider list is safe.
 */
export function planCadenceReminder(
  contact: CadenceContact,
  lastTouchDay: string,
  existingReminders: readonly CadenceReminder[],
  rules: FollowUpRules,
): CadenceWrite[] {
  const open = existingReminders
    .filter((r) => isOpenCadenceReminder(r, contact.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cadence = effectiveCadenceDays(contact, rules);
  if (cadence === null || hasOpenFollowUp(existingReminders, contact.id)) {
    return open.map((r) => ({ type: 'remove', id: r.id }));
  }

  const dueDate = addLocalDays(lastTouchDay, cadence);
  const wanted: CadenceChanges = {
    dueDate,
    latestDate: addLocalDays(dueDate, rules.keepInTouch.graceDays),
    title: clip(`Send ${contact.name} an update`, 200),
    reason: clip(
      `Keep in touch ${cadenceLabel(cadence)}; last touch ${shortDayLabel(lastTouchDay)}. ` +
        'A few lines on what you have been working on keeps the relationship warm.',
      1000,
    ),
    status: 'open',
    snoozedUntil: null,
  };

  const [keep, ...extra] = open;
  const removals: CadenceWrite[] = extra.map((r) => ({ type: 'remove', id: r.id }));
  if (keep === undefined) {
    return [
      {
        type: 'create',
        reminder: {
          ...pickDraftText(wanted),
          kind: 'keep-in-touch',
          contactId: contact.id,
          programId: null,
          interactionId: null,
          eventId: null,
          commitmentId: null,
        },
      },
    ];
  }
  const unchanged =
    keep.status === 'open' &&
    keep.snoozedUntil === null &&
    keep.dueDate === wanted.dueDate &&
    keep.latestDate === wanted.latestDate &&
    keep.title === wanted.title &&
    keep.reason === wanted.reason;
  return unchanged ? removals : [{ type: 'update', id: keep.id, changes: wanted }, ...removals];
}

/** "every 6 weeks", "every 10 days", "every day". */
export function cadenceLabel(days: number): string {
  if (days === 1) return 'every day';
  if (days % 7 === 0) return days === 7 ? 'every week' : `every ${days / 7} weeks`;
  return `every ${days} days`;
}

function pickDraftText(changes: CadenceChanges): Pick<ReminderDraft, 'dueDate' | 'latestDate' | 'title' | 'reason'> {
  return { dueDate: changes.dueDate, latestDate: changes.latestDate, title: changes.title, reason: changes.reason };
}

/** What a touch does to a contact's keep-in-touch reminder, as the Log meeting dialog tells it. */
export interface CadenceMove {
  contactId: string;
  name: string;
  /** Due day of the open keep-in-touch reminder now, or null when there is none. */
  fromDueDate: string | null;
  /** Due day after this touch. */
  toDueDate: string;
}

/**
 * Where the contact's keep-in-touch reminder goes after a touch on
 * `touchDay` (their latest touch is the later of it and `lastTouchDay`), or
 * null when they have no cadence. Ignores follow-ups: the dialog shows this
 * only for contacts whose kept proposals do not replace the reminder.
 */
export function cadenceMoveFor(
  contact: CadenceContact,
  touchDay: string,
  lastTouchDay: string | null,
  existingReminders: readonly CadenceReminder[],
  rules: FollowUpRules,
): CadenceMove | null {
  const cadence = effectiveCadenceDays(contact, rules);
  if (cadence === null) return null;
  const latest = lastTouchDay !== null && isLocalDayBefore(touchDay, lastTouchDay) ? lastTouchDay : touchDay;
  const open = existingReminders
    .filter((r) => isOpenCadenceReminder(r, contact.id))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  return { contactId: contact.id, name: contact.name, fromDueDate: open[0]?.dueDate ?? null, toDueDate: addLocalDays(latest, cadence) };
}
