/**
 * Today's short list: overdue reminders first, then those due today, with the same one-click
 * actions as the inbox. At most {@link TODAY_LIMIT} rows; the rest wait in Reminders.
 */
import { Link } from 'react-router';
import { useTodayReminders } from '../hooks/use-open-reminders';
import { ReminderRow } from './reminder-row';
import './reminders.css';

/** Rows Today shows before pointing to the inbox: a short list stays a list someone acts on. */
export const TODAY_LIMIT = 10;

export function DueReminders({ today }: { today: string }) {
  const reminders = useTodayReminders(today, TODAY_LIMIT);
  if (reminders === undefined) return <p className="muted">Loading reminders…</p>;
  const upcoming = reminders.next7DaysCount;
  if (reminders.dueCount === 0) {
    return (
      <p className="muted">
        Nothing overdue or due today.{' '}
        {upcoming > 0 ? (
          <Link to="/reminders">
            {upcoming} coming up in the next 7 days
          </Link>
        ) : (
          <Link to="/reminders">All reminders</Link>
        )}
      </p>
    );
  }
  const hidden = reminders.dueCount - TODAY_LIMIT;
  const more = [hidden > 0 ? `${hidden} more overdue or due today` : '', upcoming > 0 ? `${upcoming} in the next 7 days` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <ul className="plain-list reminder-list">
        {reminders.shown.map((reminder) => (
          <ReminderRow key={reminder.id} reminder={reminder} today={today} />
        ))}
      </ul>
      <p className="reminder-more">
        <Link to="/reminders">All reminders{more ? ` (${more})` : ''}</Link>
      </p>
    </>
  );
}
