/**
 * Said inside an edit form when the record was deleted in another tab or
 * window while the user typed: nothing is lost — the form stays open, Save
 * makes a new record from it, and "Copy what I typed" puts it on the clipboard
 * (or shows it to select, where the clipboard is not allowed).
 */
import { useState } from 'react';
import './deleted-elsewhere-notice.css';

interface DeletedElsewhereNoticeProps {
  name: string;
  /** The form's input as plain text, read when the user asks to copy. */
  text: () => string;
  /** "contact", "program" */
  kind?: string;
}

export function DeletedElsewhereNotice({ name, text, kind = 'contact' }: DeletedElsewhereNoticeProps) {
  const [copied, setCopied] = useState<'yes' | 'shown' | null>(null);
  const [shownText, setShownText] = useState('');
  return (
    <div className="notice notice-warning stack dialog-notice deleted-elsewhere" role="alert">
      <p>
        <strong>
          <bdi>{name}</bdi> was deleted in another tab or window
        </strong> while you were editing. What you typed is still here:
        save it as a new {kind}, or copy it. The deleted {kind} is in Settings → Trash.
      </p>
      <div className="row">
        <button
          type="button"
          className="btn btn-small"
          onClick={async () => {
            const value = text();
            try {
              await navigator.clipboard.writeText(value);
              setCopied('yes');
            } catch {
              setShownText(value);
              setCopied('shown');
            }
          }}
        >
          Copy what I typed
        </button>
        {copied === 'yes' && <span role="status">Copied.</span>}
      </div>
      {copied === 'shown' && (
        <label className="stack">
          <span>The browser did not allow copying: select this text and copy it.</span>
          <textarea readOnly rows={6} value={shownText} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
