import { useState } from 'react';
import { Link } from 'react-router';
import { updateSettings } from '../../../data/profile-settings';
import { loadSampleData } from '../../../data/sample';

/** First visit: explore a fictional network, or start with an empty notebook. */
export function FirstRunChoice() {
  const [busy, setBusy] = useState<'sample' | 'empty' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(choice: 'sample' | 'empty') {
    setBusy(choice);
    setError(null);
    try {
      if (choice === 'sample') await loadSampleData();
      else await updateSettings({ firstRunChoice: 'empty' });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not save your choice.');
      setBusy(null);
    }
  }

  return (
    <section className="card first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">Welcome to Rapport</h1>
      <p>
        Rapport keeps your residency networking in one private place: the mentors you meet, the programs you are
        weighing, and the follow-ups that keep those relationships warm. Everything stays in this browser.
      </p>
      <div className="first-run-options">
        <div className="first-run-option">
          <h2>See how it works</h2>
          <p className="muted">
            Load a sample network of an invented IR applicant: about 40 fictional people, 12 fictional programs and
            eight months of meetings. You can remove it in one click later.
          </p>
          <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => choose('sample')}>
            {busy === 'sample' ? 'Loading sample…' : 'Explore with sample data'}
          </button>
        </div>
        <div className="first-run-option">
          <h2>Start with your own</h2>
          <p className="muted">Begin with an empty notebook and add your first contact or program.</p>
          <button type="button" className="btn" disabled={busy !== null} onClick={() => choose('empty')}>
            Start empty
          </button>
        </div>
        <div className="first-run-option">
          <h2>Already use Rapport?</h2>
          <p className="muted">On another device with sync turned on: bring your records here with your passphrase.</p>
          <Link className="btn" to="/settings#sync">
            I already use Rapport on another device
          </Link>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
