/**
 * Settings section: system notifications while Rapport is open (asked only
 * when the user clicks), the app badge, and the calendar export that reaches
 * them with the app closed.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { updateSettings } from '../../../data/profile-settings';
import {
  appBadgeSupported,
  notificationPermission,
  requestNotificationPermission,
  type NotificationPermissionState,
} from '../../../lib/system-notifications';
import { useReminderSettings } from '../hooks/use-reminder-settings';

export function NotificationsSection() {
  const settings = useReminderSettings();
  // Browser state, read on render; it changes only through the browser's own prompt or site settings.
  const [permission, setPermission] = useState<NotificationPermissionState>(notificationPermission);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (settings === undefined) return <p className="muted">Loading…</p>;
  const on = settings.notifications === 'on' && permission === 'granted';

  async function turnOn() {
    setBusy(true);
    setMessage(null);
    try {
      const answer = await requestNotificationPermission();
      setPermission(answer);
      if (answer === 'granted') {
        await updateSettings({ notifications: 'on' });
        setMessage('Notifications are on. Each reminder notifies you once, when it comes due, while Rapport is open.');
      } else if (answer === 'denied') {
        setMessage('The browser blocked notifications for Rapport. Allow them in this site’s settings, then try again.');
      } else if (answer === 'default') {
        setMessage('No answer was given, so notifications stay off.');
      }
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    try {
      await updateSettings({ notifications: 'off' });
      setMessage('Notifications are off.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <p>
        While Rapport is open in a tab or installed as an app, each reminder can raise one system notification when it
        comes due, and the app icon can show how many are overdue.
        {appBadgeSupported() ? '' : ' (This browser does not show app icon badges.)'}
      </p>
      <p>
        <strong>Status: </strong>
        {permission === 'unsupported'
          ? 'this browser cannot show notifications.'
          : on
            ? 'on.'
            : permission === 'denied'
              ? 'blocked in the browser’s site settings.'
              : 'off.'}
      </p>
      <div className="row">
        {permission !== 'unsupported' && !on && (
          <button type="button" className="btn btn-primary" disabled={busy || permission === 'denied'} onClick={() => void turnOn()}>
            Turn on notifications
          </button>
        )}
        {on && (
          <button type="button" className="btn" disabled={busy} onClick={() => void turnOff()}>
            Turn off notifications
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
      <p className="muted">
        To be reminded with Rapport closed, use <Link to="/reminders">Reminders</Link> → “Export all open reminders”
        (or “Add to calendar” on one): your calendar app then alarms on each due day.
      </p>
    </div>
  );
}
