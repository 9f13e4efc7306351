/**
 * Programs as columns by application status. A program moves three ways, all
 * announced to screen readers: its "Move to" menu, the Left/Right arrow keys
 * while its name has focus, or dragging the card to another column.
 */
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { SideScroll } from '../../../components/side-scroll';
import { setProgramStatus } from '../../../data/programs';
import type { Program } from '../../../domain/entities';
import { adjacentStatus, groupByStatus } from '../../../domain/program-list';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  TRACK_LABELS,
  type ApplicationStatus,
} from '../../../domain/vocabulary';
import { showToast } from '../../../stores/toast-store';
import { recordPath } from '../../../lib/record-links';

const DRAG_TYPE = 'application/x-rapport-program';

/** After a move the card re-mounts in its new column; this says where focus should land. */
interface FocusRequest {
  programId: string;
  status: ApplicationStatus;
  target: 'link' | 'select';
}

export function ProgramBoard({ programs }: { programs: readonly Program[] }) {
  const groups = groupByStatus(programs);
  const hintId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<ApplicationStatus | null>(null);

  async function move(program: Program, status: ApplicationStatus, target: FocusRequest['target']) {
    if (program.status === status) return;
    setFocusRequest({ programId: program.id, status, target });
    try {
      await setProgramStatus(program.id, status);
      setAnnouncement(`Moved ${program.name} to ${APPLICATION_STATUS_LABELS[status]}.`);
    } catch (e) {
      setFocusRequest(null);
      showToast({ message: `Could not move ${program.name}: ${e instanceof Error ? e.message : 'unknown error'}`, tone: 'error' });
    }
  }

  function onDrop(event: DragEvent<HTMLElement>, status: ApplicationStatus) {
    event.preventDefault();
    const id = event.dataTransfer.getData(DRAG_TYPE) || dragging;
    setDropTarget(null);
    setDragging(null);
    const program = programs.find((p) => p.id === id);
    if (program) void move(program, status, 'link');
  }

  return (
    <div className="program-board-wrap">
      <p id={hintId} className="visually-hidden">
        Press the Left or Right arrow key to move this program to the previous or next status.
      </p>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </p>
      <SideScroll label="Programs board" more="status columns">
        <div className="program-board">
          {APPLICATION_STATUSES.map((status) => {
            const headingId = `${hintId}-${status}`;
            const column = groups[status];
            return (
              <section
                key={status}
                className="program-column"
                aria-labelledby={headingId}
                data-drop-target={dropTarget === status}
                onDragOver={(e) => {
                  if (dragging === null && !e.dataTransfer.types.includes(DRAG_TYPE)) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  if (dropTarget !== status) setDropTarget(status);
                }}
                onDragLeave={(e) => {
                  if (!e.currentTarget.contains(e.relatedTarget instanceof Node ? e.relatedTarget : null)) setDropTarget(null);
                }}
                onDrop={(e) => onDrop(e, status)}
              >
                <h2 id={headingId} className="program-column-title">
                  {APPLICATION_STATUS_LABELS[status]} <span className="badge">{column.length}</span>
                </h2>
                {column.length === 0 ? (
                  <p className="muted program-column-empty">None</p>
                ) : (
                  <ul className="program-cards" aria-labelledby={headingId}>
                    {column.map((program) => (
                      <ProgramCard
                        key={program.id}
                        program={program}
                        hintId={hintId}
                        dragging={dragging === program.id}
                        focusRequest={focusRequest?.programId === program.id && focusRequest.status === program.status ? focusRequest : null}
                        onFocused={() => setFocusRequest(null)}
                        onMove={(next, target) => void move(program, next, target)}
                        onDragStart={() => setDragging(program.id)}
                        onDragEnd={() => {
                          setDragging(null);
                          setDropTarget(null);
                        }}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      </SideScroll>
    </div>
  );
}

interface ProgramCardProps {
  program: Program;
  hintId: string;
  dragging: boolean;
  focusRequest: FocusRequest | null;
  onFocused: () => void;
  onMove: (status: ApplicationStatus, target: FocusRequest['target']) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}

function ProgramCard({ program, hintId, dragging, focusRequest, onFocused, onMove, onDragStart, onDragEnd }: ProgramCardProps) {
  const linkRef = useRef<HTMLAnchorElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const selectId = useId();

  useEffect(() => {
    if (!focusRequest) return;
    (focusRequest.target === 'select' ? selectRef.current : linkRef.current)?.focus();
    onFocused();
  }, [focusRequest, onFocused]);

  const place = [program.city, program.state].filter(Boolean).join(', ');
  return (
    <li
      className="program-card card"
      draggable
      data-dragging={dragging}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, program.id);
        e.dataTransfer.setData('text/plain', program.name);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
    >
      <Link
        ref={linkRef}
        to={recordPath('programs', program.id)}
        className="program-card-name"
        aria-describedby={hintId}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          const next = adjacentStatus(program.status, e.key === 'ArrowRight' ? 1 : -1);
          if (next) onMove(next, 'link');
        }}
      >
        {program.name}
      </Link>
      {program.institution && <span className="program-card-line muted">{program.institution}</span>}
      <span className="program-card-line">
        {TRACK_LABELS[program.track]}
        {place && ` · ${place}`}
      </span>
      <span className="program-card-line">
        Interest <strong>{program.interest}</strong>/5
        {program.awayRotationDone && ' · away rotation'}
        {program.openHousesAttended > 0 && ` · ${program.openHousesAttended} open ${program.openHousesAttended === 1 ? 'house' : 'houses'}`}
      </span>
      <div className="program-card-move">
        <label htmlFor={selectId}>
          Move to<span className="visually-hidden"> — {program.name}</span>
        </label>
        <select
          ref={selectRef}
          id={selectId}
          value={program.status}
          onChange={(e) => {
            const next = APPLICATION_STATUSES.find((s) => s === e.currentTarget.value);
            if (next) onMove(next, 'select');
          }}
        >
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {APPLICATION_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
