/**
 * The parts every record page shares (contact, program, event): the header with
 * the record's name, badges and actions; the tab title; the linked people of an
 * interaction; and delete with an Undo toast that restores from the trash.
 */
import { useEffect, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { restoreFromTrash } from '../data/trash';
import { ConfirmDialog } from './confirm-dialog';
import { recordPath } from '../lib/record-links';
import { showToast } from '../stores/toast-store';
import './record-layout.css';

/** The browser tab names the record while its page is open. */
export function useRecordTitle(name: string | undefined): void {
  useEffect(() => {
    if (name) document.title = `${name} · Rapport`;
  }, [name]);
}

interface RecordHeaderProps {
  /** The h1's id, for the page's aria-labelledby. */
  titleId: string;
  name: string;
  sample?: boolean;
  subtitle: ReactNode;
  badges: ReactNode;
  actions: ReactNode;
}

export function RecordHeader({ titleId, name, sample = false, subtitle, badges, actions }: RecordHeaderProps) {
  return (
    <div className="page-header">
      <div>
        <div className="record-title">
          <h1 id={titleId}>{name}</h1>
          {sample && <span className="badge">Sample</span>}
        </div>
        <p className="detail-subtitle">{subtitle}</p>
        <div className="record-badges">{badges}</div>
      </div>
      <div className="row page-actions">{actions}</div>
    </div>
  );
}

interface RecordActionsProps {
  /** "contact", "program": names the Edit and Delete buttons. */
  noun: string;
  onLogMeeting: () => void;
  onEdit: () => void;
  onDelete: () => void;
  /** The delete button's words when not "Delete {noun}". */
  deleteLabel?: string;
  /** Links before the buttons (Email, Call). */
  children?: ReactNode;
}

/** Log meeting first (the page's primary action), then Edit and Delete. */
export function RecordActions({ noun, onLogMeeting, onEdit, onDelete, deleteLabel = `Delete ${noun}`, children }: RecordActionsProps) {
  return (
    <>
      {children}
      <button type="button" className="btn btn-primary" onClick={onLogMeeting}>
        <span aria-hidden="true">+</span> Log meeting
      </button>
      <button type="button" className="btn" onClick={onEdit}>
        Edit {noun}
      </button>
      <button type="button" className="btn btn-danger" onClick={onDelete}>
        {deleteLabel}
      </button>
    </>
  );
}

/**
 * Deletes a record into the trash, goes back to its list and offers Undo, which
 * restores it (and what went to the trash with it) from the trash.
 */
export function useDeleteWithUndo(listPath: string): (name: string, remove: () => Promise<{ id: string }>) => Promise<void> {
  const navigate = useNavigate();
  return async (name, remove) => {
    const entry = await remove();
    navigate(listPath);
    showToast({
      message: `Deleted ${name}.`,
      action: {
        label: 'Undo',
        run: async () => {
          try {
            await restoreFromTrash(entry.id);
            showToast({ message: `Restored ${name}.`, tone: 'success' });
          } catch (e) {
            showToast({ message: e instanceof Error ? e.message : 'Could not restore.', tone: 'error' });
          }
        },
      },
    });
  };
}

/** People named by id, each linked to their page; one deleted since shows as "Removed contact". */
export function PeopleNames({ ids, names }: { ids: readonly string[]; names: Readonly<Record<string, string>> }) {
  return ids.map((id, index) => (
    <span key={id}>
      {index > 0 && ', '}
      {names[id] ? <Link to={recordPath('contacts', id)}>{names[id]}</Link> : 'Removed contact'}
    </span>
  ));
}

/** A labelled line of free text ("Next step: …"), shown only when there is text. */
export function NotedLine({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <p>
      <strong>{label}:</strong> <bdi>{text}</bdi>
    </p>
  );
}

interface DeleteRecordDialogProps {
  name: string;
  /** "contact", "program": names the confirm button. */
  noun: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** What deleting does, in a sentence or two. */
  children: ReactNode;
}

/** "Delete Dr. Ana Ruiz?", with what happens and a "Delete contact" button. */
export function DeleteRecordDialog({ name, noun, onConfirm, onClose, children }: DeleteRecordDialogProps) {
  return (
    <ConfirmDialog title={`Delete ${name}?`} confirmLabel={`Delete ${noun}`} onConfirm={onConfirm} onClose={onClose}>
      {children}
    </ConfirmDialog>
  );
}
