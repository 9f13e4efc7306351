/**
 * Live warnings under a text field: NRMP ranking wording (for message drafts)
 * and likely patient identifiers (for notes and drafts), each with the phrase
 * in context and a plain explanation. The field points at this region with
 * aria-describedby; the region is a polite live region, so a screen reader
 * hears a new warning without losing its place.
 *
 * Usage:
 *   const warningsId = useId();
 *   <textarea aria-describedby={warningsId} … />
 *   <TextWarnings id={warningsId} text={value} checks={['nrmp', 'patient-data']} />
 */
import { useDeferredValue, useMemo } from 'react';
import { checkNrmpWording } from '../domain/playbook/nrmp-check';
import { checkPatientData } from '../domain/playbook/patient-data-check';
import './text-warnings.css';

export type TextCheck = 'nrmp' | 'patient-data';

/** What a message to send is checked for: NRMP-sensitive promises and patient data. */
export const MESSAGE_CHECKS: readonly TextCheck[] = ['nrmp', 'patient-data'];

/** One finding of either checker, in the shape the component shows. */
export interface TextWarning {
  check: TextCheck;
  start: number;
  end: number;
  phrase: string;
  explanation: string;
}

/** Both checkers' findings over a text, in text order. */
export function findTextWarnings(text: string, checks: readonly TextCheck[]): TextWarning[] {
  const found: TextWarning[] = [];
  if (checks.includes('nrmp')) {
    for (const f of checkNrmpWording(text)) {
      found.push({ check: 'nrmp', start: f.start, end: f.end, phrase: f.phrase, explanation: f.explanation });
    }
  }
  if (checks.includes('patient-data')) {
    for (const f of checkPatientData(text)) {
      found.push({ check: 'patient-data', start: f.start, end: f.end, phrase: f.phrase, explanation: f.reason });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

const CHECK_LABELS: Record<TextCheck, string> = {
  nrmp: 'NRMP wording',
  'patient-data': 'Possible patient data',
};

/** Up to `reach` characters either side of a finding, cut at word breaks, on one line. */
function contextOf(text: string, w: TextWarning, reach = 32): { before: string; after: string } {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  let before = text.slice(Math.max(0, w.start - reach), w.start);
  let after = text.slice(w.end, w.end + reach);
  if (w.start - reach > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (w.end + reach < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before: oneLine(before), after: oneLine(after) };
}

interface TextWarningsProps {
  /** The id the field's aria-describedby points at. */
  id: string;
  text: string;
  checks: readonly TextCheck[];
  /** When given, each warning offers "Show in text", which calls this with the phrase's offsets. */
  onLocate?: (start: number, end: number) => void;
  /** What the text is ("message", "notes"), for the heading. */
  subject?: string;
}

export function TextWarnings({ id, text, checks, onLocate, subject = 'text' }: TextWarningsProps) {
  // Checking waits for a pause in typing rather than running on every keystroke of a long note.
  const deferred = useDeferredValue(text);
  const nrmp = checks.includes('nrmp');
  const patientData = checks.includes('patient-data');
  const warnings = useMemo(
    () => findTextWarnings(deferred, [...(nrmp ? (['nrmp'] as const) : []), ...(patientData ? (['patient-data'] as const) : [])]),
    [deferred, nrmp, patientData],
  );
  const hasNrmp = warnings.some((w) => w.check === 'nrmp');
  return (
    <div id={id} className="text-warnings" role="status" aria-live="polite">
      {warnings.length > 0 && (
        <div className={`text-warnings-box ${hasNrmp ? 'text-warnings-nrmp' : 'text-warnings-patient'}`}>
          <p className="text-warnings-title">
            {warnings.length === 1 ? 'Check one phrase' : `Check ${warnings.length} phrases`} in this {subject}:
          </p>
          <ul className="plain-list text-warnings-list">
            {warnings.map((w) => {
              const { before, after } = contextOf(deferred, w);
              return (
                <li key={`${w.check}-${w.start}-${w.end}`} className={`text-warning text-warning-${w.check}`}>
                  <span className={`badge ${w.check === 'nrmp' ? 'badge-danger' : 'badge-warning'}`}>{CHECK_LABELS[w.check]}</span>{' '}
                  <q className="text-warning-quote">
                    {before}
                    <mark>{w.phrase}</mark>
                    {after}
                  </q>
                  <span className="text-warning-explanation">{w.explanation}</span>
                  {onLocate && (
                    <button
                      type="button"
                      className="btn btn-ghost btn-small text-warning-locate"
                      onClick={() => onLocate(w.start, w.end)}
                      aria-label={`Show “${w.phrase}” in the ${subject}`}
                    >
                      Show in text
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * Selects a span of a text field and scrolls it into view, for "Show in text".
 * Works on textareas and inputs.
 */
export function selectInField(field: HTMLTextAreaElement | HTMLInputElement | null, start: number, end: number): void {
  if (!field) return;
  field.focus();
  field.setSelectionRange(start, end);
}
