/**
 * Asked before a meeting is saved with text that looks like a patient
 * identifier: take them out, or save as it is. Networking notes should never
 * hold patient data, but the user decides.
 */
interface PatientDataConfirmProps {
  /** The flagged phrases, in text order. */
  phrases: readonly string[];
  onRemove: () => void;
  onSaveAnyway: () => void;
}

export function PatientDataConfirm({ phrases, onRemove, onSaveAnyway }: PatientDataConfirmProps) {
  const shown = phrases.slice(0, 4).map((p) => `“${p}”`);
  const more = phrases.length - shown.length;
  return (
    <div className="notice notice-warning patient-data-confirm" role="alert">
      <p>
        <strong>This note looks like it holds patient identifiers:</strong> {shown.join(', ')}
        {more > 0 ? ` and ${more} more` : ''}. Rapport keeps notes on this device, but patient data does not belong in
        networking notes.
      </p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onRemove}>
          Remove them
        </button>
        <button type="button" className="btn" onClick={onSaveAnyway}>
          Save anyway
        </button>
      </div>
    </div>
  );
}
