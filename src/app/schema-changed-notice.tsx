import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { onSchemaChangedElsewhere } from '../data/schema-change-events';
import './schema-changed-notice.css';

/**
 * When another tab opens a newer version of Rapport's database, this tab's
 * connection is closed; say so and offer a clean reload instead of failing
 * silently. The notice sits above everything, open dialogs included, and takes
 * the focus, so "Reload now" can always be reached by mouse and keyboard; a
 * dialog below keeps what was typed until the user chooses to reload.
 */
export function SchemaChangedNotice() {
  const [changed, setChanged] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => onSchemaChangedElsewhere(() => setChanged(true)), []);
  useEffect(() => {
    if (changed) buttonRef.current?.focus();
  }, [changed]);
  if (!changed) return null;
  return createPortal(
    <div className="notice notice-warning schema-notice" role="alertdialog" aria-labelledby="schema-changed-title" aria-describedby="schema-changed-text">
      <h2 id="schema-changed-title">Rapport was updated in another tab</h2>
      <p id="schema-changed-text">
        This tab is paused so the update can finish safely: it cannot save until it reloads. If a form is open, copy what you
        typed first — reloading closes it.
      </p>
      <button ref={buttonRef} type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        Reload now
      </button>
    </div>,
    document.body,
  );
}
