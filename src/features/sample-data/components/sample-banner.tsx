import { useState } from 'react';
import { removeSampleData } from '../../../data/sample';
import { showToast } from '../../../stores/toast-store';
import { useSampleRowCount } from '../hooks/use-first-run';

/** Reminds the user the sample people are fictional, and removes them in one action. */
export function SampleBanner() {
  const count = useSampleRowCount();
  const [busy, setBusy] = useState(false);
  if (!count) return null;
  return (
    <div className="notice sample-banner" role="region" aria-label="Sample data">
      <p>
        <strong>You are exploring sample data.</strong> The people and programs marked as samples are fictional. Your
        own records are kept when you remove them.
      </p>
      <button
        type="button"
        className="btn btn-small"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            const removed = await removeSampleData();
            showToast({ message: `Removed ${removed} sample records. Your own records were kept.`, tone: 'success' });
          } catch (e) {
            showToast({ message: e instanceof Error ? e.message : 'Could not remove the sample.', tone: 'error' });
          } finally {
            setBusy(false);
          }
        }}
      >
        Remove sample data
      </button>
    </div>
  );
}
