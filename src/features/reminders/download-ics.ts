/**
 * Saves reminders as an .ics file through a temporary download link, so the
 * phone's or laptop's calendar can alarm on the due day with Rapport closed.
 */
import type { ReminderWithPerson } from '../../data/reminder-queries';

export type DownloadResult = { ok: true; fileName: string; eventCount: number } | { ok: false; error: string };

export async function downloadRemindersIcs(
  reminders: readonly ReminderWithPerson[],
  today: string,
  now: Date,
): Promise<DownloadResult> {
  // The iCalendar writer is only needed on export; load it then.
  const { icsFileName, remindersToIcs } = await import('../../domain/calendar-export');
  const result = remindersToIcs(reminders, {
    contacts: reminders.flatMap((r) => (r.person ? [r.person] : [])),
    now,
    today,
  });
  if (!result.ok) return result;
  const fileName = icsFileName(reminders, today);
  const url = URL.createObjectURL(new Blob([result.ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob when the download starts; free it a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return { ok: true, fileName, eventCount: result.eventCount };
}
