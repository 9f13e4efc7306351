/**
 * While Rapport is open and the user has turned notifications on (Settings,
 * with the browser's permission), each reminder that comes due raises one
 * system notification, and the app icon's badge shows the overdue count where
 * the browser supports it. Which reminders were notified is remembered in
 * localStorage by reminder and due day, so reloads and other tabs do not
 * repeat them. Mounted once, in the layout; renders nothing.
 */
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../../data/profile-settings';
import { openRemindersWithPeople } from '../../../data/reminder-queries';
import { windowLabel } from '../../../domain/follow-ups/inbox';
import { planNotifications } from '../../../domain/follow-ups/notifications';
import { notificationPermission, showAppBadge, showSystemNotification } from '../../../lib/system-notifications';
import { useToday } from '../../../lib/use-today';

export const NOTIFIED_STORAGE_KEY = 'rapport.notifiedReminders';
/** More due at once than this become one summary notification instead of a burst. */
const MAX_SEPARATE = 3;

function readNotified(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(NOTIFIED_STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeNotified(keys: readonly string[]): void {
  try {
    localStorage.setItem(NOTIFIED_STORAGE_KEY, JSON.stringify(keys));
  } catch {
    // Storage full or blocked: at worst a reminder notifies again next time.
  }
}

export function ReminderNotifier() {
  const today = useToday();
  const navigate = useNavigate();
  const state = useLiveQuery(async () => {
    const settings = await getSettings();
    // Off (the default): no need to read every open reminder again after each write.
    if (settings.notifications !== 'on') return { on: false, reminders: [] };
    return { on: true, reminders: await openRemindersWithPeople() };
  });

  useEffect(() => {
    if (state === undefined) return;
    if (!state.on || notificationPermission() !== 'granted') {
      void showAppBadge(0);
      return;
    }
    const plan = planNotifications(state.reminders, today, readNotified());
    // Remember first, so a second tab running the same effect does not notify again.
    writeNotified(plan.remember);
    void showAppBadge(plan.overdueCount);
    const open = () => navigate('/reminders');
    if (plan.toNotify.length > MAX_SEPARATE) {
      void showSystemNotification(`${plan.toNotify.length} reminders are due`, {
        body: plan.toNotify
          .slice(0, MAX_SEPARATE)
          .map((r) => r.title)
          .join('\n'),
        tag: 'rapport-due-summary',
        onClick: open,
      });
      return;
    }
    for (const reminder of plan.toNotify) {
      void showSystemNotification(reminder.title, {
        body: [reminder.person?.name, windowLabel(reminder, today)].filter(Boolean).join(' · '),
        tag: `rapport-reminder-${reminder.id}`,
        onClick: open,
      });
    }
  }, [state, today, navigate]);

  return null;
}
