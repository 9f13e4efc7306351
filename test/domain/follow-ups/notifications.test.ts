import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { notificationKey, planNotifications } from '../../../src/domain/follow-ups/notifications';
import { reminder } from './fixtures';

const today = '2027-03-10';

describe('planNotifications', () => {
  const overdue = reminder({ id: 'overdue', dueDate: '2027-03-01', latestDate: '2027-03-05' });
  const dueToday = reminder({ id: 'today', dueDate: '2027-03-10', latestDate: '2027-03-12' });
  const inWindow = reminder({ id: 'window', dueDate: '2027-03-08', latestDate: '2027-03-11' });
  const tomorrow = reminder({ id: 'tomorrow', dueDate: '2027-03-11', latestDate: '2027-03-11' });
  const snoozedPast = reminder({ id: 'woken', dueDate: '2027-02-01', latestDate: '2027-02-02', status: 'snoozed', snoozedUntil: '2027-03-10' });
  const snoozedAhead = reminder({ id: 'asleep', dueDate: '2027-02-01', latestDate: '2027-02-02', status: 'snoozed', snoozedUntil: '2027-03-12' });
  const done = reminder({ id: 'done', dueDate: '2027-03-01', latestDate: '2027-03-01', status: 'done', doneAt: '2027-03-02T10:00:00.000Z' });
  const all = [overdue, dueToday, inWindow, tomorrow, snoozedPast, snoozedAhead, done];

  it('notifies every reminder whose window has begun, overdue first, and counts the overdue ones', () => {
    const plan = planNotifications(all, today, new Set());
    // Within a group, by (snoozed) due day, then by latest day.
    expect(plan.toNotify.map((r) => r.id)).toEqual(['overdue', 'window', 'woken', 'today']);
    expect(plan.overdueCount).toBe(1);
    expect(plan.remember).toEqual(['overdue@2027-03-01', 'window@2027-03-08', 'woken@2027-03-10', 'today@2027-03-10']);
  });

  it('skips what was notified, and notifies a snoozed reminder again when its new day comes', () => {
    const remembered = new Set(['overdue@2027-03-01', 'window@2027-03-08', 'today@2027-03-10', 'woken@2027-02-01']);
    expect(planNotifications(all, today, remembered).toNotify.map((r) => r.id)).toEqual(['woken']);
  });

  it('uses the snooze day in the key', () => {
    expect(notificationKey(snoozedAhead)).toBe('asleep@2027-03-12');
    expect(notificationKey(overdue)).toBe('overdue@2027-03-01');
  });

  it('never notifies a reminder twice across repeated runs (property)', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2027-03-${String(d).padStart(2, '0')}`);
    const arbitraryReminder = fc
      .tuple(fc.nat({ max: 1000 }), day, fc.integer({ min: 0, max: 5 }), fc.constantFrom('open' as const, 'done' as const))
      .map(([n, due, span, status]) =>
        reminder({
          id: `r${n}`,
          dueDate: due,
          latestDate: `2027-03-${String(Math.min(28, Number(due.slice(8)) + span)).padStart(2, '0')}`,
          status,
          doneAt: status === 'done' ? '2027-03-01T00:00:00.000Z' : null,
        }),
      );
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryReminder, { selector: (r) => r.id, maxLength: 15 }), fc.array(day, { minLength: 1, maxLength: 6 }), (reminders, days) => {
        const notified: string[] = [];
        let remembered = new Set<string>();
        for (const d of [...days].sort()) {
          const plan = planNotifications(reminders, d, remembered);
          notified.push(...plan.toNotify.map(notificationKey));
          remembered = new Set(plan.remember);
        }
        expect(new Set(notified).size).toBe(notified.length);
      }),
    );
  });
});
