import { PageHeader } from '../../components/page-header';
import { useToday } from '../../lib/use-today';
import { LogMeetingButton } from '../../features/meetings/components/log-meeting-button';
import { ExportRemindersButton } from '../../features/reminders/components/export-reminders-button';
import { ReminderInbox } from '../../features/reminders/components/reminder-inbox';
import { useOpenReminders } from '../../features/reminders/hooks/use-open-reminders';

export function RemindersRoute() {
  const today = useToday();
  const reminders = useOpenReminders();
  return (
    <>
      <PageHeader
        title="Reminders"
        description="What is overdue, due today and coming up. Export them to your calendar to be alerted with Rapport closed."
        actions={reminders && reminders.length > 0 ? <ExportRemindersButton reminders={reminders} today={today} /> : undefined}
      />
      {reminders === undefined ? (
        <p className="muted" aria-busy="true">
          Loading reminders…
        </p>
      ) : (
        <ReminderInbox reminders={reminders} today={today} emptyAction={<LogMeetingButton />} />
      )}
    </>
  );
}
