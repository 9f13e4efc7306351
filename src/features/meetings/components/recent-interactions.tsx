/** The latest logged touches, newest first, each naming its people with links to their pages. */
import { Fragment } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { relativeDay } from '../../../domain/follow-ups/inbox';
import { INTERACTION_KIND_LABELS } from '../../../domain/vocabulary';
import { toLocalDate } from '../../../lib/dates';
import { timeLabel } from '../../../lib/date-format';
import { useRecentInteractions } from '../hooks/use-recent-interactions';
import { LogMeetingButton } from './log-meeting-button';
import './recent-interactions.css';
import { recordPath } from '../../../lib/record-links';

export function RecentInteractions({ today, limit = 8 }: { today: string; limit?: number }) {
  const interactions = useRecentInteractions(limit);
  if (interactions === undefined) return <p className="muted">Loading recent meetings…</p>;
  if (interactions.length === 0) {
    return (
      <EmptyState title="No meetings logged yet" action={<LogMeetingButton />}>
        After a conversation, log it here: Rapport proposes the thank-you and follow-ups for you.
      </EmptyState>
    );
  }
  return (
    <ol className="plain-list recent-interactions">
      {interactions.map((interaction) => {
        const day = toLocalDate(interaction.occurredAt);
        return (
          <li key={interaction.id} className="recent-interaction">
            <div className="recent-when">
              <time dateTime={interaction.occurredAt}>
                {capitalize(relativeDay(day, today))}, {timeLabel(interaction.occurredAt)}
              </time>
              <span className="badge">{INTERACTION_KIND_LABELS[interaction.kind]}</span>
            </div>
            <div className="recent-what">
              <span className="recent-people">
                {interaction.people.length === 0 ? (
                  <span className="muted">Contact deleted</span>
                ) : (
                  interaction.people.map((person, index) => (
                    <Fragment key={person.id}>
                      {index > 0 && ', '}
                      <Link to={recordPath('contacts', person.id)}>{person.name}</Link>
                    </Fragment>
                  ))
                )}
              </span>
              {interaction.summary && <span className="recent-summary">{interaction.summary}</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
