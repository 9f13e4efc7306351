/**
 * A small "are you sure?" dialog for destructive actions. The confirm button
 * names the action ("Delete contact"), focus starts on Cancel so Enter alone
 * never destroys anything, and a failure is shown inside the dialog.
 */
import { useState, type ReactNode } from 'react';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={title} onClose={onClose} size="small" initialFocus="[data-cancel]">
      <div className="stack">
        <div>{children}</div>
        {error && (
          <p className="notice notice-danger" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" data-cancel onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              await onConfirm();
            } catch (e) {
              setError(e instanceof Error ? e.message : 'That did not work. Nothing was changed.');
              setBusy(false);
            }
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
