import { useNavigate } from 'react-router';
import type { SearchAction } from '../../../domain/search/documents';
import { openLogMeeting } from '../../../stores/log-meeting-store';

/** Runs what a chosen result does: go to its page, or open the dialog a command names. */
export function useSearchAction(): (action: SearchAction) => void {
  const navigate = useNavigate();
  return (action) => {
    if (action.type === 'log-meeting') openLogMeeting();
    // The contacts screen opens its New contact form when it arrives with this state.
    else if (action.type === 'new-contact') void navigate('/contacts', { state: { newContact: true } });
    else void navigate(action.to);
  };
}
