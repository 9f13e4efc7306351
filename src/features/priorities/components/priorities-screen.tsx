/**
 * Priorities: programs to focus on and people to contact next, each score explained.
 *
 * Filters (track, region) live in the URL. They narrow the programs; the people list
 * then keeps only contacts linked to at least one program that passes, so both lists
 * answer the same question ("within Integrated IR in the Midwest, where and whom?").
 * Places are renumbered within the filtered lists.
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { WeightsPanel } from '../../../components/weights-panel';
import { PageHeader } from '../../../components/page-header';
import type { Program } from '../../../domain/entities';
import { neighbourComparison } from '../../../domain/scoring/compare';
import { COMPETITIVENESS_LABELS } from '../../../domain/scoring/factors';
import type { ContactScore, NextAction, ProgramScore } from '../../../domain/scoring/types';
import { openLogMeeting } from '../../../stores/log-meeting-store';
import { REGIONS, REGION_LABELS, TRACKS, TRACK_LABELS, type Region, type Track } from '../../../domain/vocabulary';
import { usePriorities } from '../hooks/use-priorities';
import { PriorityRow } from './priority-row';
import { RankedList } from './ranked-list';
import './priorities.css';
import { recordPath } from '../../../lib/record-links';

function isTrack(value: string | null): value is Track {
  return value !== null && (TRACKS as readonly string[]).includes(value);
}
function isRegion(value: string | null): value is Region {
  return value !== null && (REGIONS as readonly string[]).includes(value);
}

/** The detail repeats the label the badge already shows ("Target: your Step 2 CK…"); show the rest. */
function withoutLabel(detail: string, label: string): string {
  const prefix = `${label}: `;
  if (!detail.startsWith(prefix)) return detail;
  const rest = detail.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function PrioritiesScreen() {
  const priorities = usePriorities();
  const [params, setParams] = useSearchParams();
  const trackParam = params.get('track');
  const regionParam = params.get('region');
  const track = isTrack(trackParam) ? trackParam : null;
  const region = isRegion(regionParam) ? regionParam : null;

  const setFilter = (key: 'track' | 'region', value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  };

  const filtered = useMemo(() => {
    if (priorities === undefined) return undefined;
    const { ranking, programsById, contactsById } = priorities;
    const passes = (program: Program | undefined) =>
      program !== undefined && (track === null || program.track === track) && (region === null || program.region === region);
    const programs = ranking.programs.filter((p) => passes(programsById.get(p.id)));
    const filtering = track !== null || region !== null;
    const contacts = filtering
      ? ranking.contacts.filter((c) => contactsById.get(c.id)?.programIds.some((id) => passes(programsById.get(id))) ?? false)
      : ranking.contacts;
    return { programs, contacts };
  }, [priorities, track, region]);

  const header = (
    <PageHeader
      title="Priorities"
      description="Where to spend your time: programs ranked by fit, connection, engagement and your own interest; people by relationship strength, leverage and urgency. Open Weights to decide what counts; the lists re-rank as you move a slider."
    />
  );

  if (priorities === undefined || filtered === undefined) {
    return (
      <>
        {header}
        <p className="muted" role="status">
          Loading…
        </p>
      </>
    );
  }

  const { ranking, programsById, contactsById, scoring } = priorities;
  if (ranking.programs.length === 0 && ranking.contacts.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title="Nothing to rank yet"
          action={
            <>
              <Link className="btn btn-primary" to="/programs">
                Add a program
              </Link>
              <Link className="btn" to="/contacts">
                Add a contact
              </Link>
            </>
          }
        >
          Add the programs you are considering and the people you know there; Rapport then ranks them and shows why.
        </EmptyState>
      </>
    );
  }

  const filterNote = track !== null || region !== null;
  return (
    <>
      {header}
      <form className="priority-filters row" aria-label="Filter priorities" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="priority-track">Track</label>
          <select id="priority-track" value={track ?? ''} onChange={(e) => setFilter('track', e.target.value)}>
            <option value="">All tracks</option>
            {TRACKS.map((t) => (
              <option key={t} value={t}>
                {TRACK_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="priority-region">Region</label>
          <select id="priority-region" value={region ?? ''} onChange={(e) => setFilter('region', e.target.value)}>
            <option value="">All regions</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {REGION_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        {filterNote && <p className="muted priority-filter-note">People are limited to those linked to a matching program.</p>}
      </form>
      <details className="card priority-weights">
        <summary>Weights</summary>
        <WeightsPanel scoring={scoring} />
      </details>
      <div className="priority-columns">
        <RankedList<ProgramScore>
          key={`programs-${track ?? ''}-${region ?? ''}`}
          title="Programs to focus on"
          rows={filtered.programs}
          empty={filterNote ? 'No program matches these filters.' : 'No programs yet.'}
          renderRow={(row, place) => {
            const program = programsById.get(row.id);
            const competitiveness = row.competitiveness;
            // The next row down, as the list shows it (filters applied): one line on why this one is ahead.
            const next = filtered.programs.at(place);
            return (
              <PriorityRow
                key={row.id}
                rank={place}
                name={program?.name ?? 'Unnamed program'}
                href={recordPath('programs', row.id)}
                score={row.score}
                contributions={row.contributions}
                extra={
                  <p className="priority-extra">
                    <span className={`badge competitiveness-${competitiveness.label}`}>
                      {COMPETITIVENESS_LABELS[competitiveness.label]}
                    </span>{' '}
                    <span className="muted">{withoutLabel(competitiveness.detail, COMPETITIVENESS_LABELS[competitiveness.label])}</span>
                    {next !== undefined && (
                      <span className="priority-comparison">
                        {neighbourComparison(row, next, programsById.get(next.id)?.name ?? 'the next program')}
                      </span>
                    )}
                  </p>
                }
              />
            );
          }}
        />
        <RankedList<ContactScore>
          key={`contacts-${track ?? ''}-${region ?? ''}`}
          title="People to contact next"
          rows={filtered.contacts}
          empty={filterNote ? 'Nobody is linked to a matching program.' : 'No contacts yet.'}
          renderRow={(row, place) => {
            const name = contactsById.get(row.id)?.name ?? 'Unnamed contact';
            const next = filtered.contacts.at(place);
            return (
              <PriorityRow
                key={row.id}
                rank={place}
                name={name}
                href={recordPath('contacts', row.id)}
                score={row.score}
                contributions={row.contributions}
                extra={
                  <p className="priority-extra">
                    <span className="priority-action-label">Next:</span> {row.nextAction.text}{' '}
                    <NextActionButton contactId={row.id} name={name} action={row.nextAction} />
                    {next !== undefined && (
                      <span className="priority-comparison">
                        {neighbourComparison(row, next, contactsById.get(next.id)?.name ?? 'the next person')}
                      </span>
                    )}
                  </p>
                }
              />
            );
          }}
        />
      </div>
    </>
  );
}

/** The template that writes each kind of message a next action asks for; commitments are logged instead. */
const DRAFT_TEMPLATE: Partial<Record<NextAction['kind'], string>> = {
  'keep-in-touch': 'mentor-progress-update',
  update: 'mentor-progress-update',
  introduce: 'first-contact',
  'ask-to-meet': 'first-contact',
};

/**
 * The button that does what the next action says: a draft of the message (for
 * a reminder, its own draft), or the Log meeting dialog for a promise to deliver.
 */
function NextActionButton({ contactId, name, action }: { contactId: string; name: string; action: NextAction }) {
  const forWhom = <span className="visually-hidden"> for {name}</span>;
  if (action.reminderId !== null) {
    return (
      <Link className="btn btn-small" to={`/templates?reminder=${encodeURIComponent(action.reminderId)}`}>
        Draft it{forWhom}
      </Link>
    );
  }
  const template = DRAFT_TEMPLATE[action.kind];
  if (template !== undefined) {
    const query = new URLSearchParams({ contact: contactId, template });
    return (
      <Link className="btn btn-small" to={`/templates?${query.toString()}`}>
        Draft it{forWhom}
      </Link>
    );
  }
  return (
    <button type="button" className="btn btn-small" onClick={() => openLogMeeting({ contactIds: [contactId] })}>
      Log it{forWhom}
    </button>
  );
}
