/**
 * A warning that stays on a saved note while it looks like it holds patient
 * identifiers, so a note saved with "Save anyway" is never shown as if clean.
 */
import { useMemo } from 'react';
import { checkPatientData } from '../domain/playbook/patient-data-check';

export function SavedNoteWarning({ texts }: { texts: readonly string[] }) {
  const phrases = useMemo(() => texts.flatMap((t) => checkPatientData(t).map((f) => f.phrase)), [texts]);
  if (phrases.length === 0) return null;
  return (
    <p className="notice notice-warning saved-note-warning" role="note">
      <strong>May hold patient identifiers:</strong> {phrases.map((p) => `“${p}”`).join(', ')}. Edit the note to take
      them out.
    </p>
  );
}
