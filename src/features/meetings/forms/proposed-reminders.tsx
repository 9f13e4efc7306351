/**
 * The follow-ups the rules propose for this meeting, shown before saving:
 * each can be unticked, re-titled and moved. Proposals whose window has
 * already passed start unticked and say so.
 */
import { useId } from 'react';
import { CheckedField } from '../../../components/checked-field';
import { Field } from '../../../components/field';
import type { ProposalChoice, ReviewedProposal } from '../../../domain/meeting-form';
import type { FieldIssue } from '../../../domain/validation';
import { REMINDER_KIND_LABELS } from '../../../domain/vocabulary';
import { windowLabel } from '../../../domain/follow-ups/inbox';
import type { CadenceMove } from '../../../domain/follow-ups/cadence';
import type { ReplacedReminder } from '../../../domain/follow-ups/update-family';
import { shortDayLabel } from '../../../lib/date-format';

interface ProposedRemindersProps {
  reviewed: ReviewedProposal[] | undefined;
  /** Why there is nothing to propose yet, when that is the case. */
  waitingFor: string | null;
  issues: Record<string, FieldIssue[]>;
  today: string;
  /** Where contacts' keep-in-touch reminders go; shown for those no kept follow-up replaces. */
  cadenceMoves?: readonly CadenceMove[];
  onChange: (key: string, choice: ProposalChoice) => void;
}

export function ProposedReminders({ reviewed, waitingFor, issues, today, cadenceMoves = [], onChange }: ProposedRemindersProps) {
  const headingId = useId();
  const kept = reviewed?.filter((r) => r.include).length ?? 0;
  const moves =
    waitingFor === null && reviewed !== undefined
      ? cadenceMoves.filter(
          (m) =>
            m.fromDueDate !== m.toDueDate &&
            !reviewed.some((r) => r.include && r.proposal.kind === 'follow-up' && r.proposal.contactId === m.contactId),
        )
      : [];
  return (
    <section className="proposals" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Reminders to create{reviewed && reviewed.length > 0 ? ` (${kept} of ${reviewed.length})` : ''}
      </h3>
      {waitingFor !== null ? (
        <p className="muted">{waitingFor}</p>
      ) : reviewed === undefined ? (
        <p className="muted" aria-busy="true">
          Working out the follow-ups…
        </p>
      ) : reviewed.length === 0 ? (
        <p className="muted">
          {moves.length > 0
            ? 'No new reminder is needed for this touch.'
            : 'No follow-up rule applies to this touch. Contacts with a keep-in-touch cadence still get their next update reminder moved.'}
        </p>
      ) : (
        <ul className="plain-list stack">
          {reviewed.map((item) => (
            <ProposalRow
              key={item.proposal.key}
              item={item}
              issues={issues[item.proposal.key] ?? []}
              today={today}
              onChange={(choice) => onChange(item.proposal.key, choice)}
            />
          ))}
        </ul>
      )}
      {moves.length > 0 && (
        <ul className="plain-list cadence-moves" aria-label="Keep-in-touch reminders">
          {moves.map((m) => (
            <li key={m.contactId}>
              {m.fromDueDate === null
                ? `Keep in touch: the next update reminder for ${m.name} will be due ${shortDayLabel(m.toDueDate)}.`
                : `Keep in touch: the update reminder for ${m.name} moves from ${shortDayLabel(m.fromDueDate)} to ${shortDayLabel(m.toDueDate)}.`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProposalRow({
  item,
  issues,
  today,
  onChange,
}: {
  item: ReviewedProposal;
  issues: FieldIssue[];
  today: string;
  onChange: (choice: ProposalChoice) => void;
}) {
  const id = useId();
  const issue = (field: string) => issues.find((i) => i.field === field)?.message;
  const { proposal } = item;
  const validWindow = /^\d{4}-\d{2}-\d{2}$/.test(item.dueDate) && /^\d{4}-\d{2}-\d{2}$/.test(item.latestDate);
  return (
    <li className={`proposal${item.include ? '' : ' proposal-off'}`}>
      <div className="proposal-head">
        <input
          id={`${id}-include`}
          type="checkbox"
          checked={item.include}
          aria-describedby={`${id}-reason`}
          onChange={(event) => onChange({ include: event.target.checked })}
        />
        <label htmlFor={`${id}-include`} className="proposal-title">
          {item.title || proposal.title}
        </label>
        <span className="badge">{REMINDER_KIND_LABELS[proposal.kind]}</span>
        {proposal.windowPassed && <span className="badge badge-warning">window already passed</span>}
      </div>
      <p id={`${id}-reason`} className="proposal-reason muted">
        {validWindow && item.dueDate <= item.latestDate
          ? `${capitalize(windowLabel({ dueDate: item.dueDate, latestDate: item.latestDate, status: 'open', snoozedUntil: null }, today))}. `
          : ''}
        {proposal.reason}
      </p>
      {item.include && proposal.replaces.length > 0 && (
        <p className="proposal-replaces">{replacesLabel(proposal.replaces)}</p>
      )}
      {item.include && (
        <div className="proposal-fields" role="group" aria-label={`Edit “${item.title || proposal.title}”`}>
          <CheckedField label="Title" error={issue('title')} className="proposal-title-field" text={item.title} subject="title">
            <input type="text" value={item.title} onChange={(event) => onChange({ title: event.target.value })} />
          </CheckedField>
          <Field label="Due" error={issue('dueDate')}>
            <input type="date" value={item.dueDate} onChange={(event) => onChange({ dueDate: event.target.value })} />
          </Field>
          <Field label="Latest" error={issue('latestDate')}>
            <input
              type="date"
              value={item.latestDate}
              min={item.dueDate || undefined}
              onChange={(event) => onChange({ latestDate: event.target.value })}
            />
          </Field>
        </div>
      )}
    </li>
  );
}

/** "Replaces the keep-in-touch reminder due Tue 12 Jan." */
function replacesLabel(replaced: readonly ReplacedReminder[]): string {
  const parts = replaced.map(
    (r) => `the ${r.kind === 'keep-in-touch' ? 'keep-in-touch reminder' : 'earlier follow-up'} due ${shortDayLabel(r.dueDate)}`,
  );
  return `Replaces ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
