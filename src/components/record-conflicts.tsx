/**
 * The record kit's notice of sync conflicts, on a record's page: "Edited on
 * another device at the same time". When two
 * devices changed the record while apart, sync kept the newer change and
 * this shows the other, with what it said differently, to restore or dismiss.
 * Shows nothing when there is no such version (and with sync never on).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { dateTimeLabel } from '../lib/date-format';
import { useState } from 'react';
import { conflictCopiesOf, dismissConflictCopy, restoreConflictCopy, type ConflictTable } from '../data/sync/conflicts';
import { versionDifferences } from '../domain/sync/version-differences';
import './record-conflicts.css';

interface RecordConflictsProps {
  table: ConflictTable;
  recordId: string;
  /** The record as it is now, to show what the other version said differently. */
  current: Record<string, unknown> | null;
}

const when = (iso: string) => dateTimeLabel(iso);

export function RecordConflicts({ table, recordId, current }: RecordConflictsProps) {
  const copies = useLiveQuery(() => conflictCopiesOf(table, recordId), [table, recordId]);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!copies || copies.length === 0) return null;

  const act = async (task: () => Promise<void>) => {
    setProblem(null);
    try {
      await task();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="notice notice-warning conflict-notice" aria-label="Edited on another device at the same time">
      <p>
        <strong>Edited on another device at the same time.</strong> Rapport kept the newer change;{' '}
        {copies.length === 1 ? 'the other version is kept here.' : `${copies.length} other versions are kept here.`}{' '}
        <button type="button" className="btn btn-small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </p>
      {open && (
        <ul className="plain-list stack">
          {copies.map((copy) => {
            const differences = versionDifferences(table, copy.record, current);
            return (
              <li key={copy.id} className="stack">
                <p>
                  The version from {when(copy.changedAt)} (the kept change is from {when(copy.lostTo)}):
                </p>
                {differences.length === 0 ? (
                  <p className="muted">It says the same as the record now.</p>
                ) : (
                  <dl className="record-conflict-facts">
                    {differences.map((d) => (
                      <div key={d.field} className="contents">
                        <dt>{d.label}</dt>
                        <dd>
                          <bdi>{d.value}</bdi>
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
                <div className="row">
                  <button type="button" className="btn" onClick={() => void act(() => restoreConflictCopy(copy))}>
                    Restore this version
                  </button>
                  <button type="button" className="btn btn-ghost" onClick={() => void act(() => dismissConflictCopy(copy))}>
                    Dismiss
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {problem && (
        <p className="notice notice-danger" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
