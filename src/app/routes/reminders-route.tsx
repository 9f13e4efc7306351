import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useToday } from '../../lib/use-today';
import { LogMeetingButton } from '../../features/meetings/components/log-meeting-button';
import { DoneReminders } from '../../features/reminders/components/done-reminders';
import { ExportRemindersButton } from '../../features/reminders/components/export-reminders-button';
import { ReminderInbox } from '../../features/reminders/components/reminder-inbox';
import { useOpenReminders } from '../../features/reminders/hooks/use-open-reminders';

export function RemindersRoute() {
  const today = useToday();
  const reminders = useOpenReminders();
  const [params] = useSearchParams();
  // The tab lives in the URL, so Back and a bookmark return to it.
  const showDone = params.get('view') === 'done';
  return (
    <>
      <PageHeader
        title="Reminders"
        description="What is overdue, due today and coming up, and what you have done. Export them to your calendar to be alerted with Rapport closed."
        actions={
          !showDone && reminders && reminders.length > 0 ? <ExportRemindersButton reminders={reminders} today={today} /> : undefined
        }
      />
      <nav className="row reminder-tabs" aria-label="Reminder lists">
        <Link className={`btn btn-small${showDone ? '' : ' btn-primary'}`} to="/reminders" aria-current={showDone ? undefined : 'page'}>
          Open
        </Link>
        <Link className={`btn btn-small${showDone ? ' btn-primary' : ''}`} to="/reminders?view=done" aria-current={showDone ? 'page' : undefined}>
          Done
        </Link>
      </nav>
      {showDone ? (
        <DoneReminders />
      ) : reminders === undefined ? (
        <p className="muted" aria-busy="true">
          Loading reminders…
        </p>
      ) : (
        <ReminderInbox reminders={reminders} today={today} emptyAction={<LogMeetingButton />} />
      )}
    </>
  );
}
