/**
 * One contact: every field, how you are connected, what is open between you
 * (reminders, commitments both ways) and the timeline of interactions. Links
 * to deleted people or programs show as "Removed …" instead of breaking.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DetailCard } from '../../../components/detail-card';
import { DeleteRecordDialog, RecordActions, RecordHeader, useDeleteWithUndo, useRecordTitle } from '../../../components/record-page';
import { RecordConflicts } from '../../../components/record-conflicts';
import { StageBadge } from '../../../components/stage-badge';
import type { ContactDetail } from '../../../data/contacts';
import { removeContact } from '../../../data/contacts';
import { daysSinceTouch, nextTouchDue, touchAgoLabel } from '../../../domain/contact-facts';
import type { Commitment, Contact, Interaction } from '../../../domain/entities';
import {
  CONTACT_ROLE_LABELS,
  LETTER_STATUS_LABELS,
  REMINDER_KIND_LABELS,
} from '../../../domain/vocabulary';
import { localDaysBetween, toLocalDate } from '../../../lib/dates';
import { dayLabel } from '../../../lib/date-format';
import { mailtoHref, telHref } from '../../../lib/safe-link';
import { useToday } from '../../../lib/use-today';
import { showToast } from '../../../stores/toast-store';
import { ContactFormDialog } from '../forms/contact-form-dialog';
import { ContactNotesCard, ContactReachCard, ContactRelationshipCard } from './contact-facts-cards';
import { TimelineItem } from './contact-timeline-item';
import { useContactDetail } from '../hooks/use-contacts';
import './contacts.css';
import { recordPath } from '../../../lib/record-links';
import { RecordNotFound } from '../../../components/record-not-found';
import { openLogMeeting } from '../../../stores/log-meeting-store';

export function ContactPage({ contactId }: { contactId: string }) {
  const detail = useContactDetail(contactId);
  const navigate = useNavigate();
  // The contact as it was when editing began: if another tab deletes it meanwhile, the form stays open with the typed text.
  const [editing, setEditing] = useState<Contact | null>(null);
  useRecordTitle(detail?.contact.name);

  const editDialog = editing && (
    <ContactFormDialog
      contact={detail?.contact ?? editing}
      deleted={detail === null}
      onClose={() => setEditing(null)}
      onSaved={(saved) => {
        setEditing(null);
        if (saved.id !== contactId) {
          showToast({ message: `Saved ${saved.name} as a new contact.`, tone: 'success' });
          navigate(recordPath('contacts', saved.id));
        } else {
          showToast({ message: `Saved changes to ${saved.name}.`, tone: 'success' });
        }
      }}
    />
  );

  // The dialog keeps its place in the tree whatever happens to the contact, so React keeps its typed state.
  return (
    <>
      {editDialog}
      {detail === undefined ? (
        <p className="muted" aria-busy="true">
          Loading contact…
        </p>
      ) : detail === null ? (
        <RecordNotFound noun="contact" plural="contacts" listPath="/contacts" />
      ) : (
        <ContactDetailView detail={detail} onEdit={() => setEditing(detail.contact)} />
      )}
    </>
  );
}

function ContactDetailView({ detail, onEdit }: { detail: ContactDetail; onEdit: () => void }) {
  const { contact } = detail;
  const today = useToday();
  const deleteWithUndo = useDeleteWithUndo('/contacts');
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const days = daysSinceTouch(contact.lastTouchAt, today);
  const dueDay = nextTouchDue(contact.lastTouchAt, contact.cadenceDays);
  const email = mailtoHref(contact.email);
  const phone = telHref(contact.phone);
  const commitments = detail.interactions.flatMap((interaction) =>
    interaction.commitments.map((commitment) => ({ commitment, interaction })),
  );
  const reminderCount = detail.openReminders.length;

  // The page goes back to the list, so the confirm dialog goes with it.
  const deleteContact = () => deleteWithUndo(contact.name, () => removeContact(contact.id));

  return (
    <article className="contact-page" aria-labelledby="contact-name">
      <RecordHeader
        titleId="contact-name"
        name={contact.name}
        sample={contact.sample}
        subtitle={[contact.title, contact.institution].filter(Boolean).join(' · ') || CONTACT_ROLE_LABELS[contact.role]}
        badges={
          <>
            <StageBadge stage={contact.stage} />
            <span className="badge">{CONTACT_ROLE_LABELS[contact.role]}</span>
            {contact.letterStatus !== 'none' && <span className="badge badge-success">{LETTER_STATUS_LABELS[contact.letterStatus]}</span>}
          </>
        }
        actions={
          <RecordActions
            noun="contact"
            onLogMeeting={() => openLogMeeting({ contactIds: [contact.id] })}
            onEdit={onEdit}
            onDelete={() => setConfirmingDelete(true)}
          >
            {email && (
              <a className="btn" href={email}>
                Email
              </a>
            )}
            {phone && (
              <a className="btn" href={phone}>
                Call
              </a>
            )}
          </RecordActions>
        }
      />
      <RecordConflicts table="contacts" recordId={contact.id} current={contact as unknown as Record<string, unknown>} />

      <div className="detail-grid">
        <div className="stack">
          <DetailCard title="Open reminders">
            {reminderCount === 0 ? (
              <p className="muted">Nothing due for <bdi>{contact.name}</bdi>.</p>
            ) : (
              <ul className="link-list">
                {detail.openReminders.map((reminder) => {
                  const due = reminder.status === 'snoozed' && reminder.snoozedUntil ? reminder.snoozedUntil : reminder.dueDate;
                  const late = localDaysBetween(due, today);
                  return (
                    <li key={reminder.id}>
                      <strong>{reminder.title}</strong>{' '}
                      <span className="badge">{REMINDER_KIND_LABELS[reminder.kind]}</span>{' '}
                      <span className={late > 0 ? 'badge badge-danger' : 'muted'}>
                        {reminder.status === 'snoozed' ? 'Snoozed until ' : 'Due '}
                        {dayLabel(due)}
                        {late > 0 ? ` · ${late} ${late === 1 ? 'day' : 'days'} overdue` : ''}
                      </span>
                      {reminder.reason && <p className="muted">{reminder.reason}</p>}
                    </li>
                  );
                })}
              </ul>
            )}
          </DetailCard>

          <DetailCard title="Commitments">
            <div className="commitment-columns">
              <CommitmentList title="I promised" items={commitments.filter((c) => c.commitment.direction === 'promised')} today={today} />
              <CommitmentList title="They offered" items={commitments.filter((c) => c.commitment.direction === 'offered')} today={today} />
            </div>
          </DetailCard>

          <DetailCard title="Timeline">
            {detail.interactions.length === 0 ? (
              <p className="muted">No interactions logged yet. Log a meeting, call or email to start the timeline.</p>
            ) : (
              <ol className="timeline" aria-label="Interactions, newest first">
                {detail.interactions.map((interaction) => (
                  <TimelineItem key={interaction.id} interaction={interaction} detail={detail} />
                ))}
              </ol>
            )}
          </DetailCard>

          <ContactNotesCard contact={contact} />
        </div>

        <div className="stack">
          <DetailCard title="Keeping in touch">
            <dl className="detail-list">
              <dt>Last touch</dt>
              <dd>
                {contact.lastTouchAt ? (
                  <>
                    {dayLabel(toLocalDate(contact.lastTouchAt))} <span className="muted">({touchAgoLabel(days)})</span>
                  </>
                ) : (
                  'Never — no interaction logged'
                )}
              </dd>
              <dt>Cadence</dt>
              <dd>
                {contact.cadenceDays === null ? (
                  <span className="muted">No cadence set</span>
                ) : (
                  <>
                    Every {contact.cadenceDays} {contact.cadenceDays === 1 ? 'day' : 'days'}
                    {dueDay && (
                      <span className={dueDay < today ? 'badge badge-danger' : 'muted'}>
                        {' '}
                        {dueDay < today
                          ? `next touch overdue since ${dayLabel(dueDay)}`
                          : `next touch by ${dayLabel(dueDay)}`}
                      </span>
                    )}
                  </>
                )}
              </dd>
            </dl>
          </DetailCard>

          <ContactReachCard contact={contact} />
          <ContactRelationshipCard detail={detail} />

          <DetailCard title="Programs">
            {detail.programs.length === 0 ? (
              <p className="muted">Not linked to any program.</p>
            ) : (
              <ul className="link-list">
                {detail.programs.map(({ id, program }) => (
                  <li key={id}>
                    {program ? <Link to={recordPath('programs', id)}>{program.name}</Link> : <span className="muted">Removed program</span>}
                  </li>
                ))}
              </ul>
            )}
          </DetailCard>

          <DetailCard title="Tags and interests">
            <dl className="detail-list">
              <dt>Tags</dt>
              <dd>
                <Labels items={contact.tags} empty="No tags" />
              </dd>
              <dt>Interests</dt>
              <dd>
                <Labels items={contact.interests} empty="None recorded" />
              </dd>
            </dl>
          </DetailCard>
        </div>
      </div>

      {confirmingDelete && (
        <DeleteRecordDialog name={contact.name} noun="contact" onConfirm={deleteContact} onClose={() => setConfirmingDelete(false)}>
          <p>
            <bdi>{contact.name}</bdi> moves to the trash
            {reminderCount > 0 ? ` with ${reminderCount} open ${reminderCount === 1 ? 'reminder' : 'reminders'}` : ''}. You
            can undo right away, or restore later from Settings → Trash.
          </p>
          {detail.interactions.length > 0 && (
            <p className="muted">
              The {detail.interactions.length} logged {detail.interactions.length === 1 ? 'interaction stays' : 'interactions stay'} and
              will show “Removed contact” in their place.
            </p>
          )}
        </DeleteRecordDialog>
      )}
    </article>
  );
}

function Labels({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="tag-list">
      {items.map((item) => (
        <li key={item} className="badge">
          {item}
        </li>
      ))}
    </ul>
  );
}

interface CommitmentItem {
  commitment: Commitment;
  interaction: Interaction;
}

function CommitmentList({ title, items, today }: { title: string; items: CommitmentItem[]; today: string }) {
  const sorted = [...items].sort(
    (a, b) =>
      Number(a.commitment.done) - Number(b.commitment.done) ||
      (a.commitment.dueDate ?? '9999').localeCompare(b.commitment.dueDate ?? '9999'),
  );
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {sorted.length === 0 ? (
        <p className="muted">Nothing recorded.</p>
      ) : (
        <ul className="link-list">
          {sorted.map(({ commitment, interaction }) => (
            <li key={commitment.id}>
              <span className={commitment.done ? 'muted' : undefined}>{commitment.text}</span>{' '}
              {commitment.done ? (
                <span className="badge badge-success">Done</span>
              ) : commitment.dueDate ? (
                <span className={commitment.dueDate < today ? 'badge badge-danger' : 'badge'}>
                  {commitment.dueDate < today ? 'Overdue since' : 'Due'} {dayLabel(commitment.dueDate)}
                </span>
              ) : null}
              <span className="muted"> · from {dayLabel(toLocalDate(interaction.occurredAt))}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
