import { lazy, Suspense } from 'react';

// Loaded after the first paint: the shell stays React, the router and the layout.
const ReminderNotifier = lazy(() => import('./reminder-notifier').then((m) => ({ default: m.ReminderNotifier })));

/** Mounts the reminder notifier (system notifications and app badge) once, in the layout. */
export function ReminderNotifierHost() {
  return (
    <Suspense fallback={null}>
      <ReminderNotifier />
    </Suspense>
  );
}
