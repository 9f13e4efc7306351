/**
 * Pre-event outreach: before a conference or open house, one short note to
 * each target contact, by default from 14 to 7 days before the event starts.
 */
import type { RapportEvent } from '../entities';
import type { FollowUpRules } from '../settings';
import { addLocalDays, isLocalDayBefore } from '../../lib/dates';
import { shortDayLabel } from '../../lib/date-format';
import { clip, nameOf, type ContactRef, type ProposedReminder } from './reminder-draft';
import { offsetWindow } from './rules';

/**
 * How the outreach window relates to today:
 * - `on-time`: the window from Settings, untouched;
 * - `shortened`: the window has begun, so it starts today instead (its end is kept);
 * - `last-chance`: the window is over but the event has not begun, so the
 *   reminder runs from today to the day before the event.
 */
export type OutreachTiming = 'on-time' | 'shortened' | 'last-chance';

export interface OutreachWindow {
  dueDate: string;
  latestDate: string;
  timing: OutreachTiming;
}

type OutreachEvent = Pick<RapportEvent, 'id' | 'name' | 'startDate' | 'place' | 'targetContactIds'>;

/**
 * The outreach window for an event as of `today`, or null when outreach no
 * longer makes sense (the event has started or is over).
 *
 * Outreach is by definition before the event: a window the Settings place on
 * or after the start day is cut back to end the day before. When the window
 * is already partly or wholly past, it is clamped to begin today (see
 * `OutreachTiming`) rather than proposing a reminder that is overdue on arrival.
 */
export function outreachWindow(
  startDate: string,
  rule: { dueOffsetDays: number; latestOffsetDays: number },
  today: string,
): OutreachWindow | null {
  if (!isLocalDayBefore(today, startDate)) return null;
  const dayBefore = addLocalDays(startDate, -1);
  const planned = offsetWindow(startDate, rule);
  const latestDate = isLocalDayBefore(planned.latestDate, dayBefore) ? planned.latestDate : dayBefore;
  const dueDate = isLocalDayBefore(planned.dueDate, latestDate) ? planned.dueDate : latestDate;
  if (isLocalDayBefore(latestDate, today)) return { dueDate: today, latestDate: dayBefore, timing: 'last-chance' };
  if (isLocalDayBefore(dueDate, today)) return { dueDate: today, latestDate, timing: 'shortened' };
  return { dueDate, latestDate, timing: 'on-time' };
}

export interface EventOutreachInput {
  event: OutreachEvent;
  /** The target contacts; a missing one is named "this contact". */
  contacts: readonly ContactRef[];
  rules: FollowUpRules;
  /** The user's local day, `yyyy-MM-dd`. */
  today: string;
}

/**
 * One outreach reminder per target contact of the event, keyed
 * `preEventOutreach:<event id>:<contact id>`. Empty when the rule is off, the
 * event has no targets, or it has already begun.
 */
export function planEventOutreach(input: EventOutreachInput): ProposedReminder[] {
  const { event, contacts, rules, today } = input;
  if (!rules.preEventOutreach.enabled) return [];
  const window = outreachWindow(event.startDate, rules.preEventOutreach, today);
  if (window === null) return [];
  const place = event.place.trim();
  const late =
    window.timing === 'last-chance' ? ' The usual window has passed, but a note before the event still beats none.' : '';
  return [...new Set(event.targetContactIds)].map((contactId) => {
    const name = nameOf(contacts, contactId);
    return {
      key: `preEventOutreach:${event.id}:${contactId}`,
      ruleId: 'preEventOutreach',
      windowPassed: false,
      replaces: [],
      dueDate: window.dueDate,
      latestDate: window.latestDate,
      kind: 'pre-event-outreach',
      title: clip(`Reach out to ${name} before ${event.name}`, 200),
      reason: clip(
        `${event.name} starts ${shortDayLabel(event.startDate)}${place ? ` in ${place}` : ''}. ` +
          `Write ${name} a short note: say you will be there and ask for 5 to 10 minutes to meet.${late}`,
        1000,
      ),
      contactId,
      programId: null,
      interactionId: null,
      eventId: event.id,
      commitmentId: null,
    } satisfies ProposedReminder;
  });
}
