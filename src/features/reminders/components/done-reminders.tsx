/**
 * Reminders → Done: what was done or dismissed, newest first, searchable, and
 * each one can be reopened (it goes back to the inbox as it was).
 */
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { closedRemindersWithPeople } from '../../../data/reminders-history';
import type { ReminderWithPerson } from '../../../data/reminder-queries';
import { reopenReminder, undoReminderChange } from '../../../data/reminder-undo';
import { closedAt, searchClosedReminders } from '../../../domain/follow-ups/history';
import { REMINDER_KIND_LABELS } from '../../../domain/vocabulary';
import { toLocalDate } from '../../../lib/dates';
import { dayLabel } from '../../../lib/date-format';
import { showToast } from '../../../stores/toast-store';
import './reminders.css';
import { recordPath } from '../../../lib/record-links';

export function DoneReminders() {
  const closed = useLiveQuery(() => closedRemindersWithPeople());
  const [query, setQuery] = useState('');
  const searchId = useId();
  if (closed === undefined) {
    return (
      <p className="muted" aria-busy="true">
        Loading done reminders…
      </p>
    );
  }
  if (closed.length === 0) {
    return (
      <EmptyState title="Nothing done yet">
        Reminders you mark done or dismiss are kept here, so you can look back or reopen one.
      </EmptyState>
    );
  }
  const shown = searchClosedReminders(closed, query);
  return (
    <section className="reminder-done" aria-label="Done and dismissed reminders">
      <div className="field reminder-done-search">
        <label htmlFor={searchId}>Search done reminders</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      <p className="muted" role="status">
        {shown.length === closed.length
          ? `${closed.length} done or dismissed`
          : `${shown.length} of ${closed.length} match “${query.trim()}”`}
      </p>
      <ul className="plain-list reminder-list">
        {shown.map((reminder) => (
          <DoneRow key={reminder.id} reminder={reminder} />
        ))}
      </ul>
    </section>
  );
}

function DoneRow({ reminder }: { reminder: ReminderWithPerson }) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const status = reminder.status === 'done' ? 'Done' : 'Dismissed';

  async function reopen() {
    setBusy(true);
    try {
      await reopenReminder(reminder.id, new Date());
      showToast({
        tone: 'success',
        message: `Reopened: ${reminder.title}`,
        action: {
          label: 'Undo',
          run: async () => {
            await undoReminderChange(reminder, new Date());
            showToast({ message: 'Undone.' });
          },
        },
      });
    } catch (error) {
      showToast({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="reminder-row reminder-closed">
      <article aria-labelledby={titleId}>
        <div className="reminder-main">
          <h3 id={titleId} className="reminder-title">
            {reminder.title}
          </h3>
          <p className="reminder-meta">
            {reminder.person ? (
              <Link to={recordPath('contacts', reminder.person.id)} className="reminder-person">
                {reminder.person.name}
              </Link>
            ) : (
              <span className="muted">No contact</span>
            )}
            <span>
              {status} {dayLabel(toLocalDate(closedAt(reminder)))}
            </span>
            <span className="badge">{REMINDER_KIND_LABELS[reminder.kind]}</span>
          </p>
          {reminder.reason && <p className="reminder-reason">{reminder.reason}</p>}
        </div>
        <div className="reminder-actions" role="group" aria-label="Actions">
          <button type="button" className="btn btn-small" aria-describedby={titleId} disabled={busy} onClick={() => void reopen()}>
            Reopen
          </button>
        </div>
      </article>
    </li>
  );
}
