import { useEffect, useState } from 'react';
import { onSchemaChangedElsewhere } from '../data/db';

/**
 * When another tab opens a newer version of Rapport's database, this tab's
 * connection is closed; say so and offer a clean reload instead of failing silently.
 */
export function SchemaChangedNotice() {
  const [changed, setChanged] = useState(false);
  useEffect(() => onSchemaChangedElsewhere(() => setChanged(true)), []);
  if (!changed) return null;
  return (
    <div className="notice notice-warning schema-notice" role="alertdialog" aria-labelledby="schema-changed-title">
      <h2 id="schema-changed-title">Rapport was updated in another tab</h2>
      <p>This tab is paused so the update can finish safely. Reload to keep working with the new version.</p>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        Reload now
      </button>
    </div>
  );
}
