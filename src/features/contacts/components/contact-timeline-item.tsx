/** One interaction on a contact's timeline: when, what kind, the program, who else was there, and what was noted. */
import { Link } from 'react-router';
import { NotedLine, PeopleNames } from '../../../components/record-page';
import { SavedNoteWarning } from '../../../components/saved-note-warning';
import type { ContactDetail } from '../../../data/contacts';
import type { Interaction } from '../../../domain/entities';
import { INTERACTION_KIND_LABELS } from '../../../domain/vocabulary';
import { toLocalDate } from '../../../lib/dates';
import { dayLabel } from '../../../lib/date-format';
import { recordPath } from '../../../lib/record-links';

export function TimelineItem({ interaction, detail }: { interaction: Interaction; detail: ContactDetail }) {
  const others = interaction.contactIds.filter((id) => id !== detail.contact.id);
  const heading = interaction.summary || INTERACTION_KIND_LABELS[interaction.kind];
  return (
    <li className="timeline-item">
      <p className="timeline-when">
        <time dateTime={interaction.occurredAt}>{dayLabel(toLocalDate(interaction.occurredAt))}</time> ·{' '}
        {INTERACTION_KIND_LABELS[interaction.kind]}
        {interaction.programId && (
          <>
            {' · '}
            {detail.programNames[interaction.programId] ? (
              <Link to={recordPath('programs', interaction.programId)}>{detail.programNames[interaction.programId]}</Link>
            ) : (
              'Removed program'
            )}
          </>
        )}
      </p>
      <h3>{heading}</h3>
      {others.length > 0 && (
        <p className="muted">
          Also with: <PeopleNames ids={others} names={detail.contactNames} />
        </p>
      )}
      <SavedNoteWarning texts={[interaction.summary, interaction.notes, interaction.learned, interaction.nextStep]} />
      {interaction.notes && <p className="preformatted">{interaction.notes}</p>}
      <NotedLine label="Learned" text={interaction.learned} />
      <NotedLine label="Next step" text={interaction.nextStep} />
    </li>
  );
}
