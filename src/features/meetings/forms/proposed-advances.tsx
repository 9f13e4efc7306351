/**
 * The stage and how-met changes proposed for the people of this meeting
 * ("Identified → Met"), each ticked by default and saved with the meeting
 * unless the user unticks it.
 */
import { useId } from 'react';
import type { ContactAdvance } from '../../../domain/follow-ups/advances';

interface ProposedAdvancesProps {
  advances: readonly ContactAdvance[];
  /** Contact ids the user unticked. */
  declined: ReadonlySet<string>;
  onToggle: (contactId: string, keep: boolean) => void;
}

export function ProposedAdvances({ advances, declined, onToggle }: ProposedAdvancesProps) {
  const headingId = useId();
  const id = useId();
  if (advances.length === 0) return null;
  return (
    <section className="proposals" aria-labelledby={headingId}>
      <h3 id={headingId}>Contact updates</h3>
      <ul className="plain-list stack">
        {advances.map((advance) => (
          <li key={advance.contactId} className={`proposal${declined.has(advance.contactId) ? ' proposal-off' : ''}`}>
            <div className="proposal-head">
              <input
                id={`${id}-${advance.contactId}`}
                type="checkbox"
                checked={!declined.has(advance.contactId)}
                onChange={(event) => onToggle(advance.contactId, event.target.checked)}
              />
              <label htmlFor={`${id}-${advance.contactId}`} className="proposal-title">
                {advance.name}: {advance.label.charAt(0).toLowerCase() + advance.label.slice(1)}
              </label>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
