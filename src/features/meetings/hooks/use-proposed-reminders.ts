import { useLiveQuery } from 'dexie-react-hooks';
import { planFollowUpsFor, type NewContactRef } from '../../../data/log-interaction';
import type { ContactAdvance } from '../../../domain/follow-ups/advances';
import type { CadenceMove } from '../../../domain/follow-ups/cadence';
import type { ProposedReminder } from '../../../domain/follow-ups/reminder-draft';
import type { InteractionForRules } from '../../../domain/follow-ups/rules';

/** The proposals, stage advances and the input they answer, as a key (see {@link proposalKey}). */
export interface ProposedFor {
  key: string;
  proposals: ProposedReminder[];
  advances: ContactAdvance[];
  cadenceMoves: CadenceMove[];
}

/** One string for everything the proposals depend on, compared by value. */
export function proposalKey(input: InteractionForRules | null, newContacts: readonly NewContactRef[], today: string): string {
  return JSON.stringify([input, newContacts, today]);
}

/**
 * The follow-ups and stage advances proposed for the meeting as typed so far,
 * re-read whenever the input changes (or the contacts' history, reminders or
 * the rules change in the database). Empty when there is nothing to propose
 * from; undefined while the first read is in flight. While a new read is in
 * flight the previous answer stays, with the key of the input it answered, so
 * a caller can tell.
 */
export function useProposedReminders(
  input: InteractionForRules | null,
  newContacts: readonly NewContactRef[],
  today: string,
): ProposedFor | undefined {
  const key = proposalKey(input, newContacts, today);
  return useLiveQuery(
    async () => {
      if (input === null) return { key, proposals: [], advances: [], cadenceMoves: [] };
      const plan = await planFollowUpsFor(input, new Date(), newContacts);
      return { key, ...plan };
    },
    // The key captures every input by value, so a re-render with equal values does not re-query.
    [key],
  );
}
