/**
 * Reminders as an iCalendar (.ics) file, so the phone's calendar raises an
 * alarm on the due day even when Rapport is closed. Each reminder becomes an
 * all-day event on its due day (its snooze day while snoozed) with a display
 * alarm that morning. UIDs derive from the reminder id, so importing a fresh
 * export again updates the same entries instead of adding copies.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Contact, Reminder } from './entities';
import { absoluteWindowLabel, effectiveWindow } from './follow-ups/inbox';
import { addLocalDays, fromLocalDate } from '../lib/dates';

/** The reminder fields the export reads. */
export type ExportableReminder = Pick<
  Reminder,
  'id' | 'title' | 'reason' | 'contactId' | 'dueDate' | 'latestDate' | 'status' | 'snoozedUntil'
>;

export interface CalendarLookups {
  /** Contacts the reminders point at, to name the person in each entry. */
  contacts: readonly Pick<Contact, 'id' | 'name'>[];
  /** Stamped as DTSTAMP; passed in because domain code reads no clock. */
  now: Date;
  /** Local hour on the due day at which the alarm fires, 1–23; 9 when left out. */
  alarmHour?: number;
}

export type IcsResult = { ok: true; ics: string; eventCount: number } | { ok: false; error: string };

// `timestamp` (DTSTAMP) is read by ics but missing from its published types.
type StampedEvent = EventAttributes & { timestamp: number };

/** The UID of a reminder's calendar entry; the same on every export. */
export function reminderUid(reminderId: string): string {
  return `reminder-${reminderId}@rapport.local`;
}

/**
 * Builds the .ics text for the open and snoozed reminders given (done and
 * dismissed ones are skipped). Summary is the title; the description holds
 * the reason, the person and the window.
 *
 * Returns `{ ok: false, error }` with a sentence for the user when there is
 * nothing to export or the ics library rejects an entry; never throws.
 */
export function remindersToIcs(reminders: readonly ExportableReminder[], lookups: CalendarLookups): IcsResult {
  const alarmHour = lookups.alarmHour ?? 9;
  if (!Number.isInteger(alarmHour) || alarmHour < 1 || alarmHour > 23) {
    return { ok: false, error: 'The alarm hour must be a whole hour from 1 to 23.' };
  }
  const exportable = reminders.filter((r) => r.status === 'open' || r.status === 'snoozed');
  if (exportable.length === 0) return { ok: false, error: 'There are no open reminders to export.' };

  const names = new Map(lookups.contacts.map((c) => [c.id, c.name]));
  const stamp = lookups.now.getTime();
  const events = exportable.map((reminder): StampedEvent => {
    const day = effectiveWindow(reminder).dueDate;
    const person = reminder.contactId === null ? null : names.get(reminder.contactId) ?? null;
    const title = calendarText(reminder.title);
    const description = [
      calendarText(reminder.reason).trim(),
      person === null ? '' : `Person: ${calendarText(person)}`,
      `When: ${absoluteWindowLabel(reminder)}`,
    ]
      .filter((line) => line !== '')
      .join('\n');
    return {
      uid: reminderUid(reminder.id),
      timestamp: stamp,
      title,
      description,
      start: dayArray(day),
      // DTEND of an all-day event is exclusive: the next day.
      end: dayArray(addLocalDays(day, 1)),
      // An all-day reminder should not show the user as busy.
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      // ics escapes SUMMARY and DESCRIPTION of the event but not of the alarm, so that one is escaped here.
      alarms: [{ action: 'display', description: escapeText(title), trigger: { hours: alarmHour, before: false } }],
    };
  });

  const { error, value } = createEvents(events, { productId: '-//Rapport//Reminders//EN', calName: 'Rapport reminders' });
  if (error !== null || value === null) {
    return { ok: false, error: `The calendar file could not be made: ${error?.message ?? 'unknown error'}` };
  }
  return { ok: true, ics: value, eventCount: events.length };
}

/**
 * A file name for the export: `rapport-<title>-<due day>.ics` for one
 * reminder, `rapport-reminders-<today>.ics` for several. ASCII only, so every
 * phone and mail client keeps it intact.
 */
export function icsFileName(reminders: readonly Pick<Reminder, 'title' | 'dueDate'>[], today: string): string {
  if (reminders.length === 1) {
    const slug = slugify(reminders[0].title) || 'reminder';
    return `rapport-${slug}-${reminders[0].dueDate}.ics`;
  }
  return `rapport-reminders-${today}.ics`;
}

/**
 * Text as iCalendar allows it: line breaks as LF (a lone CR would end the
 * content line) and no other control characters, which RFC 5545 forbids in TEXT.
 */
function calendarText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and new line. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function dayArray(day: string): DateArray {
  const date = fromLocalDate(day);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}
