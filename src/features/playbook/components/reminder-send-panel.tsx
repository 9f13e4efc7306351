/**
 * When a draft answers a reminder (`/templates?reminder=<id>`): a summary of
 * the reminder above the draft, and under the draft — once it has left the app
 * (mail app opened or text copied) — "Mark reminder done and log the email",
 * which asks for confirmation first.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { completeThankYouWithEmail } from '../../../data/reminders-inbox';
import type { Contact, Reminder } from '../../../domain/entities';
import { REMINDER_KIND_LABELS } from '../../../domain/vocabulary';
import { shortDayLabel } from '../../../lib/date-format';
import { showToast } from '../../../stores/toast-store';

const isClosed = (reminder: Reminder) => reminder.status === 'done' || reminder.status === 'dismissed';

export function ReminderSummary({ reminder }: { reminder: Reminder }) {
  const window =
    reminder.dueDate === reminder.latestDate
      ? shortDayLabel(reminder.dueDate)
      : `${shortDayLabel(reminder.dueDate)} – ${shortDayLabel(reminder.latestDate)}`;
  return (
    <section className="card reminder-send" aria-labelledby="reminder-send-heading">
      <h2 id="reminder-send-heading" className="reminder-send-title">
        Answering a reminder
      </h2>
      <p>
        <span className="badge">{REMINDER_KIND_LABELS[reminder.kind]}</span> <strong>{reminder.title}</strong>{' '}
        <span className="muted">({window})</span>
      </p>
      {reminder.reason && <p className="muted">{reminder.reason}</p>}
    </section>
  );
}

interface ReminderCompletionProps {
  reminder: Reminder;
  /** The reminder's contact, when it still exists. */
  contact: Contact | null;
  /** True once the user opened the mail app or copied the draft. */
  sent: boolean;
}

export function ReminderCompletion({ reminder, contact, sent }: ReminderCompletionProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function complete() {
    setBusy(true);
    try {
      await completeThankYouWithEmail(reminder.id, new Date());
      showToast({ message: `Reminder done. The email to ${contact?.name ?? 'your contact'} is logged.`, tone: 'success' });
      setConfirming(false);
    } catch (error) {
      showToast({ message: error instanceof Error ? error.message : 'The reminder could not be updated.', tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  let content;
  if (isClosed(reminder)) {
    content = (
      <p className="notice reminder-send-state">
        This reminder is already {reminder.status}. <Link to="/reminders">Back to Reminders</Link>
      </p>
    );
  } else if (!contact) {
    content = (
      <p className="notice reminder-send-state">
        This reminder is not linked to a contact, so mark it done from Reminders once you have written.
      </p>
    );
  } else if (sent) {
    content = (
      <div className="notice reminder-send-done">
        <p>
          Sent it? Mark “<bdi>{reminder.title}</bdi>” done and log the email with <bdi>{contact.name}</bdi>.
        </p>
        <button type="button" className="btn btn-primary" onClick={() => setConfirming(true)}>
          Mark reminder done and log the email
        </button>
      </div>
    );
  } else {
    content = (
      <p className="muted reminder-send-state">
        Once you have opened the draft in your mail app or copied it, you can mark the reminder done here.
      </p>
    );
  }

  return (
    <div className="reminder-completion" aria-live="polite">
      {content}
      {confirming && contact && (
        <Dialog title="Mark the reminder done?" size="small" onClose={() => setConfirming(false)}>
          <p>
            This marks “<bdi>{reminder.title}</bdi>” done and logs an email to <bdi>{contact.name}</bdi> today. Do it once the email has gone out.
          </p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              Not yet
            </button>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void complete()}>
              Mark done and log email
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
