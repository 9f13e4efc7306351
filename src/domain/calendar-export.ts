/**
 * Reminders as an iCalendar (.ics) file, so the phone's calendar raises an
 * alarm when a reminder is due even when Rapport is closed. Each reminder
 * becomes an all-day event with a display alarm that morning, on its due day
 * (its snooze day while snoozed). A reminder whose due day has already passed
 * is placed on today instead, so its alarm still rings, and its description
 * says so. UIDs derive from the reminder id, so importing a fresh export again
 * updates the same entries instead of adding copies.
 *
 * Written with ical.js; lines are folded here at 75 octets of UTF-8 (RFC 5545
 * §3.1), never inside a character.
 */
import ICAL from 'ical.js';
import type { Contact, Reminder } from './entities';
import { absoluteWindowLabel, effectiveWindow } from './follow-ups/inbox';
import { addLocalDays, fromLocalDate, isLocalDayBefore } from '../lib/dates';
import { weekdayDayLabel } from '../lib/date-format';

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
  /** The user's local day, `yyyy-MM-dd`: a reminder due before it is placed on it. */
  today: string;
  /** Local hour on the event's day at which the alarm fires, 1–23; 9 when left out. */
  alarmHour?: number;
}

export type IcsResult = { ok: true; ics: string; eventCount: number } | { ok: false; error: string };

/** Longest content line RFC 5545 allows, in octets, not counting the line break. */
export const ICS_LINE_OCTETS = 75;

/** The UID of a reminder's calendar entry; the same on every export. */
export function reminderUid(reminderId: string): string {
  return `reminder-${reminderId}@rapport.local`;
}

/**
 * The day a reminder's event goes on: its (effective) due day, or today when
 * that has passed: an overdue reminder, or one in its window, still rings.
 * `moved` says why it is not on its due day.
 */
export function calendarDay(
  reminder: ExportableReminder,
  today: string,
): { day: string; moved: 'overdue' | 'in-window' | null } {
  const window = effectiveWindow(reminder);
  if (!isLocalDayBefore(window.dueDate, today)) return { day: window.dueDate, moved: null };
  return { day: today, moved: isLocalDayBefore(window.latestDate, today) ? 'overdue' : 'in-window' };
}

/**
 * Builds the .ics text for the open and snoozed reminders given (done and
 * dismissed ones are skipped). Summary is the title; the description holds
 * the reason, the person and the window, and for a reminder moved to today,
 * why it is there.
 *
 * Returns `{ ok: false, error }` with a sentence for the user when there is
 * nothing to export or an entry cannot be written; never throws.
 */
export function remindersToIcs(reminders: readonly ExportableReminder[], lookups: CalendarLookups): IcsResult {
  const alarmHour = lookups.alarmHour ?? 9;
  if (!Number.isInteger(alarmHour) || alarmHour < 1 || alarmHour > 23) {
    return { ok: false, error: 'The alarm hour must be a whole hour from 1 to 23.' };
  }
  const exportable = reminders.filter((r) => r.status === 'open' || r.status === 'snoozed');
  if (exportable.length === 0) return { ok: false, error: 'There are no open reminders to export.' };

  try {
    const names = new Map(lookups.contacts.map((c) => [c.id, c.name]));
    const calendar = new ICAL.Component(['vcalendar', [], []]);
    calendar.addPropertyWithValue('prodid', '-//Rapport//Reminders//EN');
    calendar.addPropertyWithValue('version', '2.0');
    calendar.addPropertyWithValue('calscale', 'GREGORIAN');
    calendar.addPropertyWithValue('method', 'PUBLISH');
    calendar.addPropertyWithValue('x-wr-calname', 'Rapport reminders');
    const stamp = ICAL.Time.fromJSDate(lookups.now, true);

    for (const reminder of exportable) {
      const { day, moved } = calendarDay(reminder, lookups.today);
      const person = reminder.contactId === null ? null : (names.get(reminder.contactId) ?? null);
      const title = calendarText(reminder.title);
      const description = [
        movedNote(reminder, moved, lookups.today),
        calendarText(reminder.reason).trim(),
        person === null ? '' : `Person: ${calendarText(person)}`,
        `When: ${absoluteWindowLabel(reminder)}`,
      ]
        .filter((line) => line !== '')
        .join('\n');

      const event = new ICAL.Component('vevent');
      event.addPropertyWithValue('uid', reminderUid(reminder.id));
      event.addPropertyWithValue('dtstamp', stamp);
      event.addPropertyWithValue('summary', title);
      event.addPropertyWithValue('description', description);
      event.addPropertyWithValue('dtstart', dateValue(day));
      // DTEND of an all-day event is exclusive: the next day.
      event.addPropertyWithValue('dtend', dateValue(addLocalDays(day, 1)));
      // An all-day reminder should not show the user as busy.
      event.addPropertyWithValue('transp', 'TRANSPARENT');
      event.addPropertyWithValue('x-microsoft-cdo-busystatus', 'FREE');
      const alarm = new ICAL.Component('valarm');
      alarm.addPropertyWithValue('action', 'DISPLAY');
      alarm.addPropertyWithValue('description', title);
      alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(alarmHour * 3600));
      event.addSubcomponent(alarm);
      calendar.addSubcomponent(event);
    }
    return { ok: true, ics: foldIcs(calendar.toString()), eventCount: exportable.length };
  } catch (error) {
    return { ok: false, error: `The calendar file could not be made: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The first line of a moved reminder's description: why it is on today and not on its due day. */
function movedNote(reminder: ExportableReminder, moved: 'overdue' | 'in-window' | null, today: string): string {
  if (moved === null) return '';
  const { dueDate, latestDate } = effectiveWindow(reminder);
  if (moved === 'overdue') {
    return `Overdue: its window ended ${weekdayDayLabel(latestDate)}. Placed on the day of export (${weekdayDayLabel(today)}) so the alarm still rings.`;
  }
  return `Due ${weekdayDayLabel(dueDate)} and still on time until ${weekdayDayLabel(latestDate)}. Placed on the day of export (${weekdayDayLabel(today)}) so the alarm still rings.`;
}

/**
 * Folds every content line of an iCalendar text to at most 75 octets of UTF-8,
 * continuation lines starting with one space (RFC 5545 §3.1), breaking only
 * between characters. Lines already folded are unfolded first.
 */
export function foldIcs(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation holds 74 after its leading space.
  let limit = ICS_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = ICS_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
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

/** A `yyyy-MM-dd` day as an ical.js DATE value (no time, no zone); checked as a real day first. */
function dateValue(day: string): ICAL.Time {
  fromLocalDate(day);
  return ICAL.Time.fromDateString(day);
}
