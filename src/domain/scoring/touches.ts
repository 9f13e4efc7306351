/**
 * What the activity index reads of an interaction, kept small enough to hold 100,000 of them in
 * a worker and to store as a snapshot: the instant, the kind, the people and the promises still
 * owed. {@link activityByContact} gives, from these and the reminders, exactly what
 * {@link indexActivity} gives from the full interactions, keyed by contact id so it can be worked
 * out without the contacts.
 */
import { instantMs, isLiveReminder, noActivity, type ActivityContext, type ContactActivity, type OwedCommitment } from './activity';
import { INTERACTION_KIND_WEIGHTS } from './factors';
import type { ScoringInteraction, ScoringReminder } from './types';
import type { InteractionKind } from '../vocabulary';

/** One interaction as the activity index reads it. */
export interface InteractionTouch {
  id: string;
  /** Epoch milliseconds of `occurredAt`. */
  atMs: number;
  kind: InteractionKind;
  contactIds: readonly string[];
  /** The promises the user made in it and has not marked done, in the interaction's order. */
  owed: readonly OwedCommitment[];
}

const NOTHING_OWED: readonly OwedCommitment[] = Object.freeze([]);

/** The touch of one interaction. */
export function touchOf(interaction: ScoringInteraction): InteractionTouch {
  let owed: OwedCommitment[] | null = null;
  for (const commitment of interaction.commitments) {
    if (commitment.direction !== 'promised' || commitment.done) continue;
    owed ??= [];
    owed.push({ id: commitment.id, text: commitment.text, dueDate: commitment.dueDate, interactionId: interaction.id });
  }
  return {
    id: interaction.id,
    atMs: instantMs(interaction.occurredAt),
    kind: interaction.kind,
    contactIds: interaction.contactIds,
    owed: owed ?? NOTHING_OWED,
  };
}

interface Tally {
  touches: number;
  decayedWeight: number;
  lastTouchMs: number;
  owed: OwedCommitment[] | null;
  reminders: ScoringReminder[] | null;
}

/**
 * Each contact's activity, by contact id, from touches (in the order of the interactions'
 * ids, as a read of the table gives them) and reminders. For any contacts,
 * `contacts.map((c) => activityByContact(interactions.map(touchOf), reminders, context).get(c.id) ?? noActivity())`
 * equals `indexActivity(contacts, interactions, reminders, context)`, sums added in the same order.
 */
export function activityByContact(
  touches: readonly InteractionTouch[],
  reminders: readonly ScoringReminder[],
  context: ActivityContext,
): Map<string, ContactActivity> {
  const tallies = new Map<string, Tally>();
  const tallyOf = (id: string) => {
    let tally = tallies.get(id);
    if (tally === undefined) {
      tally = { touches: 0, decayedWeight: 0, lastTouchMs: -Infinity, owed: null, reminders: null };
      tallies.set(id, tally);
    }
    return tally;
  };
  const { nowMs } = context;
  const decayPerMs = Math.LN2 / (Math.max(1, context.halfLifeDays) * 86_400_000);
  const owedIds = new Set<string>();
  for (let k = 0; k < touches.length; k += 1) {
    const touch = touches[k];
    const { atMs, owed, contactIds } = touch;
    for (let c = 0; c < owed.length; c += 1) owedIds.add(owed[c].id);
    const counts = atMs <= nowMs;
    if (!counts && owed.length === 0) continue;
    const weight = counts ? INTERACTION_KIND_WEIGHTS[touch.kind] * Math.exp(-(nowMs - atMs) * decayPerMs) : 0;
    for (let c = 0; c < contactIds.length; c += 1) {
      const tally = tallyOf(contactIds[c]);
      if (counts) {
        tally.touches += 1;
        tally.decayedWeight += weight;
        if (atMs > tally.lastTouchMs) tally.lastTouchMs = atMs;
      }
      if (owed.length > 0) (tally.owed ??= []).push(...owed);
    }
  }
  for (const reminder of reminders) {
    if (reminder.contactId === null || !isLiveReminder(reminder, context.today)) continue;
    if (reminder.commitmentId !== null && owedIds.has(reminder.commitmentId)) continue;
    (tallyOf(reminder.contactId).reminders ??= []).push(reminder);
  }
  const empty = noActivity();
  const result = new Map<string, ContactActivity>();
  for (const [id, tally] of tallies) {
    result.set(id, {
      touches: tally.touches,
      decayedWeight: tally.decayedWeight,
      lastTouchMs: tally.lastTouchMs === -Infinity ? null : tally.lastTouchMs,
      owed: tally.owed ?? empty.owed,
      reminders: tally.reminders ?? empty.reminders,
    });
  }
  return result;
}
