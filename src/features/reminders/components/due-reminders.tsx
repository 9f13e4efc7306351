/** Today's short list: overdue reminders first, then those due today, with the same one-click actions as the inbox. */
import { Link } from 'react-router';
import { groupReminders } from '../../../domain/follow-ups/inbox';
import { useOpenReminders } from '../hooks/use-open-reminders';
import { ReminderRow } from './reminder-row';
import './reminders.css';

export function DueReminders({ today }: { today: string }) {
  const reminders = useOpenReminders();
  if (reminders === undefined) return <p className="muted">Loading reminders…</p>;
  const groups = groupReminders(reminders, today);
  const due = [...groups.overdue, ...groups.today];
  const upcoming = groups.next7Days.length;
  if (due.length === 0) {
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
  return (
    <>
      <ul className="plain-list reminder-list">
        {due.map((reminder) => (
          <ReminderRow key={reminder.id} reminder={reminder} today={today} />
        ))}
      </ul>
      <p className="reminder-more">
        <Link to="/reminders">All reminders{upcoming > 0 ? ` (${upcoming} more in the next 7 days)` : ''}</Link>
      </p>
    </>
  );
}
