/**
 * A list of reminder rows that renders a page at a time: an applicant who imported
 * thousands of contacts can have thousands of open reminders, and a row carries
 * several buttons, so rendering them all at once would freeze the screen.
 */
import { useState } from 'react';
import type { ReminderWithPerson } from '../../../data/reminder-queries';
import { ReminderRow } from './reminder-row';

export const REMINDER_PAGE_SIZE = 50;

export function ReminderList({
  reminders,
  today,
  pageSize = REMINDER_PAGE_SIZE,
}: {
  reminders: readonly ReminderWithPerson[];
  today: string;
  pageSize?: number;
}) {
  const [shown, setShown] = useState(pageSize);
  const left = reminders.length - shown;
  return (
    <>
      <ul className="plain-list reminder-list">
        {reminders.slice(0, shown).map((reminder) => (
          <ReminderRow key={reminder.id} reminder={reminder} today={today} />
        ))}
      </ul>
      {left > 0 && (
        <button type="button" className="btn reminder-show-more" onClick={() => setShown((n) => n + pageSize)}>
          Show {Math.min(left, pageSize)} more ({left} not shown)
        </button>
      )}
    </>
  );
}
