/** Every screen of the navigation, in order. The router and the nav both read this. */
export interface Screen {
  path: string;
  label: string;
}

export const NAV_SCREENS: readonly Screen[] = [
  { path: '/', label: 'Today' },
  { path: '/reminders', label: 'Reminders' },
  { path: '/contacts', label: 'Contacts' },
  { path: '/programs', label: 'Programs' },
  { path: '/priorities', label: 'Priorities' },
  { path: '/events', label: 'Events' },
  { path: '/templates', label: 'Templates' },
  { path: '/settings', label: 'Settings' },
];
