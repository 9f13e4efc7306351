import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { EventDetailView } from '../../features/events/components/event-detail';
import { useContactsByName, useEventDetail } from '../../features/events/hooks/use-events';
import { useToday } from '../../lib/use-today';

export function EventRoute() {
  const { eventId = '' } = useParams();
  const today = useToday();
  const detail = useEventDetail(eventId);
  const contacts = useContactsByName();
  const name = detail?.event.name;

  useEffect(() => {
    if (name) document.title = `${name} · Events · Rapport`;
  }, [name]);

  if (detail === undefined || contacts === undefined) {
    return (
      <p className="muted" aria-busy="true">
        Loading the event…
      </p>
    );
  }
  if (detail === null) {
    return (
      <>
        <PageHeader title="Event not found" />
        <EmptyState title="This event no longer exists" action={<Link to="/events">Back to Events</Link>}>
          It may have been deleted, here or in another tab. Deleted events can be restored from the trash.
        </EmptyState>
      </>
    );
  }
  return <EventDetailView detail={detail} contacts={contacts} today={today} />;
}
