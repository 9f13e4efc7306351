/**
 * A quiet warning under a notes field when the text looks like it holds a
 * patient identifier. The user decides; nothing is blocked.
 */
import { useDeferredValue, useMemo } from 'react';
import { checkPatientData } from '../../../domain/playbook/patient-data-check';

export function PatientDataNotice({ id, text }: { id: string; text: string }) {
  const deferred = useDeferredValue(text);
  const findings = useMemo(() => checkPatientData(deferred), [deferred]);
  return (
    <div id={id} aria-live="polite">
      {findings.length > 0 && (
        <div className="notice notice-warning patient-data-notice">
          <strong>Possible patient data.</strong> Remove it if it is about a patient.
          <ul>
            {findings.slice(0, 5).map((f) => (
              <li key={`${f.start}-${f.end}`}>
                “{f.phrase}”: {f.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
