/** The Events list: upcoming and ongoing events first (soonest first), then past ones (latest first). */
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import type { EventSummary } from '../../../data/event-plans';
import { EVENT_KIND_LABELS } from '../../../domain/vocabulary';
import { dayRangeLabel } from '../../../lib/date-format';
import './events.css';
import { recordPath } from '../../../lib/record-links';

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

function EventCard({ summary, today }: { summary: EventSummary; today: string }) {
  const { event, openOutreach, conversations } = summary;
  const ongoing = event.startDate <= today && today <= event.endDate;
  const facts = [
    plural(event.targetContactIds.length, 'person to meet', 'people to meet'),
    event.sessions.length > 0 ? plural(event.sessions.length, 'session', 'sessions') : null,
    openOutreach > 0 ? plural(openOutreach, 'outreach reminder open', 'outreach reminders open') : null,
    conversations > 0 ? plural(conversations, 'conversation logged', 'conversations logged') : null,
  ].filter(Boolean);
  return (
    <li className="card event-card">
      <div className="event-card-head">
        <h3>
          <Link to={recordPath('events', event.id)}>{event.name}</Link>
        </h3>
        <span className="badge">{EVENT_KIND_LABELS[event.kind]}</span>
        {ongoing && <span className="badge badge-success">On now</span>}
      </div>
      <p className="event-card-when">
        {dayRangeLabel(event.startDate, event.endDate)}
        {event.place && <> · {event.place}</>}
      </p>
      <p className="muted event-card-facts">{facts.join(' · ')}</p>
    </li>
  );
}

export function EventsList({ summaries, today, onCreate }: { summaries: EventSummary[]; today: string; onCreate: () => void }) {
  if (summaries.length === 0) {
    return (
      <EmptyState
        title="No events yet"
        action={
          <button type="button" className="btn btn-primary" onClick={onCreate}>
            Add your first event
          </button>
        }
      >
        Add a conference, regional meeting or open house, with the people you hope to meet there. Rapport reminds you to reach
        out one to two weeks before, and to thank the people you met within a week after.
      </EmptyState>
    );
  }
  const upcoming = summaries.filter((s) => s.event.endDate >= today);
  const past = summaries.filter((s) => s.event.endDate < today).reverse();
  return (
    <div className="stack">
      <section aria-labelledby="events-upcoming">
        <h2 id="events-upcoming">Upcoming</h2>
        {upcoming.length === 0 ? (
          <p className="muted">Nothing planned. Add the next meeting you will attend.</p>
        ) : (
          <ul className="plain-list event-cards">
            {upcoming.map((s) => (
              <EventCard key={s.event.id} summary={s} today={today} />
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="events-past">
          <h2 id="events-past">Past</h2>
          <ul className="plain-list event-cards">
            {past.map((s) => (
              <EventCard key={s.event.id} summary={s} today={today} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
