import { useEffect, useId, useRef } from 'react';

interface ProgressPanelProps {
  /** What is happening, e.g. "Checking rows…"; it names the progress bar. */
  label: string;
  /** 0 to 1. */
  fraction: number;
  onCancel: () => void;
  /** Said under the bar, e.g. that cancelling saves nothing. */
  hint?: string;
}

/** A labelled progress bar with a Cancel button, for reading, checking and saving large files. */
export function ProgressPanel({ label, fraction, onCancel, hint }: ProgressPanelProps) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The control that started the work is gone while it runs: Cancel takes the focus.
  useEffect(() => cancelRef.current?.focus(), []);
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="progress-panel" aria-busy="true">
      <label htmlFor={id} className="progress-label">
        <span>{label}</span>
        <span className="muted">{percent}%</span>
      </label>
      <progress id={id} max={100} value={percent}>
        {percent}%
      </progress>
      <div className="row">
        <button ref={cancelRef} type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        {hint && <span className="muted">{hint}</span>}
      </div>
    </div>
  );
}
