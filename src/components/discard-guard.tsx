/**
 * Closing a form that holds typed input asks first — whether by Cancel, the ×,
 * Escape or a click on the backdrop — so no stray key throws work away. The
 * question sits inside the dialog, with "Keep editing" focused.
 *
 * ```tsx
 * const { requestClose, discardQuestion } = useDiscardGuard(isDirty, onClose, 'these changes');
 * <Dialog onClose={requestClose}> {discardQuestion} … <button onClick={requestClose}>Cancel</button>
 * ```
 */
import { useRef, useState, type ReactNode } from 'react';
import './discard-guard.css';

export interface DiscardGuard {
  /** Closes at once when nothing was typed; otherwise asks. */
  requestClose: () => void;
  /** The question, to render at the top of the dialog; null when not asking. */
  discardQuestion: ReactNode;
}

export function useDiscardGuard(dirty: boolean, onClose: () => void, what = 'what you typed'): DiscardGuard {
  const [asking, setAsking] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  function requestClose() {
    if (!dirty) {
      onClose();
      return;
    }
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAsking(true);
  }

  function keepEditing() {
    setAsking(false);
    const previous = returnFocus.current;
    if (previous?.isConnected) previous.focus();
  }

  const discardQuestion = asking ? (
    <div className="notice notice-warning dialog-notice discard-question" role="alertdialog" aria-labelledby="discard-question-title">
      <p id="discard-question-title">
        <strong>Discard {what}?</strong> You have not saved yet.
      </p>
      <div className="row">
        <button type="button" className="btn btn-small btn-danger" onClick={onClose}>
          Discard
        </button>
        <button type="button" className="btn btn-small btn-primary" autoFocus onClick={keepEditing}>
          Keep editing
        </button>
      </div>
    </div>
  ) : null;

  return { requestClose, discardQuestion };
}
