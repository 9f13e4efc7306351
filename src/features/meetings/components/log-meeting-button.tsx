import { openLogMeeting, type LogMeetingPreset } from '../../../stores/log-meeting-store';
import { LOG_MEETING_KEY } from '../hooks/use-log-meeting-shortcut';

/** Opens the Log meeting dialog. Its title and aria-keyshortcuts announce the "L" shortcut. */
export function LogMeetingButton({ preset, className = 'btn btn-primary' }: { preset?: LogMeetingPreset; className?: string }) {
  return (
    <button
      type="button"
      className={className}
      title={`Log meeting (shortcut: ${LOG_MEETING_KEY})`}
      aria-keyshortcuts={LOG_MEETING_KEY}
      onClick={() => openLogMeeting(preset)}
    >
      <span aria-hidden="true">+</span> Log meeting
    </button>
  );
}
