/**
 * The scanner with the code reader behind it: loaded only when the user
 * opens it (with the vCard reader and the jsQR decoder), so the Log meeting
 * dialog itself stays small.
 */
import { QrScanner } from '../../../components/qr-scanner';
import { parseQrPayload, type ContactDraft } from '../../../domain/capture/qr-payload';

export function ScanPanel({ onDraft, onClose }: { onDraft: (draft: ContactDraft) => string | null; onClose: () => void }) {
  return (
    <QrScanner
      onCode={(text) => {
        const payload = parseQrPayload(text);
        return payload.kind === 'none' ? payload.message : onDraft(payload.draft);
      }}
      onClose={onClose}
    />
  );
}
