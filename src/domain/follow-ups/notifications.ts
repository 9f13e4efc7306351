/**
 * Which reminders raise a system notification while the app is open: each
 * reminder once per due day, so a reload, a second tab or a new day does not
 * repeat one, while a snoozed reminder that comes due again does notify again.
 */
import type { Reminder } from '../entities';
import { effectiveWindow, groupReminders, type InboxReminder } from './inbox';

export type NotifiableReminder = InboxReminder & Pick<Reminder, 'id'>;

/** Remembers "this reminder, due this day, was notified". */
export function notificationKey(reminder: NotifiableReminder): string {
  return `${reminder.id}@${effectiveWindow(reminder).dueDate}`;
}

export interface NotificationPlan<R> {
  /** Due reminders not notified yet, overdue first. */
  toNotify: R[];
  /**
   * The keys to remember from now on: every reminder due today or overdue.
   * Keys of reminders no longer due are dropped, so the list stays small.
   */
  remember: string[];
  /** For the app badge. */
  overdueCount: number;
}

/**
 * Plans the notifications for `today`: a reminder is due once its (snoozed)
 * window has begun and it is still open, i.e. it is overdue or in today's group.
 */
export function planNotifications<R extends NotifiableReminder>(
  reminders: readonly R[],
  today: string,
  alreadyNotified: ReadonlySet<string>,
): NotificationPlan<R> {
  const groups = groupReminders(reminders, today);
  const due = [...groups.overdue, ...groups.today];
  return {
    toNotify: due.filter((r) => !alreadyNotified.has(notificationKey(r))),
    remember: due.map(notificationKey),
    overdueCount: groups.overdue.length,
  };
}
