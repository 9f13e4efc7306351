/**
 * One event: who to meet and their outreach, sessions, every reminder tied to
 * the event, the conversations logged there, and — once it has begun — the
 * "Who did I meet?" capture.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { RecordActions } from '../../../components/record-page';
import { RecordConflicts } from '../../../components/record-conflicts';
import { SavedNoteWarning } from '../../../components/saved-note-warning';
import { removeEvent } from '../../../data/events';
import { restoreFromTrash } from '../../../data/trash';
import type { EventDetail as EventDetailData } from '../../../data/event-plans';
import type { Contact, Reminder } from '../../../domain/entities';
import { canCaptureMeetings } from '../../../domain/playbook/met-capture';
import { EVENT_KIND_LABELS, INTERACTION_KIND_LABELS, REMINDER_KIND_LABELS } from '../../../domain/vocabulary';
import { toLocalDate } from '../../../lib/dates';
import { dayLabel, dayRangeLabel } from '../../../lib/date-format';
import { showToast } from '../../../stores/toast-store';
import { EventFormDialog } from '../forms/event-form-dialog';
import { MetCaptureForm } from '../forms/met-capture-form';
import { windowLabel } from './event-dates';
import './events.css';
import { recordPath } from '../../../lib/record-links';
import { openLogMeeting } from '../../../stores/log-meeting-store';

const STATUS_LABELS: Record<Reminder['status'], string> = {
  open: 'Open',
  snoozed: 'Snoozed',
  done: 'Done',
  dismissed: 'Dismissed',
};

function ReminderStatus({ reminder, today }: { reminder: Reminder; today: string }) {
  if (reminder.status === 'done') return <span className="badge badge-success">Done</span>;
  if (reminder.status === 'dismissed') return <span className="badge">Dismissed</span>;
  if (reminder.status === 'snoozed' && reminder.snoozedUntil && reminder.snoozedUntil > today) {
    return <span className="badge">Snoozed to {dayLabel(reminder.snoozedUntil)}</span>;
  }
  if (reminder.latestDate < today) return <span className="badge badge-danger">Overdue</span>;
  if (reminder.dueDate <= today) return <span className="badge badge-warning">Due now</span>;
  return <span className="badge">{STATUS_LABELS[reminder.status]}</span>;
}

function contactName(contactsById: Record<string, Contact>, id: string | null): string {
  return (id && contactsById[id]?.name) || 'a deleted contact';
}

interface EventDetailProps {
  detail: EventDetailData;
  contacts: readonly Contact[];
  today: string;
}

export function EventDetailView({ detail, contacts, today }: EventDetailProps) {
  const { event, targets, reminders, interactions, contactsById } = detail;
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const outreachFor = (contactId: string) => reminders.find((r) => r.kind === 'pre-event-outreach' && r.contactId === contactId);
  const begun = canCaptureMeetings(event, today);

  async function remove() {
    try {
      const entry = await removeEvent(event.id);
      const cascaded = entry.items.length - 1;
      showToast({
        message: `“${event.name}” deleted${cascaded > 0 ? ` with its ${cascaded} ${cascaded === 1 ? 'reminder' : 'reminders'}` : ''}.`,
        action: {
          label: 'Undo',
          run: async () => {
            await restoreFromTrash(entry.id);
            navigate(recordPath('events', event.id));
          },
        },
      });
      navigate('/events');
    } catch (error) {
      showToast({ message: error instanceof Error ? error.message : 'The event could not be deleted.', tone: 'error' });
    }
  }

  return (
    <>
      <p className="back-link">
        <Link to="/events">← All events</Link>
      </p>
      <PageHeader
        title={event.name}
        description={
          <>
            {EVENT_KIND_LABELS[event.kind]} · {dayRangeLabel(event.startDate, event.endDate)}
            {event.place && <> · {event.place}</>}
          </>
        }
        actions={
          <RecordActions
            noun="event"
            deleteLabel="Delete"
            onLogMeeting={() => openLogMeeting({ eventId: event.id })}
            onEdit={() => setEditing(true)}
            onDelete={() => void remove()}
          />
        }
      />
      <RecordConflicts table="events" recordId={event.id} current={event as unknown as Record<string, unknown>} />
      <div className="event-detail-grid">
        <section className="card" aria-labelledby="event-targets">
          <h2 id="event-targets">People to meet</h2>
          {targets.length === 0 ? (
            <p className="muted">No one picked yet. Edit the event to add the people you hope to meet; each gets an outreach reminder.</p>
          ) : (
            <ul className="plain-list event-people">
              {targets.map((contact) => {
                const outreach = outreachFor(contact.id);
                const met = interactions.find((i) => i.contactIds.includes(contact.id));
                return (
                  <li key={contact.id}>
                    <div>
                      <Link to={recordPath('contacts', contact.id)}>{contact.name}</Link>
                      <span className="muted"> · {contact.institution || 'no institution'}</span>
                    </div>
                    <div className="event-person-outreach">
                      {met && <span className="badge badge-success">Met {dayLabel(toLocalDate(met.occurredAt))}</span>}
                      {outreach ? (
                        <>
                          <span>Outreach {windowLabel(outreach.dueDate, outreach.latestDate)}</span>{' '}
                          <ReminderStatus reminder={outreach} today={today} />
                          {(outreach.status === 'open' || outreach.status === 'snoozed') && (
                            <Link className="btn btn-small" to={`/templates?reminder=${outreach.id}`}>
                              Draft the note
                            </Link>
                          )}
                        </>
                      ) : (
                        <span className="muted">{begun ? 'Event has begun' : 'No outreach reminder'}</span>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="event-sessions">
          <h2 id="event-sessions">Sessions to attend</h2>
          {event.sessions.length === 0 ? (
            <p className="muted">None listed.</p>
          ) : (
            <ol className="event-sessions">
              {event.sessions.map((s, i) => (
                <li key={`${i}-${s}`}>{s}</li>
              ))}
            </ol>
          )}
          <SavedNoteWarning texts={[event.name, event.place, ...event.sessions, event.notes]} />
          {event.notes && (
            <>
              <h3>Notes</h3>
              <p className="event-notes">{event.notes}</p>
            </>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="event-reminders">
        <h2 id="event-reminders">Reminders for this event</h2>
        {reminders.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="plain-list event-reminders" aria-label="Reminders for this event">
            {reminders.map((r) => (
              <li key={r.id}>
                <div className="event-reminder-main">
                  <span className="badge">{REMINDER_KIND_LABELS[r.kind]}</span> <strong>{r.title}</strong>
                  <span className="muted"> · {contactName(contactsById, r.contactId)}</span>
                </div>
                <div className="event-reminder-when">
                  <span>{windowLabel(r.dueDate, r.latestDate)}</span> <ReminderStatus reminder={r} today={today} />
                  {(r.status === 'open' || r.status === 'snoozed') && r.contactId && (
                    <Link className="btn btn-small" to={`/templates?reminder=${r.id}`}>
                      Draft
                    </Link>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="event-conversations">
        <h2 id="event-conversations">Conversations logged here</h2>
        {interactions.length === 0 ? (
          <p className="muted">{begun ? 'None yet. Add them below.' : 'After the event begins, record who you met below.'}</p>
        ) : (
          <ul className="plain-list event-conversations">
            {interactions.map((i) => (
              <li key={i.id}>
                <strong>{i.contactIds.map((id) => contactName(contactsById, id)).join(', ')}</strong>
                <span className="muted">
                  {' '}
                  · {INTERACTION_KIND_LABELS[i.kind]} · {dayLabel(toLocalDate(i.occurredAt))}
                </span>
                {i.summary && <p className="event-conversation-topic">{i.summary}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {begun ? (
        <section className="card">
          <MetCaptureForm event={event} contacts={contacts} today={today} />
        </section>
      ) : (
        <EmptyState title="Who did I meet?">
          From the first day of the event ({dayLabel(event.startDate)}) you can record everyone you met here in one go; each
          gets a thank-you reminder.
        </EmptyState>
      )}

      {editing && <EventFormDialog event={event} contacts={contacts} onClose={() => setEditing(false)} />}
    </>
  );
}
