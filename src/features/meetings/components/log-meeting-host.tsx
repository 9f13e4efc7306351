import { useLogMeetingStore } from '../../../stores/log-meeting-store';
import { useLogMeetingShortcut } from '../hooks/use-log-meeting-shortcut';
import { LogMeetingDialog } from './log-meeting-dialog';

/** Mounted once in the top bar: the keyboard shortcut and, while open, the Log meeting dialog. */
export function LogMeetingHost() {
  useLogMeetingShortcut();
  const open = useLogMeetingStore((s) => s.open);
  const session = useLogMeetingStore((s) => s.session);
  const preset = useLogMeetingStore((s) => s.preset);
  const close = useLogMeetingStore((s) => s.closeLogMeeting);
  if (!open) return null;
  return <LogMeetingDialog key={session} preset={preset} onClose={close} />;
}
