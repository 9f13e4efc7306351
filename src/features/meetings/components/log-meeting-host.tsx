import { lazy, Suspense } from 'react';
import { useLogMeetingStore } from '../../../stores/log-meeting-store';
import { useLogMeetingShortcut } from '../hooks/use-log-meeting-shortcut';

// The dialog and its form load on first open, so the first paint of every screen stays small.
const LogMeetingDialog = lazy(() => import('./log-meeting-dialog').then((m) => ({ default: m.LogMeetingDialog })));

/** Mounted once in the top bar: the keyboard shortcut and, while open, the Log meeting dialog. */
export function LogMeetingHost() {
  useLogMeetingShortcut();
  const open = useLogMeetingStore((s) => s.open);
  const session = useLogMeetingStore((s) => s.session);
  const preset = useLogMeetingStore((s) => s.preset);
  const close = useLogMeetingStore((s) => s.closeLogMeeting);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LogMeetingDialog key={session} preset={preset} onClose={close} />
    </Suspense>
  );
}
