/**
 * Scoring weights: one slider per factor and per criterion, plus the half-life of an
 * interaction. Every change is saved at once, so Priorities re-ranks while you drag.
 * Shown in Settings and on Priorities itself (where the lists move as you drag).
 */
import { useId, useState } from 'react';
import { Field } from './field';
import { resetScoringSettings, updateScoringSettings, type ScoringPatch } from '../data/priorities';
import { CONTACT_FACTORS, FACTOR_LABELS, PROGRAM_FACTORS } from '../domain/scoring/factors';
import type { ScoringSettings } from '../domain/settings';
import { PROGRAM_CRITERIA, PROGRAM_CRITERION_LABELS } from '../domain/vocabulary';
import './weights-panel.css';

/**
 * A 0–10 slider that follows the stored value but keeps its own while the user drags,
 * so a write still in flight never snaps the thumb back.
 */
function WeightSlider({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  const id = useId();
  const [local, setLocal] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setLocal(value);
  }
  return (
    <div className="weight-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={local}
        onChange={(e) => {
          const next = Number(e.target.value);
          setLocal(next);
          onChange(next);
        }}
      />
      <output htmlFor={id} className="weight-value">
        {local}
      </output>
    </div>
  );
}

function HalfLifeInput({ value }: { value: number }) {
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(parsed) && parsed >= 7 && parsed <= 3650;
  return (
    <Field
      label="Half-life of an interaction (days)"
      hint="After this many days a logged touch counts half as much toward relationship strength."
      error={valid ? undefined : 'Enter a whole number of days from 7 to 3650'}
    >
      <input
        type="number"
        inputMode="numeric"
        min={7}
        max={3650}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= 7 && n <= 3650) void updateScoringSettings({ halfLifeDays: n });
        }}
      />
    </Field>
  );
}

export function WeightsPanel({ scoring }: { scoring: ScoringSettings }) {
  const save = (patch: ScoringPatch) => void updateScoringSettings(patch);
  return (
    <div className="stack weights-panel">
      <p className="muted">
        Each weight sets how much a factor counts, from 0 (ignored) to 10. Only the proportions matter: a score is each
        factor's share of 100 points.
      </p>
      <div className="weights-groups">
        <fieldset className="weights-group">
          <legend>Programs</legend>
          {PROGRAM_FACTORS.map((factor) => (
            <WeightSlider
              key={factor}
              label={FACTOR_LABELS[factor]}
              value={scoring.programWeights[factor]}
              onChange={(v) => save({ programWeights: { [factor]: v } })}
            />
          ))}
        </fieldset>
        <fieldset className="weights-group">
          <legend>People</legend>
          {CONTACT_FACTORS.map((factor) => (
            <WeightSlider
              key={factor}
              label={FACTOR_LABELS[factor]}
              value={scoring.contactWeights[factor]}
              onChange={(v) => save({ contactWeights: { [factor]: v } })}
            />
          ))}
        </fieldset>
        <fieldset className="weights-group">
          <legend>Criteria inside fit</legend>
          {PROGRAM_CRITERIA.map((criterion) => (
            <WeightSlider
              key={criterion}
              label={PROGRAM_CRITERION_LABELS[criterion]}
              value={scoring.criterionWeights[criterion] ?? 0}
              onChange={(v) => save({ criterionWeights: { [criterion]: v } })}
            />
          ))}
        </fieldset>
      </div>
      <HalfLifeInput value={scoring.halfLifeDays} />
      <div className="row">
        <button type="button" className="btn" onClick={() => void resetScoringSettings()}>
          Reset to defaults
        </button>
      </div>
    </div>
  );
}
