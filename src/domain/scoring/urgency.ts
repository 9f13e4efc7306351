/**
 * What makes a contact urgent — the keep-in-touch cadence, promises still owed,
 * live reminders — gathered once per contact as signals. The urgency factor and
 * the suggested next action both read the same signals.
 */
import { cadenceLabel } from '../follow-ups/cadence';
import { reminderTiming } from './activity';
import type { ContactActivity, OwedCommitment } from './activity';
import { DEFAULT_MENTOR_CADENCE_DAYS, URGENCY } from './factors';
import type { FactorPart, ScoringContact, ScoringReminder } from './types';

const DAY_MS = 86_400_000;
/** Sorts after every yyyy-MM-dd day, so undated items come last. */
const UNDATED = '~';
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export interface UrgencyContext {
  nowMs: number;
  /** The user's local day. */
  today: string;
  /** Last day that counts as "soon" for a reminder (today + 7). */
  soonDay: string;
  /** Cadence for mentors and advocates without their own; default 42. */
  mentorDefaultCadenceDays?: number;
}

/** Everything urgency and the next action read about one contact, on one day. */
export interface UrgencySignals {
  /** Keep-in-touch cadence in days, or null when the contact has none. */
  cadenceDays: number | null;
  /** Days (fractional) since the last touch, or since the contact was added when nothing is logged. */
  daysSinceTouch: number;
  touched: boolean;
  owedCount: number;
  overdueCommitmentCount: number;
  /** Earliest promise past its due day / earliest open promise (undated last). */
  firstOverdueCommitment: OwedCommitment | null;
  firstOwedCommitment: OwedCommitment | null;
  overdueReminderCount: number;
  dueReminderCount: number;
  soonReminderCount: number;
  /** Earliest by latest day / by latest day / by due day. */
  firstOverdueReminder: ScoringReminder | null;
  firstDueReminder: ScoringReminder | null;
  firstSoonReminder: ScoringReminder | null;
}

/** The contact's keep-in-touch cadence in days: their own, else the mentor default for mentors and advocates, else none. */
export function cadenceOf(
  contact: Pick<ScoringContact, 'cadenceDays' | 'stage'>,
  mentorDefaultDays: number = DEFAULT_MENTOR_CADENCE_DAYS,
): number | null {
  if (contact.cadenceDays !== null) return contact.cadenceDays;
  return contact.stage === 'mentor' || contact.stage === 'advocate' ? mentorDefaultDays : null;
}

/** Whether (day, id) comes before (bestDay, bestId): earliest day first, then smallest id, so input order never matters. */
const before = (day: string, id: string, best: { id: string } | null, bestDay: string) =>
  best === null || day < bestDay || (day === bestDay && id < best.id);

/** Gathers the urgency signals of one contact from its activity. */
export function urgencySignals(
  contact: Pick<ScoringContact, 'cadenceDays' | 'stage' | 'createdAt'>,
  activity: ContactActivity,
  context: UrgencyContext,
): UrgencySignals {
  // Elapsed clock time since the anchor instant, so plain milliseconds rather than calendar days.
  const anchor = activity.lastTouchMs ?? Date.parse(contact.createdAt);
  const signals: UrgencySignals = {
    cadenceDays: cadenceOf(contact, context.mentorDefaultCadenceDays),
    daysSinceTouch: Number.isFinite(anchor) ? Math.max(0, (context.nowMs - anchor) / DAY_MS) : 0,
    touched: activity.lastTouchMs !== null,
    owedCount: activity.owed.length,
    overdueCommitmentCount: 0,
    firstOverdueCommitment: null,
    firstOwedCommitment: null,
    overdueReminderCount: 0,
    dueReminderCount: 0,
    soonReminderCount: 0,
    firstOverdueReminder: null,
    firstDueReminder: null,
    firstSoonReminder: null,
  };

  let owedDay = '';
  let overdueDay = '';
  for (const owed of activity.owed) {
    const day = owed.dueDate ?? UNDATED;
    if (before(day, owed.id, signals.firstOwedCommitment, owedDay)) {
      signals.firstOwedCommitment = owed;
      owedDay = day;
    }
    if (owed.dueDate !== null && owed.dueDate < context.today) {
      signals.overdueCommitmentCount += 1;
      if (before(day, owed.id, signals.firstOverdueCommitment, overdueDay)) {
        signals.firstOverdueCommitment = owed;
        overdueDay = day;
      }
    }
  }

  let overdueReminderDay = '';
  let dueReminderDay = '';
  let soonReminderDay = '';
  for (const reminder of activity.reminders) {
    const timing = reminderTiming(reminder, context.today, context.soonDay);
    if (timing === 'overdue') {
      signals.overdueReminderCount += 1;
      if (before(reminder.latestDate, reminder.id, signals.firstOverdueReminder, overdueReminderDay)) {
        signals.firstOverdueReminder = reminder;
        overdueReminderDay = reminder.latestDate;
      }
    } else if (timing === 'due') {
      signals.dueReminderCount += 1;
      if (before(reminder.latestDate, reminder.id, signals.firstDueReminder, dueReminderDay)) {
        signals.firstDueReminder = reminder;
        dueReminderDay = reminder.latestDate;
      }
    } else if (timing === 'soon') {
      signals.soonReminderCount += 1;
      if (before(reminder.dueDate, reminder.id, signals.firstSoonReminder, soonReminderDay)) {
        signals.firstSoonReminder = reminder;
        soonReminderDay = reminder.dueDate;
      }
    }
  }
  return signals;
}

