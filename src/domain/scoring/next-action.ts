/**
 * The one thing to do next for a contact, in words. Things already late come
 * first, then things due now, then the keep-in-touch cadence, then what the
 * relationship stage suggests.
 */
import { format } from 'date-fns';
import { fromLocalDate } from '../../lib/dates';
import { REMINDER_KIND_LABELS } from '../vocabulary';
import { reminderTiming } from './activity';
import type { ContactActivity, OwedCommitment } from './activity';
import { cadenceOf, daysSinceTouch } from './contact-score';
import type { NextAction, ScoringContact, ScoringReminder } from './types';

export interface NextActionContext {
  nowMs: number;
  today: string;
  /** Last day that counts as "soon" for a reminder. */
  soonDay: string;
  mentorDefaultCadenceDays?: number;
  /** Formats a day as "12 Mar"; pass a memoised one when suggesting for many contacts. */
  dayLabel?: (day: string) => string;
}

const MAX_TEXT = 80;
/** Sorts after every yyyy-MM-dd day. */
const UNDATED = '~';

/** "12 Mar" for `2026-03-12`. */
export function dayMonthLabel(day: string): string {
  return format(fromLocalDate(day), 'd MMM');
}

/** A day labeller that formats each distinct day once (a run sees few distinct days). */
export function memoDayLabel(): (day: string) => string {
  const cache = new Map<string, string>();
  return (day) => {
    let label = cache.get(day);
    if (label === undefined) {
      label = dayMonthLabel(day);
      cache.set(day, label);
    }
    return label;
  };
}

/** "3 days", "7 weeks", "4 months": the size of a gap, rounded down to a unit a person would say. */
export function durationWords(days: number): string {
  const d = Math.floor(days);
  if (d < 1) return 'less than a day';
  if (d < 14) return d === 1 ? '1 day' : `${d} days`;
  if (d < 91) return `${Math.floor(d / 7)} weeks`;
  return `${Math.floor(d / 30)} months`;
}

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1).trimEnd()}…` : text);

const reminderWhat = (reminder: ScoringReminder) =>
  reminder.kind === 'custom' ? clip(reminder.title) : REMINDER_KIND_LABELS[reminder.kind];

/** Earliest day first, undated last; ties by id so the choice does not depend on input order. */
function earliest<T extends { id: string }>(items: readonly T[], dayOf: (item: T) => string | null): T | null {
  let best: T | null = null;
  let bestKey = '';
  for (const item of items) {
    const key = dayOf(item) ?? UNDATED;
    if (best === null || key < bestKey || (key === bestKey && item.id < best.id)) {
      best = item;
      bestKey = key;
    }
  }
  return best;
}

const action = (
  kind: NextAction['kind'],
  text: string,
  refs: Partial<Pick<NextAction, 'reminderId' | 'commitmentId' | 'day'>> = {},
): NextAction => ({ kind, text, reminderId: refs.reminderId ?? null, commitmentId: refs.commitmentId ?? null, day: refs.day ?? null });

/**
 * Suggests the next step for one contact, in this order:
 * 1. a reminder past its latest day — "Thank-you overdue since 12 Mar";
 * 2. a promise past its due day — "Deliver: send the abstract (was due 3 Apr)";
 * 3. a reminder in its window — "Follow-up due by 20 Mar";
 * 4. a promise still open — "Deliver: send the abstract by 3 Apr";
 * 5. the keep-in-touch cadence reached — "7 weeks since your last update";
 * 6. a reminder opening within a week — "Pre-event outreach due 25 Mar";
 * 7. by stage: introduce yourself, ask to meet, or send an update.
 */
export function suggestNextAction(
  contact: Pick<ScoringContact, 'stage' | 'cadenceDays' | 'createdAt'>,
  activity: ContactActivity,
  context: NextActionContext,
): NextAction {
  const label = context.dayLabel ?? dayMonthLabel;
  const { today, soonDay } = context;
  const byTiming = { overdue: [] as ScoringReminder[], due: [] as ScoringReminder[], soon: [] as ScoringReminder[] };
  for (const reminder of activity.reminders) {
    const timing = reminderTiming(reminder, today, soonDay);
    if (timing !== 'later') byTiming[timing].push(reminder);
  }

  const overdueReminder = earliest(byTiming.overdue, (r) => r.latestDate);
  if (overdueReminder !== null) {
    return action('overdue-reminder', `${reminderWhat(overdueReminder)} overdue since ${label(overdueReminder.latestDate)}`, {
      reminderId: overdueReminder.id,
      day: overdueReminder.latestDate,
    });
  }

  const isOverdue = (c: OwedCommitment) => c.dueDate !== null && c.dueDate < today;
  const overdueCommitment = earliest(activity.owed.filter(isOverdue), (c) => c.dueDate);
  if (overdueCommitment !== null && overdueCommitment.dueDate !== null) {
    return action(
      'overdue-commitment',
      `Deliver: ${clip(overdueCommitment.text)} (was due ${label(overdueCommitment.dueDate)})`,
      { commitmentId: overdueCommitment.id, day: overdueCommitment.dueDate },
    );
  }

  const dueReminder = earliest(byTiming.due, (r) => r.latestDate);
  if (dueReminder !== null) {
    return action('due-reminder', `${reminderWhat(dueReminder)} due by ${label(dueReminder.latestDate)}`, {
      reminderId: dueReminder.id,
      day: dueReminder.latestDate,
    });
  }

  const owed = earliest(activity.owed, (c) => c.dueDate);
  if (owed !== null) {
    const by = owed.dueDate !== null ? ` by ${label(owed.dueDate)}` : '';
    return action('commitment', `Deliver: ${clip(owed.text)}${by}`, { commitmentId: owed.id, day: owed.dueDate });
  }

  const cadence = cadenceOf(contact, context.mentorDefaultCadenceDays);
  const days = daysSinceTouch(contact, activity, context.nowMs);
  if (cadence !== null && days >= cadence) {
    const text =
      activity.lastTouchMs === null
        ? `No touch logged in ${durationWords(days)}: send an update`
        : `${durationWords(days)} since your last update`;
    return action('keep-in-touch', text.charAt(0).toUpperCase() + text.slice(1));
  }

  const soonReminder = earliest(byTiming.soon, (r) => r.dueDate);
  if (soonReminder !== null) {
    return action('upcoming-reminder', `${reminderWhat(soonReminder)} due ${label(soonReminder.dueDate)}`, {
      reminderId: soonReminder.id,
      day: soonReminder.dueDate,
    });
  }

  if (contact.stage === 'identified') return action('introduce', 'Introduce yourself with a short note');
  if (contact.stage === 'contacted') return action('ask-to-meet', 'Ask for a short call or meeting');
  if (activity.lastTouchMs === null) return action('update', 'Send a short update on your progress');
  const since = durationWords(days);
  return action('update', `${since.charAt(0).toUpperCase()}${since.slice(1)} since your last update`);
}
