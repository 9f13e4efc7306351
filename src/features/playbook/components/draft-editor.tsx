/**
 * The message draft: subject and body filled from a template, editable, with
 * the NRMP and patient-data checks running as the user types, the placeholders
 * still to fill in, "Open in mail app" (a mailto: link) and "Copy". While a
 * bracketed placeholder is left ("[event name]"), the mail app stays closed:
 * a draft only leaves the app once every gap is filled in or removed.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { CheckedField } from '../../../components/checked-field';
import { MESSAGE_CHECKS, selectInField } from '../../../components/text-warnings';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { MERGE_FIELDS, renderTemplate, type RenderedMessage } from '../../../domain/playbook/merge-fields';
import { mailtoHref } from '../../../lib/safe-link';
import { showToast } from '../../../stores/toast-store';

interface DraftEditorProps {
  /** The template filled with the chosen contact, program and event. */
  rendered: RenderedMessage;
  /** Who the message goes to; null when no contact is picked. */
  recipient: { name: string; email: string } | null;
  /** Called after the draft left the app (mail app opened or text copied). */
  onSent?: (how: 'mail-app' | 'copied') => void;
}

/** Where a placeholder first appears, subject before body. */
function findPlaceholder(subject: string, body: string, placeholder: string): { field: 'subject' | 'body'; start: number } | null {
  const inSubject = subject.indexOf(placeholder);
  if (inSubject >= 0) return { field: 'subject', start: inSubject };
  const inBody = body.indexOf(placeholder);
  return inBody >= 0 ? { field: 'body', start: inBody } : null;
}

export function DraftEditor({ rendered, recipient, onSent }: DraftEditorProps) {
  const [subject, setSubject] = useState(rendered.subject);
  const [body, setBody] = useState(rendered.body);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const sendHintId = useId();
  const edited = subject !== rendered.subject || body !== rendered.body;
  useUnsavedChanges(edited);

  // Re-reading the draft (not the template) so placeholders the user filled in disappear from the list.
  const leftToFill = useMemo(() => renderTemplate({ subject, body }, {}).placeholders, [subject, body]);
  const missingLabels = MERGE_FIELDS.filter((f) => rendered.missing.some((key) => key === f.key) && leftToFill.includes(f.placeholder)).map(
    (f) => f.label.replace(/ \(.*\)$/, ''),
  );

  const mailto = recipient ? mailtoHref(recipient.email, { subject, body }) : null;
  const href = leftToFill.length === 0 ? mailto : null;
  const sendBlocked = !recipient
    ? 'Pick a contact to open this in your mail app.'
    : !mailto
      ? `${recipient.name} has no email address yet. Add one on their contact page, or copy the text instead.`
      : leftToFill.length > 0
        ? `Fill in or remove ${leftToFill.length === 1 ? leftToFill[0] : `the ${leftToFill.length} bracketed gaps`} to open this in your mail app.`
        : null;

  async function copy() {
    const text = `Subject: ${subject}\n\n${body}`;
    try {
      await navigator.clipboard.writeText(text);
      showToast({ message: 'Draft copied. Paste it into your email.', tone: 'success' });
      onSent?.('copied');
    } catch {
      showToast({ message: 'Copying was blocked by the browser. Select the text and copy it by hand.', tone: 'error' });
    }
  }

  function locatePlaceholder(placeholder: string) {
    const at = findPlaceholder(subject, body, placeholder);
    if (!at) return;
    selectInField(at.field === 'subject' ? subjectRef.current : bodyRef.current, at.start, at.start + placeholder.length);
  }

  return (
    <div className="draft-editor stack">
      <CheckedField label="Subject" text={subject} checks={MESSAGE_CHECKS} subject="subject" onLocate={(start, end) => selectInField(subjectRef.current, start, end)}>
        <input ref={subjectRef} value={subject} onChange={(e) => setSubject(e.target.value)} />
      </CheckedField>
      <CheckedField label="Message" text={body} checks={MESSAGE_CHECKS} subject="message" onLocate={(start, end) => selectInField(bodyRef.current, start, end)}>
        <textarea ref={bodyRef} rows={14} value={body} onChange={(e) => setBody(e.target.value)} spellCheck />
      </CheckedField>

      {leftToFill.length > 0 && (
        <div className="notice notice-warning draft-placeholders">
          <p>
            <strong>Still to fill in: {leftToFill.length === 1 ? '1 gap' : `${leftToFill.length} gaps`}.</strong>{' '}
            {missingLabels.length > 0
              ? `Not in your records yet: ${missingLabels.join('; ')}. Type them into the draft, or add them to the contact or your profile.`
              : 'The template leaves room for your own words.'}
          </p>
          <ul className="plain-list row" aria-label="Placeholders left in the draft">
            {leftToFill.map((p) => (
              <li key={p}>
                <button type="button" className="btn btn-small placeholder-chip" onClick={() => locatePlaceholder(p)}>
                  <span className="visually-hidden">Select </span>
                  {p}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="row draft-actions">
        {href ? (
          <a className="btn btn-primary" href={href} onClick={() => onSent?.('mail-app')}>
            Open in mail app
          </a>
        ) : (
          <button type="button" className="btn btn-primary" disabled aria-describedby={sendHintId}>
            Open in mail app
          </button>
        )}
        <button type="button" className="btn" onClick={() => void copy()}>
          Copy
        </button>
        {edited && (
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => {
              setSubject(rendered.subject);
              setBody(rendered.body);
            }}
          >
            Start over from the template
          </button>
        )}
      </div>
      {sendBlocked ? (
        <p id={sendHintId} className="muted draft-send-hint">
          {sendBlocked}
        </p>
      ) : (
        <p className="muted draft-send-hint">
          Sends nothing by itself: your mail app opens with this draft addressed to {recipient?.email}.
        </p>
      )}
    </div>
  );
}
