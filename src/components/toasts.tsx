import { useEffect } from 'react';
import { useToastStore, type Toast } from '../stores/toast-store';
import './toasts.css';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss(toast.id), toast.timeoutMs);
    return () => window.clearTimeout(timer);
  }, [dismiss, toast.id, toast.timeoutMs]);
  return (
    <li className={`toast toast-${toast.tone}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="btn btn-small"
          onClick={async () => {
            dismiss(toast.id);
            await toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="btn btn-ghost btn-small" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </li>
  );
}

/** The live region where toasts appear; screen readers announce each one. */
export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      <ul className="plain-list">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ul>
    </div>
  );
}
