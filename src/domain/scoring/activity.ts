/**
 * One pass over interactions and reminders that gathers, per contact, what the
 * contact factors need: decayed touch weight, last touch, promises still owed and
 * live reminders. Built once per scoring run so scoring stays linear in the data.
 */
import { INTERACTION_KIND_WEIGHTS } from './factors';
import type { ScoringInteraction, ScoringReminder } from './types';

/** A promise the user made in an interaction and has not marked done. */
export interface OwedCommitment {
  id: string;
  text: string;
  dueDate: string | null;
  interactionId: string;
}

export interface ContactActivity {
  /** Interactions up to `now` that include the contact. */
  touches: number;
  /** Σ kind weight × ½^(age / half-life) over those touches. */
  decayedWeight: number;
  /** Epoch milliseconds of the latest touch up to `now`; null when there is none. */
  lastTouchMs: number | null;
  owed: OwedCommitment[];
  /** Reminders for the contact that are open, or snoozed until a day that has come. */
  reminders: ScoringReminder[];
}

export interface ActivityContext {
  nowMs: number;
  /** The user's local day, `yyyy-MM-dd`. */
  today: string;
  halfLifeDays: number;
}

const DAY_MS = 86_400_000;

/** An empty activity record: a contact nobody has logged anything for. */
export function noActivity(): ContactActivity {
  return { touches: 0, decayedWeight: 0, lastTouchMs: null, owed: [], reminders: [] };
}

/** Whether a reminder still asks for something on `today`: open, or snoozed until a day that has come. */
export function isLiveReminder(reminder: Pick<ScoringReminder, 'status' | 'snoozedUntil'>, today: string): boolean {
  if (reminder.status === 'open') return true;
  // yyyy-MM-dd strings order like the days they name.
  return reminder.status === 'snoozed' && reminder.snoozedUntil !== null && reminder.snoozedUntil <= today;
}

/**
 * Indexes interactions and reminders by contact id.
 *
 * Interactions dated after `now` (planned, or a wrong clock) are left out of touches.
 * Promises count as owed whatever their date. A reminder that tracks a promise already
 * counted as owed (same `commitmentId`) is left out, so one promise is not counted twice.
 */
export function indexActivity(
  interactions: readonly ScoringInteraction[],
  reminders: readonly ScoringReminder[],
  context: ActivityContext,
): Map<string, ContactActivity> {
  const byContact = new Map<string, ContactActivity>();
  const activityOf = (id: string) => {
    let activity = byContact.get(id);
    if (activity === undefined) {
      activity = noActivity();
      byContact.set(id, activity);
    }
    return activity;
  };
  // Elapsed time between two instants, not calendar days: decay runs on the clock, so plain milliseconds are right.
  const decayPerMs = Math.LN2 / (Math.max(1, context.halfLifeDays) * DAY_MS);
  const owedIds = new Set<string>();

  for (const interaction of interactions) {
    const at = Date.parse(interaction.occurredAt);
    const counts = at <= context.nowMs;
    const weight = counts ? INTERACTION_KIND_WEIGHTS[interaction.kind] * Math.exp(-(context.nowMs - at) * decayPerMs) : 0;
    let owed: OwedCommitment[] | null = null;
    for (const commitment of interaction.commitments) {
      if (commitment.direction !== 'promised' || commitment.done) continue;
      owed ??= [];
      owed.push({ id: commitment.id, text: commitment.text, dueDate: commitment.dueDate, interactionId: interaction.id });
      owedIds.add(commitment.id);
    }
    if (!counts && owed === null) continue;
    for (const contactId of interaction.contactIds) {
      const activity = activityOf(contactId);
      if (counts) {
        activity.touches += 1;
        activity.decayedWeight += weight;
        if (activity.lastTouchMs === null || at > activity.lastTouchMs) activity.lastTouchMs = at;
      }
      if (owed !== null) for (const o of owed) activity.owed.push(o);
    }
  }

  for (const reminder of reminders) {
    if (reminder.contactId === null || !isLiveReminder(reminder, context.today)) continue;
    if (reminder.commitmentId !== null && owedIds.has(reminder.commitmentId)) continue;
    activityOf(reminder.contactId).reminders.push(reminder);
  }
  return byContact;
}

/** Where a live reminder stands on a given day. */
export type ReminderTiming = 'overdue' | 'due' | 'soon' | 'later';

/**
 * `overdue` once its latest day has passed, `due` inside its window, `soon` when it opens
 * within the next days (up to `soonDay`), `later` beyond that.
 */
export function reminderTiming(
  reminder: Pick<ScoringReminder, 'dueDate' | 'latestDate'>,
  today: string,
  soonDay: string,
): ReminderTiming {
  if (reminder.latestDate < today) return 'overdue';
  if (reminder.dueDate <= today) return 'due';
  return reminder.dueDate <= soonDay ? 'soon' : 'later';
}
