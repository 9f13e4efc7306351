import { useLiveQuery } from 'dexie-react-hooks';
import { listContactsByName } from '../../../data/contacts';
import { listEventSummaries, loadEventDetail, type EventDetail, type EventSummary } from '../../../data/event-plans';
import type { Contact } from '../../../domain/entities';

/** Every event with its counts; undefined while loading. */
export function useEventSummaries(): EventSummary[] | undefined {
  return useLiveQuery(() => listEventSummaries(), []);
}

/** One event's page data; null when it does not exist, undefined while loading. */
export function useEventDetail(eventId: string): EventDetail | null | undefined {
  return useLiveQuery(() => loadEventDetail(eventId), [eventId]);
}

/** Every contact by name, for the pickers; undefined while loading. */
export function useContactsByName(): Contact[] | undefined {
  return useLiveQuery(() => listContactsByName(), []);
}
