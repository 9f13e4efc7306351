/**
 * Where the Log meeting dialog opens from decides what it starts with: the
 * person (and their program when they have exactly one), a program (its
 * people offered first), a reminder (its person, a fitting kind and "mark it
 * done"), or an event (a conference conversation on one of its days). With no
 * event given, one happening today is chosen. Pure: the caller passes `now`.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { Contact, RapportEvent } from './entities';
import { emptyMeetingForm, toDatetimeLocal, type MeetingContact, type MeetingFormValues } from './meeting-form';
import type { InteractionKind, ReminderKind } from './vocabulary';

export interface MeetingPreset {
  contactIds?: string[];
  programId?: string;
  eventId?: string;
  kind?: InteractionKind;
  /** The reminder being acted on: offered as "mark done" when the meeting is saved. */
  reminder?: { id: string; title: string; kind: ReminderKind };
  /** People not stored yet, e.g. drafted from a scanned badge; saved with the meeting. */
  newContacts?: MeetingContact[];
}

export type PresetContact = Pick<Contact, 'id' | 'name' | 'role' | 'programIds'>;
export type PresetEvent = Pick<RapportEvent, 'id' | 'startDate' | 'endDate'>;

export interface ResolvedPreset {
  values: MeetingFormValues;
  /** Contacts to offer first in the people box (a program's people). */
  preferredContactIds: string[];
  /** The reminder to mark done with the save, ticked by default; null when none. */
  reminder: { id: string; title: string } | null;
}

/** The interaction kind a reminder's follow-up usually is. */
const KIND_FOR_REMINDER: Partial<Record<ReminderKind, InteractionKind>> = {
  'thank-you': 'email',
  'follow-up': 'email',
  'keep-in-touch': 'email',
  'pre-event-outreach': 'email',
};

/** The event whose days include `day` (yyyy-MM-dd), the latest-starting first; undefined when none. */
export function eventOnDay<E extends PresetEvent>(events: readonly E[], day: string): E | undefined {
  return [...events]
    .filter((e) => e.startDate <= day && day <= e.endDate)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}

/** `now`'s time of day on the event day nearest to today: today inside the event, else its first or last day. */
export function timeWithinEvent(event: PresetEvent, now: Date): string {
  const today = format(now, 'yyyy-MM-dd');
  const last = event.endDate < event.startDate ? event.startDate : event.endDate;
  const day = today < event.startDate ? event.startDate : today > last ? last : today;
  if (day === today) return toDatetimeLocal(now);
  return `${day}T${format(now, 'HH:mm')}`;
}

export function resolveMeetingPreset(
  preset: MeetingPreset,
  choices: { contacts: readonly PresetContact[]; events: readonly PresetEvent[] },
  now: Date,
): ResolvedPreset {
  const byId = new Map(choices.contacts.map((c) => [c.id, c]));
  const people = (preset.contactIds ?? []).flatMap((id) => byId.get(id) ?? []);
  const contacts: MeetingContact[] = [
    ...people.map(({ id, name, role }) => ({ id, name, role, isNew: false })),
    ...(preset.newContacts ?? []).map((c) => ({ ...c, isNew: true })),
  ];

  // A single person with a single program: that program. Several people: only a program they all share alone.
  let programId = preset.programId ?? '';
  if (programId === '' && people.length > 0) {
    const shared = people.map((p) => new Set(p.programIds)).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
    if (shared.size === 1 && people.every((p) => p.programIds.length === 1)) programId = [...shared][0];
  }

  const today = format(now, 'yyyy-MM-dd');
  const event = preset.eventId ? choices.events.find((e) => e.id === preset.eventId) : eventOnDay(choices.events, today);
  const values = emptyMeetingForm(now, { contacts, programId, eventId: event?.id ?? '' });
  if (event) {
    values.occurredAt = timeWithinEvent(event, now);
    if (preset.eventId || !preset.reminder) values.kind = 'conference-conversation';
  }
  if (preset.reminder) values.kind = KIND_FOR_REMINDER[preset.reminder.kind] ?? values.kind;
  if (preset.kind) values.kind = preset.kind;

  const preferredContactIds = preset.programId
    ? choices.contacts.filter((c) => c.programIds.includes(preset.programId ?? '')).map((c) => c.id)
    : [];
  return {
    values,
    preferredContactIds,
    reminder: preset.reminder ? { id: preset.reminder.id, title: preset.reminder.title } : null,
  };
}

/** The When value for a quick choice: yesterday at this time, or earlier today (two hours ago, not before midnight). */
export function quickWhen(choice: 'yesterday' | 'earlier-today', now: Date): string {
  if (choice === 'yesterday') return toDatetimeLocal(addDays(now, -1));
  const earlier = new Date(now.getTime() - 2 * 60 * 60 * 1000);
  const midnight = parseISO(format(now, 'yyyy-MM-dd'));
  return toDatetimeLocal(earlier < midnight ? midnight : earlier);
}

/**
 * What Save will do, in a few words for beside the button: the ticked
 * reminders ("thank-you by Fri 4 Dec", or the first and how many more) and
 * the stage changes ("stage → Met"). Empty when Save only logs the meeting.
 */
export function saveSummaryParts(
  reminders: readonly { include: boolean; kind: ReminderKind; latestDate: string; dueDate: string }[],
  advances: readonly { contactId: string; stage: { to: string } | null }[],
  declined: ReadonlySet<string>,
  labels: { reminderKind: (kind: ReminderKind) => string; stage: (stage: string) => string; day: (day: string) => string },
): string[] {
  const parts: string[] = [];
  const kept = reminders.filter((r) => r.include).sort((a, b) => (a.latestDate || a.dueDate).localeCompare(b.latestDate || b.dueDate));
  if (kept.length > 0) {
    const first = kept[0];
    const text = `${labels.reminderKind(first.kind).toLowerCase()} by ${labels.day(first.latestDate || first.dueDate)}`;
    parts.push(kept.length === 1 ? text : `${text} + ${kept.length - 1} more`);
  }
  const stages = [...new Set(advances.filter((a) => a.stage && !declined.has(a.contactId)).map((a) => a.stage?.to ?? ''))];
  if (stages.length > 0) parts.push(`stage → ${stages.map(labels.stage).join(', ')}`);
  return parts;
}
