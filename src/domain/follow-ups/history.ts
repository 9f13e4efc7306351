/**
 * The Done history of Reminders: done and dismissed reminders, newest first,
 * narrowed by a search over title, reason and person.
 */
import type { Reminder } from '../entities';

export type ClosedReminder = Pick<Reminder, 'id' | 'title' | 'reason' | 'status' | 'doneAt' | 'updatedAt'> & {
  person: { name: string } | null;
};

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** When a closed reminder was closed: its done time, else (dismissed) its last change. */
export function closedAt(reminder: Pick<Reminder, 'doneAt' | 'updatedAt'>): string {
  return reminder.doneAt ?? reminder.updatedAt;
}

/**
 * Done and dismissed reminders whose title, reason or person holds every word
 * of `query` (accents and case ignored), the most recently closed first.
 * Open and snoozed reminders are left out; an empty query keeps them all.
 */
export function searchClosedReminders<R extends ClosedReminder>(reminders: readonly R[], query: string): R[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return reminders
    .filter((r) => r.status === 'done' || r.status === 'dismissed')
    .filter((r) => {
      if (words.length === 0) return true;
      const text = fold(`${r.title}\n${r.reason}\n${r.person?.name ?? ''}`);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => Date.parse(closedAt(b)) - Date.parse(closedAt(a)) || a.id.localeCompare(b.id));
}
