/**
 * The trash, as a section of Settings: deleted records with what went with
 * them, each restorable or deletable for good, and a way to empty it all.
 */
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import type { TrashEntry } from '../../../data/db';
import type { RecordTableName } from '../../../data/schema';
import { emptyTrash, purgeFromTrash, restoreFromTrash } from '../../../data/trash';
import { toLocalDate } from '../../../lib/dates';
import { dayLabel } from '../../../lib/date-format';
import { showToast } from '../../../stores/toast-store';
import { useTrash } from '../hooks/use-trash';
import './trash.css';

const KIND_LABELS: Record<RecordTableName, [string, string]> = {
  contacts: ['Contact', 'contacts'],
  programs: ['Program', 'programs'],
  interactions: ['Interaction', 'interactions'],
  reminders: ['Reminder', 'reminders'],
  events: ['Event', 'events'],
  profile: ['Profile', 'profiles'],
  settings: ['Settings', 'settings'],
};

/** "with 2 reminders" — what was deleted together with the record. */
function companions(entry: TrashEntry): string {
  const counts = new Map<RecordTableName, number>();
  for (const item of entry.items.slice(1)) counts.set(item.table, (counts.get(item.table) ?? 0) + 1);
  const parts = [...counts].map(([table, n]) => `${n} ${n === 1 ? KIND_LABELS[table][0].toLowerCase() : KIND_LABELS[table][1]}`);
  return parts.length > 0 ? `with ${parts.join(' and ')}` : '';
}

type Pending = { kind: 'purge'; entry: TrashEntry } | { kind: 'empty' } | null;

export function TrashSection() {
  const entries = useTrash();
  const [pending, setPending] = useState<Pending>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const { hash } = useLocation();
  const loaded = entries !== undefined;

  // Links such as "Open the trash" land on /settings#trash; bring the section into view once it has rendered.
  useEffect(() => {
    if (hash === '#trash' && loaded) document.getElementById('trash')?.scrollIntoView?.();
  }, [hash, loaded]);

  async function restore(entry: TrashEntry) {
    setBusyId(entry.id);
    try {
      await restoreFromTrash(entry.id);
      showToast({ message: `Restored ${entry.label}.`, tone: 'success' });
    } catch (e) {
      showToast({ message: e instanceof Error ? e.message : 'Could not restore.', tone: 'error' });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section id="trash" className="card trash-section" aria-labelledby="trash-heading">
      <div className="trash-header">
        <h2 id="trash-heading">Trash</h2>
        {entries && entries.length > 0 && (
          <button type="button" className="btn btn-danger btn-small" onClick={() => setPending({ kind: 'empty' })}>
            Empty trash
          </button>
        )}
      </div>
      <p className="muted">
        Deleted contacts and programs wait here, with the reminders that went with them, until you restore them or
        delete them for good.
      </p>
      {entries === undefined ? (
        <p className="muted" aria-busy="true">
          Loading the trash…
        </p>
      ) : entries.length === 0 ? (
        <p className="trash-empty">The trash is empty.</p>
      ) : (
        <ul className="trash-list plain-list" aria-label="Deleted items">
          {entries.map((entry) => (
            <li key={entry.id} className="trash-item">
              <div className="trash-item-text">
                <strong>{entry.label}</strong>
                <span className="muted">
                  {KIND_LABELS[entry.table][0]} · deleted {dayLabel(toLocalDate(entry.deletedAt))}
                  {companions(entry) && ` · ${companions(entry)}`}
                </span>
              </div>
              <div className="row">
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busyId === entry.id}
                  aria-label={`Restore ${entry.label}`}
                  onClick={() => void restore(entry)}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  aria-label={`Delete ${entry.label} forever`}
                  onClick={() => setPending({ kind: 'purge', entry })}
                >
                  Delete forever
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {pending?.kind === 'purge' && (
        <ConfirmDialog
          title={`Delete ${pending.entry.label} forever?`}
          confirmLabel="Delete forever"
          onClose={() => setPending(null)}
          onConfirm={async () => {
            await purgeFromTrash(pending.entry.id);
            setPending(null);
            showToast({ message: `${pending.entry.label} was deleted for good.` });
          }}
        >
          <p>This cannot be undone.</p>
        </ConfirmDialog>
      )}
      {pending?.kind === 'empty' && (
        <ConfirmDialog
          title="Empty the trash?"
          confirmLabel="Empty trash"
          onClose={() => setPending(null)}
          onConfirm={async () => {
            await emptyTrash();
            setPending(null);
            showToast({ message: 'The trash is empty.' });
          }}
        >
          <p>
            Everything in the trash ({entries?.length ?? 0} {entries?.length === 1 ? 'item' : 'items'}) is deleted for
            good. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
