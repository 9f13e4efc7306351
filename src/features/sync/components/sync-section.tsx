/**
 * Settings → Sync: off by default. Turning it on asks where the server is,
 * the account on it, and a passphrase that seals everything before it
 * leaves the device. Once on: what sync is doing in plain words, "Sync now"
 * and "Stop syncing on this device". A second device joins with "I already
 * use Rapport on another device", which downloads everything first.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Field } from '../../../components/field';
import { DEFAULT_SYNC_SERVER, MIN_PASSPHRASE, sameOriginAddress, syncFormSchema, type SyncFormValues } from '../../../domain/sync/sync-form';
import { dateTimeLabel } from '../../../lib/date-format';
import type { SyncStatus } from '../../../data/sync/sync-service';
import { useSyncStatus } from '../hooks/use-sync-status';
import { loadSyncService, syncWasOn, type SyncService } from '../sync-loader';
import './sync.css';

const STATE_WORDS: Record<SyncStatus['state'], string> = {
  off: 'Off. Everything stays on this device.',
  locked: 'On, waiting for your passphrase (this device does not remember it).',
  starting: 'Starting…',
  syncing: 'Syncing…',
  'up-to-date': 'Up to date.',
  offline: 'Cannot reach the server. Changes wait on this device and go up when it is back.',
  error: 'Stopped by a problem.',
  'other-tab': 'Syncing in another tab of Rapport.',
};

export function SyncSection() {
  const [wanted, setWanted] = useState(syncWasOn);
  const { status, service } = useSyncStatus(wanted);
  const on = wanted && status !== null && status.state !== 'off';

  if (wanted && status === null) return <p className="muted">Loading…</p>;
  return (
    <div className="stack sync-section">
      <p className="muted">
        Sync keeps your phone and laptop in step through a CouchDB server you choose. Everything is sealed on this device with your
        passphrase before it leaves: the server holds only ciphertext and cannot read a name, a note or a date.
      </p>
      {on && status ? <SyncOn status={status} service={service!} onStopped={() => setWanted(false)} /> : <SyncOff onStarted={() => setWanted(true)} />}
    </div>
  );
}

function SyncOn({ status, service, onStopped }: { status: SyncStatus; service: SyncService; onStopped: () => void }) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');

  const act = async (task: () => Promise<void>, done?: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await task();
      if (done) setMessage(done);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <dl className="sync-facts">
        <dt>Status</dt>
        <dd data-testid="sync-state" data-state={status.state}>
          {STATE_WORDS[status.state]}
        </dd>
        <dt>Server</dt>
        <dd>{status.server}</dd>
        <dt>Last synced</dt>
        <dd>{status.lastSyncedAt ? dateTimeLabel(status.lastSyncedAt) : 'Not yet'}</dd>
        <dt>Waiting to go up</dt>
        <dd>{status.pending === 0 ? 'Nothing' : status.pending === 1 ? '1 change' : `${status.pending} changes`}</dd>
      </dl>
      {status.progress !== null && (
        <label className="sync-progress">
          Downloading your records from the other device…
          <progress max={1} value={status.progress} />
        </label>
      )}
      {status.error && (
        <p className="notice notice-danger" role="alert">
          {status.error}
        </p>
      )}
      {status.state === 'locked' ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => service.unlockSync(passphrase));
          }}
        >
          <Field label="Passphrase">
            <input type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} />
          </Field>
          <div className="row">
            <button type="submit" className="btn btn-primary" disabled={busy || passphrase === ''}>
              Unlock sync
            </button>
          </div>
        </form>
      ) : (
        <div className="row">
          <button type="button" className="btn btn-primary" disabled={busy || status.state === 'other-tab'} onClick={() => void act(() => service.syncNow(), 'Synced.')}>
            Sync now
          </button>
          <button type="button" className="btn" disabled={busy || status.state === 'other-tab'} onClick={() => setConfirming(true)}>
            Stop syncing on this device…
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
      {confirming && (
        <ConfirmDialog
          title="Stop syncing on this device?"
          confirmLabel="Stop syncing"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await service.stopSyncing();
            setConfirming(false);
            onStopped();
          }}
        >
          Your records stay on this device, and the server and your other devices keep theirs. This device stops sending and receiving
          changes until you turn sync on again.
        </ConfirmDialog>
      )}
    </>
  );
}

function SyncOff({ onStarted }: { onStarted: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<SyncFormValues>({
    resolver: zodResolver(syncFormSchema),
    defaultValues: { server: DEFAULT_SYNC_SERVER, username: '', password: '', passphrase: '', remember: true },
  });
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;

  const submit = (join: boolean) =>
    handleSubmit(async (values) => {
      setProblem(null);
      if (!sameOriginAddress(values.server, location.origin)) {
        setError('server', {
          message: `Rapport can only reach a sync server at its own address (${location.origin}/…): its security policy blocks any other. Serve CouchDB under a path of this site (README, "Sync").`,
        });
        return;
      }
      try {
        const service = await loadSyncService();
        await service.turnSyncOn(
          { server: values.server.trim(), username: values.username.trim(), password: values.password },
          values.passphrase,
          { join, remember: values.remember },
        );
        onStarted();
      } catch (error) {
        const e = error as Error;
        if (e.name === 'WrongPassphraseError') setError('passphrase', { message: e.message });
        else setProblem(e.message || String(error));
      }
    });

  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(false)(e)}>
      <p data-testid="sync-state" data-state="off">
        <strong>{STATE_WORDS.off}</strong>
      </p>
      <Field label="Server address" error={errors.server?.message} hint="The sync database on this site, e.g. /couchdb/rapport.">
        <input type="text" autoComplete="url" spellCheck={false} {...register('server')} />
      </Field>
      <div className="form-grid">
        <Field label="Account name" error={errors.username?.message} hint="Your CouchDB user. Leave empty for a server without accounts.">
          <input type="text" autoComplete="username" {...register('username')} />
        </Field>
        <Field label="Account password" error={errors.password?.message}>
          <input type="password" autoComplete="current-password" {...register('password')} />
        </Field>
      </div>
      <Field
        label="Passphrase"
        error={errors.passphrase?.message}
        hint={`At least ${MIN_PASSPHRASE} characters. It seals your data; the server never sees it. Without it, nothing on the server can be opened: keep it somewhere safe.`}
      >
        <input type="password" autoComplete="new-password" {...register('passphrase')} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('remember')} /> Remember on this device (a key only this browser can use; never the passphrase)
      </label>
      {problem && (
        <p className="notice notice-danger" role="alert">
          {problem}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Checking…' : 'Turn on sync'}
        </button>
        <button type="button" className="btn" disabled={formState.isSubmitting} onClick={(e) => void submit(true)(e)}>
          I already use Rapport on another device
        </button>
      </div>
    </form>
  );
}
