/**
 * One program: its details, your ratings per criterion, the applicant figures
 * you typed in, the people you know there, the interactions held there and
 * your notes by topic.
 */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { DetailCard } from '../../../components/detail-card';
import { DeleteRecordDialog, NotedLine, PeopleNames, RecordActions, RecordHeader, useDeleteWithUndo, useRecordTitle } from '../../../components/record-page';
import { RecordConflicts } from '../../../components/record-conflicts';
import { StageBadge } from '../../../components/stage-badge';
import { SavedNoteWarning } from '../../../components/saved-note-warning';
import { removeProgram, setProgramStatus, type ProgramDetail } from '../../../data/programs';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  CONTACT_ROLE_LABELS,
  INTERACTION_KIND_LABELS,
  PROGRAM_CRITERIA,
  PROGRAM_CRITERION_LABELS,
  REGION_LABELS,
  TRACK_LABELS,
} from '../../../domain/vocabulary';
import { toLocalDate } from '../../../lib/dates';
import { dayLabel } from '../../../lib/date-format';
import { safeHref } from '../../../lib/safe-link';
import { showToast } from '../../../stores/toast-store';
import { ProgramFormDialog } from '../forms/program-form-dialog';
import { useProgramDetail } from '../hooks/use-programs';
import './programs.css';
import { recordPath } from '../../../lib/record-links';
import { openLogMeeting } from '../../../stores/log-meeting-store';
import { RecordNotFound } from '../../../components/record-not-found';

export function ProgramPage({ programId }: { programId: string }) {
  const detail = useProgramDetail(programId);
  useRecordTitle(detail?.program.name);

  if (detail === undefined) return <p className="muted" aria-busy="true">Loading program…</p>;
  if (detail === null) return <RecordNotFound noun="program" plural="programs" listPath="/programs" />;
  return <ProgramDetailView detail={detail} />;
}

