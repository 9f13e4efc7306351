/** A record page whose record is gone (deleted, or a bad link): say so, and offer its list and the trash. */
import { Link } from 'react-router';
import { EmptyState } from './empty-state';

interface RecordNotFoundProps {
  /** "contact", "program" */
  noun: string;
  /** "contacts", "programs" */
  plural: string;
  /** The list screen, e.g. "/contacts". */
  listPath: string;
}

export function RecordNotFound({ noun, plural, listPath }: RecordNotFoundProps) {
  return (
    <EmptyState
      title={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} not found`}
      action={
        <>
          <Link to={listPath} className="btn btn-primary">
            Back to {plural}
          </Link>
          <Link to="/settings#trash" className="btn">
            Open the trash
          </Link>
        </>
      }
    >
      <p>
        There is no {noun} at this address. It may have been deleted — deleted {plural} stay in the trash in Settings
        until you empty it.
      </p>
    </EmptyState>
  );
}
