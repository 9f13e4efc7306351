/**
 * The Reminders inbox: overdue, in their window, due today, the next 7 days
 * and later, each group with its own empty state, and one for no reminders at all.
 */
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/empty-state';
import type { ReminderWithPerson } from '../../../data/reminder-queries';
import { groupReminders, type ReminderGroups } from '../../../domain/follow-ups/inbox';
import { ReminderList } from './reminder-list';
import './reminders.css';

type GroupKey = Exclude<keyof ReminderGroups<ReminderWithPerson>, 'today'>;

/** Each group named by what it holds, so a row never contradicts its heading. */
const GROUPS: { key: GroupKey; title: string; empty: string }[] = [
  { key: 'overdue', title: 'Overdue', empty: 'Nothing overdue: no window has passed.' },
  { key: 'inWindow', title: 'In their window', empty: 'Nothing that was due earlier is still waiting.' },
  { key: 'dueToday', title: 'Due today', empty: 'Nothing due today.' },
  { key: 'next7Days', title: 'Coming up in the next 7 days', empty: 'Nothing due in the next 7 days.' },
  { key: 'later', title: 'Later', empty: 'Nothing planned further out.' },
];

export function ReminderInbox({
  reminders,
  today,
  emptyAction,
}: {
  reminders: readonly ReminderWithPerson[];
  today: string;
  /** Offered when there are no reminders at all, e.g. a Log meeting button. */
  emptyAction?: ReactNode;
}) {
  if (reminders.length === 0) {
    return (
      <EmptyState title="No open reminders" action={emptyAction}>
        Log a meeting and Rapport proposes its thank-you and follow-ups; they land here, grouped by when they are due.
      </EmptyState>
    );
  }
  const groups = groupReminders(reminders, today);
  return (
    <div className="reminder-groups">
      {GROUPS.map(({ key, title, empty }) => (
        <section key={key} className={`reminder-group reminder-group-${key}`} aria-labelledby={`reminders-${key}`}>
          <h2 id={`reminders-${key}`}>
            {title} <span className="group-count">{groups[key].length}</span>
          </h2>
          {groups[key].length === 0 ? (
            <p className="muted group-empty">{empty}</p>
          ) : (
            <ReminderList reminders={groups[key]} today={today} />
          )}
        </section>
      ))}
    </div>
  );
}
