import type { ReminderWithPerson } from '../../../data/reminder-queries';
import { showToast } from '../../../stores/toast-store';
import { downloadRemindersIcs } from '../download-ics';

/** Saves every open reminder as one .ics file, each with an alarm on its due day. */
export function ExportRemindersButton({ reminders, today }: { reminders: readonly ReminderWithPerson[]; today: string }) {
  return (
    <button
      type="button"
      className="btn"
      disabled={reminders.length === 0}
      title="A calendar file with an alarm on each due day, so reminders reach you with Rapport closed"
      onClick={async () => {
        const result = await downloadRemindersIcs(reminders, today, new Date());
        showToast(
          result.ok
            ? {
                message: `Saved ${result.fileName} with ${result.eventCount} reminder${result.eventCount === 1 ? '' : 's'}. Open it to add them to your calendar.`,
              }
            : { tone: 'error', message: result.error },
        );
      }}
    >
      Export all open reminders
    </button>
  );
}
