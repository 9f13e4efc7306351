import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { EventsList } from '../../features/events/components/events-list';
import { EventFormDialog } from '../../features/events/forms/event-form-dialog';
import { useContactsByName, useEventSummaries } from '../../features/events/hooks/use-events';
import { useToday } from '../../lib/use-today';
import { recordPath } from '../../lib/record-links';

export function EventsRoute() {
  const today = useToday();
  const summaries = useEventSummaries();
  const contacts = useContactsByName();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  return (
    <>
      <PageHeader
        title="Events"
        description="Conferences and open houses: who to meet, a note before, a thank-you after."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} disabled={contacts === undefined}>
            New event
          </button>
        }
      />
      {summaries === undefined ? (
        <p className="muted" aria-busy="true">
          Loading events…
        </p>
      ) : (
        <EventsList summaries={summaries} today={today} onCreate={() => setCreating(true)} />
      )}
      {creating && contacts && (
        <EventFormDialog contacts={contacts} onClose={() => setCreating(false)} onSaved={({ event }) => navigate(recordPath('events', event.id))} />
      )}
    </>
  );
}
