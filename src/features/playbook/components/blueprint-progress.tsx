/**
 * The networking blueprint on Today: five stages, each with a progress bar
 * and the checks behind it, all derived from the user's records, plus the
 * next concrete step for the weakest stage.
 */
import { useId } from 'react';
import type { BlueprintProgress, BlueprintStage } from '../../../domain/playbook/blueprint';
import './playbook.css';

function StageCard({ stage, weakest }: { stage: BlueprintStage; weakest: boolean }) {
  const labelId = useId();
  const done = stage.checks.filter((c) => c.complete).length;
  return (
    <li className={`blueprint-stage${weakest ? ' blueprint-stage-weakest' : ''}`}>
      <div className="blueprint-stage-head">
        <h3 id={labelId}>{stage.name}</h3>
        <span className="blueprint-percent" aria-hidden="true">
          {stage.progress}%
        </span>
      </div>
      <progress
        className="blueprint-bar"
        max={100}
        value={stage.progress}
        aria-labelledby={labelId}
        aria-valuetext={`${stage.progress}%, ${done} of ${stage.checks.length} checks complete`}
      />
      <p className="muted blueprint-summary">{stage.summary}</p>
      <ul className="plain-list blueprint-checks" aria-label={`${stage.name} checks`}>
        {stage.checks.map((check) => (
          <li key={check.id} className={check.complete ? 'blueprint-check-done' : undefined}>
            <span className="blueprint-check-mark" aria-hidden="true">
              {check.complete ? '✓' : '○'}
            </span>
            <span className="blueprint-check-label">{check.label}</span>
            <span className="blueprint-check-count">
              {Math.min(check.done, check.target)} of {check.target}
              <span className="visually-hidden">{check.complete ? ', complete' : ', not yet'}</span>
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function BlueprintProgressView({ progress }: { progress: BlueprintProgress }) {
  const weakest = progress.stages.find((s) => s.id === progress.weakestStageId);
  return (
    <section className="card blueprint" aria-labelledby="blueprint-heading">
      <div className="blueprint-head">
        <h2 id="blueprint-heading">Networking blueprint</h2>
        <p className="muted">
          {progress.overall}% overall, worked out from your contacts, meetings, events and programs.
        </p>
      </div>
      {weakest && progress.nextStep ? (
        <div className="notice blueprint-next" role="note" aria-label="Next step">
          <p className="blueprint-next-label">
            Next step · <strong>{weakest.name}</strong>
          </p>
          <p>{progress.nextStep}</p>
        </div>
      ) : (
        <p className="notice">Every stage of the blueprint is complete. Keep your mentors up to date.</p>
      )}
      <ol className="plain-list blueprint-stages">
        {progress.stages.map((stage) => (
          <StageCard key={stage.id} stage={stage} weakest={stage.id === progress.weakestStageId} />
        ))}
      </ol>
    </section>
  );
}
