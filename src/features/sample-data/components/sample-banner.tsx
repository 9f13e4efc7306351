import { useState } from 'react';
import { removeSampleData, type SampleRemoval } from '../../../data/sample';
import { restoreFromTrash } from '../../../data/trash';
import { storageErrorMessage } from '../../../data/storage-errors';
import { showToast } from '../../../stores/toast-store';
import { useSampleRowCount } from '../hooks/use-first-run';

function listNames(names: string[]): string {
  if (names.length <= 3) return names.length === 2 ? `${names[0]} and ${names[1]}` : names.join(', ');
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

function removalMessage({ removed, kept }: SampleRemoval): string {
  const done = `Removed ${removed} sample ${removed === 1 ? 'record' : 'records'}.`;
  if (kept.length === 0) return `${done} Your own records were kept.`;
  return `${done} Kept ${listNames(kept)}: you changed them or your own records use them, so they are yours now.`;
}

async function undoRemoval(trashId: string) {
  try {
    await restoreFromTrash(trashId);
    showToast({ message: 'The sample data is back.', tone: 'success' });
  } catch (e) {
    showToast({ message: storageErrorMessage(e) ?? 'Could not bring the sample back. It is still in the trash in Settings.', tone: 'error' });
  }
}

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
            const result = await removeSampleData();
            showToast({
              message: removalMessage(result),
              tone: 'success',
              ...(result.trashId ? { action: { label: 'Undo', run: () => undoRemoval(result.trashId as string) } } : {}),
            });
          } catch (e) {
            showToast({ message: storageErrorMessage(e) ?? 'Could not remove the sample data. Nothing was changed; try again.', tone: 'error' });
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
