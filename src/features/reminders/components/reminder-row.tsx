/**
 * One reminder with its one-click actions: done (for a message, with the offer
 * to log the email in the same step), snooze, dismiss, edit, open the contact,
 * draft the message and add it to a calendar. Done, snooze and dismiss can be
 * undone from the toast.
 */
import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { completeReminder, completeThankYouWithEmail, dismissReminder, snoozeReminder } from '../../../data/reminders-inbox';
import type { ReminderWithPerson } from '../../../data/reminder-queries';
import { undoReminderChange, undoThankYouWithEmail } from '../../../data/reminder-undo';
import type { Reminder } from '../../../domain/entities';
import {
  SNOOZE_PRESETS,
  SNOOZE_PRESET_LABELS,
  earliestSnoozeDay,
  effectiveWindow,
  relativeDay,
  snoozeUntil,
  windowLabel,
  type SnoozeOption,
} from '../../../domain/follow-ups/inbox';
import { REMINDER_KIND_LABELS, type ReminderKind } from '../../../domain/vocabulary';
import { addLocalDays, isLocalDayBefore } from '../../../lib/dates';
import { shortDayLabel } from '../../../lib/date-format';
import { showToast } from '../../../stores/toast-store';
import { downloadRemindersIcs } from '../download-ics';
import { recordPath } from '../../../lib/record-links';
import { openLogMeeting } from '../../../stores/log-meeting-store';

// The edit form (react-hook-form and its resolver) loads on first use.
const ReminderEditDialog = lazy(() => import('../forms/reminder-edit-dialog').then((m) => ({ default: m.ReminderEditDialog })));

/** Reminders that are done by sending someone a message: marking them done offers to log that email. */
const MESSAGE_KINDS: readonly ReminderKind[] = ['thank-you', 'follow-up', 'keep-in-touch', 'pre-event-outreach'];

type Panel = 'none' | 'done' | 'snooze';

interface ReminderRowProps {
  reminder: ReminderWithPerson;
  today: string;
}

