/**
 * What "not persistent" means and how to protect the data, said the same way
 * on Today and in Settings, with the button that asks the browser again.
 */
import { useState } from 'react';

export function StorageProtectionAdvice() {
  return (
    <p>
      This browser has not agreed to keep Rapport’s data. When the disk runs low it may delete all of it, without asking.
      To protect it, <strong>install Rapport as an app</strong> (Chrome or Edge: the install icon at the right of the address
      bar; iPhone or iPad: Share → Add to Home Screen; Android: menu → Install app) — browsers keep the data of installed
      apps — and <strong>keep a recent backup</strong> somewhere other than this device.
    </p>
  );
}

/** Asks navigator.storage.persist() and says what the browser answered. */
export function AskToKeepDataButton({ onAnswered }: { onAnswered?: (granted: boolean) => void }) {
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        disabled={asking}
        onClick={async () => {
          setAsking(true);
          const granted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
          setAnswer(
            granted
              ? 'The browser agreed to keep Rapport’s data.'
              : 'The browser declined for now. Browsers often agree once Rapport is installed or used regularly.',
          );
          setAsking(false);
          onAnswered?.(granted);
        }}
      >
        Ask the browser to keep my data
      </button>
      {answer && <span role="status">{answer}</span>}
    </>
  );
}