function ProgramDetailView({ detail }: { detail: ProgramDetail }) {
  const { program } = detail;
  const deleteWithUndo = useDeleteWithUndo('/programs');
  const statusId = useId();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const website = safeHref(program.website);
  const place = [program.city, program.state].filter(Boolean).join(', ');
  const topicNotes = [
    ['Case mix', program.caseMixNotes],
    ['Culture', program.cultureNotes],
    ['Research', program.researchNotes],
    ['Call', program.callNotes],
    ['Other notes', program.notes],
  ] as const;

  // The page goes back to the list, so the confirm dialog goes with it.
  const deleteProgram = () => deleteWithUndo(program.name, () => removeProgram(program.id));

  return (
    <article aria-labelledby="program-name">
      <RecordHeader
        titleId="program-name"
        name={program.name}
        sample={program.sample}
        subtitle={[program.institution, place].filter(Boolean).join(' · ')}
        badges={
          <>
            <span className="badge">{TRACK_LABELS[program.track]}</span>
            <span className="badge">{APPLICATION_STATUS_LABELS[program.status]}</span>
          </>
        }
        actions={
          <RecordActions
            noun="program"
            onLogMeeting={() => openLogMeeting({ programId: program.id })}
            onEdit={() => setEditing(true)}
            onDelete={() => setConfirmingDelete(true)}
          />
        }
      />
      <RecordConflicts table="programs" recordId={program.id} current={program as unknown as Record<string, unknown>} />

      <div className="detail-grid">
        <div className="stack">
          <DetailCard title="People you know here">
            {detail.contacts.length === 0 ? (
              <p className="muted">No contacts linked yet. Link people to this program from their contact page.</p>
            ) : (
              <ul className="link-list" aria-label={`Contacts at ${program.name}`}>
                {detail.contacts.map((contact) => (
                  <li key={contact.id} className="person-line">
                    <Link to={recordPath('contacts', contact.id)}>{contact.name}</Link>{' '}
                    <span className="muted">{contact.title || CONTACT_ROLE_LABELS[contact.role]}</span>{' '}
                    <StageBadge stage={contact.stage} />
                  </li>
                ))}
              </ul>
            )}
          </DetailCard>

          <DetailCard title="Interactions here">
            {detail.interactions.length === 0 ? (
              <p className="muted">No interactions logged at this program yet.</p>
            ) : (
              <ol className="timeline" aria-label="Interactions, newest first">
                {detail.interactions.map((interaction) => (
                  <li key={interaction.id} className="timeline-item">
                    <p className="timeline-when">
                      <time dateTime={interaction.occurredAt}>{dayLabel(toLocalDate(interaction.occurredAt))}</time> ·{' '}
                      {INTERACTION_KIND_LABELS[interaction.kind]}
                    </p>
                    <h3>{interaction.summary || INTERACTION_KIND_LABELS[interaction.kind]}</h3>
                    <p className="muted">
                      With <PeopleNames ids={interaction.contactIds} names={detail.contactNames} />
                    </p>
                    <NotedLine label="Next step" text={interaction.nextStep} />
                  </li>
                ))}
              </ol>
            )}
          </DetailCard>

          <DetailCard title="Notes">
            <SavedNoteWarning texts={[program.name, program.institution, ...topicNotes.map(([, text]) => text)]} />
            {topicNotes.every(([, text]) => text === '') ? (
              <p className="muted">No notes yet. Edit the program to add notes on case mix, culture, research and call.</p>
            ) : (
              <dl className="detail-list notes-list">
                {topicNotes.map(([label, text]) => (
                  <div key={label} className="notes-entry">
                    <dt>{label}</dt>
                    <dd className="preformatted">{text || <span className="muted">Nothing yet</span>}</dd>
                  </div>
                ))}
              </dl>
            )}
          </DetailCard>
        </div>

        <div className="stack">
          <DetailCard title="At a glance">
            <dl className="detail-list">
              <dt>
                <label htmlFor={statusId}>Status</label>
              </dt>
              <dd>
                <select
                  id={statusId}
                  className="inline-select"
                  value={program.status}
                  onChange={async (e) => {
                    const next = APPLICATION_STATUSES.find((s) => s === e.currentTarget.value);
                    if (!next) return;
                    try {
                      await setProgramStatus(program.id, next);
                    } catch (error) {
                      showToast({ message: error instanceof Error ? error.message : 'Could not change the status.', tone: 'error' });
                    }
                  }}
                >
                  {APPLICATION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {APPLICATION_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </dd>
              <dt>Track</dt>
              <dd>{TRACK_LABELS[program.track]}</dd>
              <dt>Region</dt>
              <dd>{program.region ? REGION_LABELS[program.region] : <span className="muted">Not set</span>}</dd>
              <dt>Location</dt>
              <dd>{place || <span className="muted">Not set</span>}</dd>
              <dt>Interest</dt>
              <dd>{program.interest} of 5</dd>
              <dt>Website</dt>
              <dd>
                {website ? (
                  <a href={website} target="_blank" rel="noopener noreferrer">
                    {new URL(website).hostname}
                  </a>
                ) : (
                  <span className="muted">Not recorded</span>
                )}
              </dd>
              <dt>Open houses</dt>
              <dd>{program.openHousesAttended === 0 ? 'None attended yet' : `${program.openHousesAttended} attended`}</dd>
              <dt>Away rotation</dt>
              <dd>{program.awayRotationDone ? 'Done here' : 'Not done here'}</dd>
            </dl>
          </DetailCard>

          <DetailCard title="Your ratings">
            <table className="data-table ratings-table">
              <caption className="visually-hidden">Your rating of each criterion, from 0 to 5</caption>
              <tbody>
                {PROGRAM_CRITERIA.map((criterion) => {
                  const rating = program.ratings[criterion];
                  return (
                    <tr key={criterion}>
                      <th scope="row">{PROGRAM_CRITERION_LABELS[criterion]}</th>
                      <td>
                        {rating === undefined ? (
                          <span className="muted">Not rated</span>
                        ) : (
                          <span className="rating">
                            <span className="rating-dots" aria-hidden="true">
                              {'●'.repeat(rating)}
                              <span className="rating-empty">{'●'.repeat(5 - rating)}</span>
                            </span>{' '}
                            {rating} of 5
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </DetailCard>

          <DetailCard title="Applicant figures">
            <dl className="detail-list">
              <dt>Median Step 2 CK</dt>
              <dd>{program.figures.medianStep2ck ?? <span className="muted">Not entered</span>}</dd>
              <dt>Positions per year</dt>
              <dd>{program.figures.positions ?? <span className="muted">Not entered</span>}</dd>
            </dl>
            <p className="muted field-hint">Figures are the ones you typed from the program's published data; Rapport never estimates them.</p>
          </DetailCard>
        </div>
      </div>

      {editing && (
        <ProgramFormDialog
          program={program}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            showToast({ message: `Saved changes to ${saved.name}.`, tone: 'success' });
          }}
        />
      )}
      {confirmingDelete && (
        <DeleteRecordDialog name={program.name} noun="program" onConfirm={deleteProgram} onClose={() => setConfirmingDelete(false)}>
          <p>
            <bdi>{program.name}</bdi> moves to the trash. You can undo right away, or restore it later from Settings → Trash.
          </p>
          {detail.contacts.length > 0 && (
            <p className="muted">
              {detail.contacts.length} {detail.contacts.length === 1 ? 'contact stays' : 'contacts stay'}; their link to
              this program comes back if you restore it.
            </p>
          )}
        </DeleteRecordDialog>
      )}
    </article>
  );
}
