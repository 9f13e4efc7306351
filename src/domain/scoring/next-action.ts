/**
 * The one thing to do next for a contact, in words. Things already late come
 * first, then things due now, then the keep-in-touch cadence, then what the
 * relationship stage suggests.
 */
import { format } from 'date-fns';
import type { ContactActivity } from './activity';
import type { NextAction, ScoringContact, ScoringReminder } from './types';
import { urgencySignals } from './urgency';
import type { UrgencyContext, UrgencySignals } from './urgency';

export interface NextActionContext extends UrgencyContext {
  /** Formats a day as "12 Mar"; pass a memoised one ({@link memoDayLabel}) when suggesting for many contacts. */
  dayLabel?: (day: string) => string;
}

const MAX_TEXT = 80;

/** "12 Mar" for `2026-03-12`. */
export function dayMonthLabel(day: string): string {
  // The day comes from a validated yyyy-MM-dd field; building the Date from its numbers skips
  // date-fns `parse`, which costs far more than the format and shows up over thousands of contacts.
  const [year, month, date] = day.split('-').map(Number);
  return format(new Date(year, month - 1, date), 'd MMM');
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

/** What a reminder asks the user to do, as an instruction: "Thank Dr. Lee", or a custom or commitment reminder's own title. */
const reminderWhat = (reminder: ScoringReminder, name: string) => {
  switch (reminder.kind) {
    case 'thank-you':
      return `Thank ${name}`;
    case 'follow-up':
    case 'keep-in-touch':
      return `Send ${name} an update`;
    case 'pre-event-outreach':
      return `Write to ${name} before the event`;
    default:
      return clip(reminder.title);
  }
};

const action = (
  kind: NextAction['kind'],
  text: string,
  refs: Partial<Pick<NextAction, 'reminderId' | 'commitmentId' | 'day'>> = {},
): NextAction => ({ kind, text, reminderId: refs.reminderId ?? null, commitmentId: refs.commitmentId ?? null, day: refs.day ?? null });

/** "Send Dr. Lee an update (7 weeks since the last)". */
const sendUpdate = (name: string, days: number) => `Send ${name} an update (${durationWords(days)} since the last)`;

/**
 * The next step for a contact from its urgency signals, in this order:
 * 1. a reminder past its latest day — "Thank Dr. Lee (overdue since 12 Mar)";
 * 2. a promise past its due day — "Deliver: send the abstract (was due 3 Apr)";
 * 3. a reminder in its window — "Send Dr. Lee an update (due by 20 Mar)";
 * 4. a promise still open — "Deliver: send the abstract by 3 Apr";
 * 5. the keep-in-touch cadence reached — "Send Dr. Lee an update (7 weeks since the last)";
 * 6. a reminder opening within a week — "Write to Dr. Lee before the event (due 25 Mar)";
 * 7. by stage: introduce yourself (identified), ask to meet (contacted), else send an update.
 * Every text is an instruction that names the person.
 */
export function nextActionFromSignals(
  contact: Pick<ScoringContact, 'stage' | 'name'>,
  signals: UrgencySignals,
  dayLabel: (day: string) => string = dayMonthLabel,
): NextAction {
  const { stage, name } = contact;
  const overdueReminder = signals.firstOverdueReminder;
  if (overdueReminder !== null) {
    return action('overdue-reminder', `${reminderWhat(overdueReminder, name)} (overdue since ${dayLabel(overdueReminder.latestDate)})`, {
      reminderId: overdueReminder.id,
      day: overdueReminder.latestDate,
    });
  }

  const overdueCommitment = signals.firstOverdueCommitment;
  if (overdueCommitment !== null && overdueCommitment.dueDate !== null) {
    return action('overdue-commitment', `Deliver: ${clip(overdueCommitment.text)} (was due ${dayLabel(overdueCommitment.dueDate)})`, {
      commitmentId: overdueCommitment.id,
      day: overdueCommitment.dueDate,
    });
  }

  const dueReminder = signals.firstDueReminder;
  if (dueReminder !== null) {
    return action('due-reminder', `${reminderWhat(dueReminder, name)} (due by ${dayLabel(dueReminder.latestDate)})`, {
      reminderId: dueReminder.id,
      day: dueReminder.latestDate,
    });
  }

  const owed = signals.firstOwedCommitment;
  if (owed !== null) {
    const by = owed.dueDate !== null ? ` by ${dayLabel(owed.dueDate)}` : '';
    return action('commitment', `Deliver: ${clip(owed.text)}${by}`, { commitmentId: owed.id, day: owed.dueDate });
  }

  if (signals.cadenceDays !== null && signals.daysSinceTouch >= signals.cadenceDays) {
    const text = signals.touched
      ? sendUpdate(name, signals.daysSinceTouch)
      : `Send ${name} an update (nothing logged in ${durationWords(signals.daysSinceTouch)})`;
    return action('keep-in-touch', text);
  }

  const soonReminder = signals.firstSoonReminder;
  if (soonReminder !== null) {
    return action('upcoming-reminder', `${reminderWhat(soonReminder, name)} (due ${dayLabel(soonReminder.dueDate)})`, {
      reminderId: soonReminder.id,
      day: soonReminder.dueDate,
    });
  }

  if (stage === 'identified') return action('introduce', `Introduce yourself to ${name} with a short note`);
  if (stage === 'contacted') return action('ask-to-meet', `Ask ${name} for a short call or meeting`);
  if (!signals.touched) return action('update', `Send ${name} a short update on your progress`);
  return action('update', sendUpdate(name, signals.daysSinceTouch));
}

/** The next step for one contact; see {@link nextActionFromSignals} for the order of preference. */
export function suggestNextAction(
  contact: Pick<ScoringContact, 'name' | 'stage' | 'cadenceDays' | 'createdAt'>,
  activity: ContactActivity,
  context: NextActionContext,
): NextAction {
  return nextActionFromSignals(contact, urgencySignals(contact, activity, context), context.dayLabel);
}
