import { AskToKeepDataButton, StorageProtectionAdvice } from '../../../components/storage-protection';
import { formatBytes } from '../../../lib/format-bytes';
import { useStorageStatus } from '../../../components/use-storage-status';

/** Whether the browser keeps Rapport's data under storage pressure, and how much room there is. */
export function StorageStatusSection() {
  const { status, refresh } = useStorageStatus();

  if (!status) return <p className="muted">Checking storage…</p>;

  const share =
    status.usageBytes !== null && status.quotaBytes ? Math.min(100, (status.usageBytes / status.quotaBytes) * 100) : null;

  return (
    <div className="stack storage-status">
      <dl className="facts">
        <div>
          <dt>Protected from automatic clean-up</dt>
          <dd>
            {status.persisted === true ? (
              <span className="badge badge-success">Yes, persistent</span>
            ) : status.persisted === false ? (
              <span className="badge badge-warning">Not yet</span>
            ) : (
              <span className="badge">This browser does not say</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Space used by Rapport</dt>
          <dd>{status.usageBytes !== null ? formatBytes(status.usageBytes) : 'unknown'}</dd>
        </div>
        <div>
          <dt>Space available to it</dt>
          <dd>{status.quotaBytes !== null ? formatBytes(status.quotaBytes) : 'unknown'}</dd>
        </div>
      </dl>
      {share !== null && (
        <label className="storage-meter">
          <span>{share < 0.1 ? 'Less than 0.1' : share.toFixed(1)}% of the available space is in use</span>
          <progress max={100} value={share} />
        </label>
      )}
      <p>
        Your notes live only in this browser on this device. When storage is <strong>persistent</strong>, the browser
        will not delete it to free up disk space; it is removed only if you clear this site&apos;s data yourself. Either
        way, export a backup now and then: a backup file is the only copy that survives a lost or wiped laptop.
      </p>
      {status.persisted === false && (
        <div className="notice notice-warning stack">
          <StorageProtectionAdvice />
          <div className="row">
            <AskToKeepDataButton onAnswered={refresh} />
          </div>
        </div>
      )}
    </div>
  );
}
