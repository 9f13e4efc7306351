import { SearchButton } from '../features/search/components/search-button';
import { LogMeetingButton } from '../features/meetings/components/log-meeting-button';
import { LogMeetingHost } from '../features/meetings/components/log-meeting-host';

/** Actions available from every screen, in the top bar. */
export function GlobalActions() {
  return (
    <>
      <SearchButton />
      <LogMeetingButton />
      <LogMeetingHost />
    </>
  );
}