/**
 * Urgency, 0–1, "any one is enough": 1 − (1 − cadence)(1 − commitments)(1 − reminders), where
 * cadence = min(1, days since touch / (2 × cadence days)) or 0 without a cadence;
 * commitments = load / (load + 1), each owed promise 1 and an overdue one 2;
 * reminders = load / (load + 1), coming up within a week 0.5, in its window 1, past its latest day 2.
 */
export function urgencyFromSignals(signals: UrgencySignals): FactorPart {
  let detail = '';
  const say = (words: string) => {
    detail = detail === '' ? words : `${detail} · ${words}`;
  };

  let cadencePart = 0;
  if (signals.cadenceDays !== null) {
    cadencePart = Math.min(1, signals.daysSinceTouch / (URGENCY.cadenceSpan * signals.cadenceDays));
    const days = Math.floor(signals.daysSinceTouch);
    say(`${days} ${days === 1 ? 'day' : 'days'} ${signals.touched ? 'since last touch' : 'since added, none logged'} (you keep in touch ${cadenceLabel(signals.cadenceDays)})`);
  }

  const overdueCommitments = signals.overdueCommitmentCount;
  const commitmentLoad =
    (signals.owedCount - overdueCommitments) * URGENCY.owedCommitment + overdueCommitments * URGENCY.overdueCommitment;
  if (signals.owedCount > 0) {
    say(`${plural(signals.owedCount, 'promise')} owed${overdueCommitments > 0 ? `, ${overdueCommitments} overdue` : ''}`);
  }

  const { overdueReminderCount: overdue, dueReminderCount: due, soonReminderCount: soon } = signals;
  const reminderLoad = overdue * URGENCY.overdueReminder + due * URGENCY.dueReminder + soon * URGENCY.soonReminder;
  if (reminderLoad > 0) {
    let counts = overdue > 0 ? `${overdue} overdue` : '';
    if (due > 0) counts = counts === '' ? `${due} due` : `${counts}, ${due} due`;
    if (soon > 0) counts = counts === '' ? `${soon} coming up` : `${counts}, ${soon} coming up`;
    say(`Reminders: ${counts}`);
  }

  const commitmentPart = commitmentLoad / (commitmentLoad + 1);
  const reminderPart = reminderLoad / (reminderLoad + 1);
  const value = 1 - (1 - cadencePart) * (1 - commitmentPart) * (1 - reminderPart);
  return { value, detail: detail === '' ? 'Nothing due and no cadence set' : detail };
}

/** Urgency of one contact, 0–1, with words; see {@link urgencyFromSignals} for the formula. */
export function contactUrgency(
  contact: Pick<ScoringContact, 'cadenceDays' | 'stage' | 'createdAt'>,
  activity: ContactActivity,
  context: UrgencyContext,
): FactorPart {
  return urgencyFromSignals(urgencySignals(contact, activity, context));
}
