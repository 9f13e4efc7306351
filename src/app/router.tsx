import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout';
import { RouteError } from './route-error';

/** Every screen loads lazily: the first paint ships the shell (React, router, layout) and nothing else. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: withHydrateFallback([
        { index: true, lazy: () => import('./routes/today-route').then((m) => ({ Component: m.TodayRoute })) },
        { path: 'reminders', lazy: () => import('./routes/reminders-route').then((m) => ({ Component: m.RemindersRoute })) },
        { path: 'contacts', lazy: () => import('./routes/contacts-route').then((m) => ({ Component: m.ContactsRoute })) },
        { path: 'contacts/:contactId', lazy: () => import('./routes/contact-route').then((m) => ({ Component: m.ContactRoute })) },
        { path: 'programs', lazy: () => import('./routes/programs-route').then((m) => ({ Component: m.ProgramsRoute })) },
        { path: 'programs/:programId', lazy: () => import('./routes/program-route').then((m) => ({ Component: m.ProgramRoute })) },
        { path: 'priorities', lazy: () => import('./routes/priorities-route').then((m) => ({ Component: m.PrioritiesRoute })) },
        { path: 'events', lazy: () => import('./routes/events-route').then((m) => ({ Component: m.EventsRoute })) },
        { path: 'events/:eventId', lazy: () => import('./routes/event-route').then((m) => ({ Component: m.EventRoute })) },
        { path: 'templates', lazy: () => import('./routes/templates-route').then((m) => ({ Component: m.TemplatesRoute })) },
        { path: 'search', lazy: () => import('./routes/search-route').then((m) => ({ Component: m.SearchRoute })) },
        { path: 'settings', lazy: () => import('./routes/settings-route').then((m) => ({ Component: m.SettingsRoute })) },
        { path: '*', lazy: () => import('./routes/not-found-route').then((m) => ({ Component: m.NotFoundRoute })) },
      ]),
    },
  ]);
}

/**
 * While the first screen's code loads, the shell shows with an empty outlet. Without a
 * HydrateFallback on the lazy route, react-router renders nothing and warns in the console.
 */
function withHydrateFallback(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => ({ ...route, HydrateFallback: ScreenLoading }) satisfies RouteObject);
}

function ScreenLoading() {
  return null;
}
