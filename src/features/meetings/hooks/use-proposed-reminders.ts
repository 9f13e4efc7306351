import { useLiveQuery } from 'dexie-react-hooks';
import { proposeFollowUpsFor } from '../../../data/log-interaction';
import type { ContactRef, ProposedReminder } from '../../../domain/follow-ups/reminder-draft';
import type { InteractionForRules } from '../../../domain/follow-ups/rules';

/**
 * The follow-ups the rules propose for the meeting as typed so far, re-read
 * whenever the input changes (or the contacts' history or the rules change in
 * the database). Empty when there is nothing to propose from; undefined while
 * the first read is in flight.
 */
export function useProposedReminders(
  input: InteractionForRules | null,
  newContacts: readonly ContactRef[],
  today: string,
): ProposedReminder[] | undefined {
  const key = JSON.stringify([input, newContacts, today]);
  return useLiveQuery(
    () => (input === null ? [] : proposeFollowUpsFor(input, new Date(), newContacts)),
    // The key captures every input by value, so a re-render with equal values does not re-query.
    [key],
  );
}
