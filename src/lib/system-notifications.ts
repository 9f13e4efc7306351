/**
 * Thin, feature-detected wrappers over the browser's Notification and App
 * Badging APIs. Nothing here asks for permission on its own: only
 * `requestNotificationPermission`, called from a click, does.
 */

export type NotificationPermissionState = 'unsupported' | NotificationPermission;

export function notificationPermission(): NotificationPermissionState {
  return typeof window !== 'undefined' && 'Notification' in window ? window.Notification.permission : 'unsupported';
}

/** Asks the browser (shows its prompt). Call only in response to the user's click. */
export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (notificationPermission() === 'unsupported') return 'unsupported';
  try {
    return await window.Notification.requestPermission();
  } catch {
    return notificationPermission();
  }
}

/** True when the browser can show a number on the installed app's icon. */
export function appBadgeSupported(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.setAppBadge === 'function';
}

/** Shows `count` on the app icon, or clears it at 0; silently does nothing where unsupported or refused. */
export async function showAppBadge(count: number): Promise<void> {
  if (!appBadgeSupported()) return;
  try {
    if (count > 0) await navigator.setAppBadge(count);
    else await navigator.clearAppBadge();
  } catch {
    // Some browsers reject when the app is not installed or permission is missing; the badge is a nicety.
  }
}

/**
 * Shows one system notification. Uses the page's Notification constructor,
 * falling back to the service worker where the constructor is not allowed
 * (Chrome on Android). Returns false when nothing could be shown.
 */
export async function showSystemNotification(
  title: string,
  options: { body: string; tag: string; onClick?: () => void },
): Promise<boolean> {
  if (notificationPermission() !== 'granted') return false;
  try {
    const notification = new window.Notification(title, { body: options.body, tag: options.tag, icon: '/icon-192.png' });
    if (options.onClick) {
      notification.onclick = () => {
        window.focus();
        options.onClick?.();
        notification.close();
      };
    }
    return true;
  } catch {
    try {
      const registration = await navigator.serviceWorker?.getRegistration();
      if (!registration) return false;
      await registration.showNotification(title, { body: options.body, tag: options.tag, icon: '/icon-192.png' });
      return true;
    } catch {
      return false;
    }
  }
}