/** Runs an action; a failure becomes an error toast instead of an unhandled rejection. */
async function attempt<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    showToast({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

function undoAction(label: string, run: () => Promise<unknown>) {
  return {
    label,
    run: async () => {
      if ((await attempt(run)) !== undefined) showToast({ message: 'Undone.' });
    },
  };
}

export function ReminderRow({ reminder, today }: ReminderRowProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const [panel, setPanel] = useState<Panel>('none');
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const snoozeButton = useRef<HTMLButtonElement>(null);
  const doneButton = useRef<HTMLButtonElement>(null);

  const before: Reminder = reminder;
  const overdue = isLocalDayBefore(effectiveWindow(reminder).latestDate, today);
  const offersEmail = MESSAGE_KINDS.includes(reminder.kind) && reminder.person !== null;

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    try {
      return await attempt(action);
    } finally {
      setBusy(false);
    }
  }

  async function markDone() {
    setPanel('none');
    const done = await run(() => completeReminder(reminder.id, new Date()));
    if (done) {
      showToast({
        tone: 'success',
        message: `Done: ${reminder.title}`,
        action: undoAction('Undo', () => undoReminderChange(before, new Date())),
      });
    }
  }

  async function markDoneWithEmail() {
    setPanel('none');
    const result = await run(() => completeThankYouWithEmail(reminder.id, new Date()));
    if (result) {
      showToast({
        tone: 'success',
        message: `Done, and the email to ${reminder.person?.name ?? 'them'} is logged`,
        action: undoAction('Undo', () => undoThankYouWithEmail(before, result.interaction.id, new Date())),
      });
    }
  }

  async function snooze(option: SnoozeOption) {
    setPanel('none');
    const snoozed = await run(() => snoozeReminder(reminder.id, option, new Date()));
    if (snoozed?.snoozedUntil) {
      showToast({
        message: `Snoozed until ${relativeDay(snoozed.snoozedUntil, today)}: ${reminder.title}`,
        action: undoAction('Undo', () => undoReminderChange(before, new Date())),
      });
    }
    snoozeButton.current?.focus();
  }

  async function dismiss() {
    const dismissed = await run(() => dismissReminder(reminder.id, new Date()));
    if (dismissed) {
      showToast({
        message: `Dismissed: ${reminder.title}`,
        action: undoAction('Undo', () => undoReminderChange(before, new Date())),
      });
    }
  }

  async function addToCalendar() {
    const result = await downloadRemindersIcs([reminder], today, new Date());
    showToast(
      result.ok
        ? { message: `Saved ${result.fileName}. Open it to add the reminder to your calendar.` }
        : { tone: 'error', message: result.error },
    );
  }

  function closePanelOnEscape(event: KeyboardEvent<HTMLElement>, returnTo: HTMLElement | null) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setPanel('none');
    returnTo?.focus();
  }

  return (
    <li className={`reminder-row${overdue ? ' reminder-overdue' : ''}`}>
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
            <span className={`reminder-window${overdue ? ' reminder-window-overdue' : ''}`}>
              {capitalize(windowLabel(reminder, today))}
            </span>
            <span className="badge">{REMINDER_KIND_LABELS[reminder.kind]}</span>
            {overdue && <span className="badge badge-danger">Overdue</span>}
          </p>
          {reminder.reason && <p className="reminder-reason">{reminder.reason}</p>}
        </div>

        <div className="reminder-actions" aria-label="Actions" role="group">
          <button
            ref={doneButton}
            type="button"
            className="btn btn-small btn-primary"
            aria-describedby={titleId}
            aria-expanded={offersEmail ? panel === 'done' : undefined}
            disabled={busy}
            onClick={() => (offersEmail ? setPanel(panel === 'done' ? 'none' : 'done') : void markDone())}
          >
            Done
          </button>
          <button
            ref={snoozeButton}
            type="button"
            className="btn btn-small"
            aria-describedby={titleId}
            aria-expanded={panel === 'snooze'}
            disabled={busy}
            onClick={() => setPanel(panel === 'snooze' ? 'none' : 'snooze')}
          >
            Snooze <span aria-hidden="true">▾</span>
          </button>
          <button type="button" className="btn btn-small" aria-describedby={titleId} disabled={busy} onClick={() => void dismiss()}>
            Dismiss
          </button>
          {reminder.contactId !== null && (
            <button
              type="button"
              className="btn btn-small"
              aria-describedby={titleId}
              onClick={() =>
                openLogMeeting({
                  contactIds: [reminder.contactId ?? ''],
                  reminder: { id: reminder.id, title: reminder.title, kind: reminder.kind },
                })
              }
            >
              Log meeting
            </button>
          )}
          <button type="button" className="btn btn-small btn-ghost" aria-describedby={titleId} onClick={() => setEditing(true)}>
            Edit
          </button>
        </div>
        <p className="reminder-links">
          <Link to={`/templates?reminder=${encodeURIComponent(reminder.id)}`}>Draft message</Link>
          {reminder.person && <Link to={recordPath('contacts', reminder.person.id)}>Open contact</Link>}
          <button type="button" className="link-button" aria-describedby={titleId} onClick={() => void addToCalendar()}>
            Add to calendar
          </button>
        </p>

        {panel === 'done' && (
          <div
            className="reminder-panel"
            role="group"
            aria-label="Mark done"
            onKeyDown={(event) => closePanelOnEscape(event, doneButton.current)}
          >
            <p>Also log the email you sent to {reminder.person?.name}? It goes on their timeline as a touch.</p>
            <div className="row">
              <button type="button" className="btn btn-small btn-primary" autoFocus onClick={() => void markDoneWithEmail()}>
                Done and log the email
              </button>
              <button type="button" className="btn btn-small" onClick={() => void markDone()}>
                Just mark done
              </button>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                onClick={() => {
                  setPanel('none');
                  doneButton.current?.focus();
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        )}

        {panel === 'snooze' && (
          <SnoozePanel
            reminder={reminder}
            today={today}
            onSnooze={(option) => void snooze(option)}
            onKeyDown={(event) => closePanelOnEscape(event, snoozeButton.current)}
          />
        )}
      </article>
      {editing && (
        <Suspense fallback={null}>
          <ReminderEditDialog reminder={reminder} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </li>
  );
}

function SnoozePanel({
  reminder,
  today,
  onSnooze,
  onKeyDown,
}: {
  reminder: ReminderWithPerson;
  today: string;
  onSnooze: (option: SnoozeOption) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}) {
  const id = useId();
  const earliest = earliestSnoozeDay(reminder, today);
  const [picked, setPicked] = useState(() => addLocalDays(earliest, 1));
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="reminder-panel snooze-panel" role="group" aria-label="Snooze until" onKeyDown={onKeyDown}>
      <div className="row">
        {SNOOZE_PRESETS.map((preset, index) => (
          <button
            key={preset}
            type="button"
            className="btn btn-small"
            autoFocus={index === 0}
            onClick={() => onSnooze(preset)}
          >
            {SNOOZE_PRESET_LABELS[preset]}
            <span className="muted snooze-day">{shortDayLabel(snoozeUntil(reminder, preset, today))}</span>
          </button>
        ))}
      </div>
      <form
        className="row snooze-pick"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!/^\d{4}-\d{2}-\d{2}$/.test(picked)) {
            setError('Pick a day.');
            return;
          }
          if (picked < earliest) {
            setError(`Pick ${shortDayLabel(earliest)} or later.`);
            return;
          }
          onSnooze({ pickedDay: picked });
        }}
      >
        <label htmlFor={`${id}-day`}>Pick a date</label>
        <input
          id={`${id}-day`}
          type="date"
          min={earliest}
          value={picked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setPicked(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="btn btn-small">
          Snooze to this day
        </button>
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </form>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
