/** The app's commands, found by the search palette like records ("export" → Export everything). */
import { documentId, type SearchAction, type SearchDocument } from './documents';

interface Command {
  id: string;
  title: string;
  /** Other words a person might type for it. */
  keywords: string;
  action: SearchAction;
}

const go = (to: string): SearchAction => ({ type: 'go', to });

export const COMMANDS: readonly Command[] = [
  { id: 'log-meeting', title: 'Log meeting', keywords: 'add new record meeting call conversation touch note', action: { type: 'log-meeting' } },
  { id: 'new-contact', title: 'New contact', keywords: 'add create person faculty mentor', action: { type: 'new-contact' } },
  { id: 'export', title: 'Export everything', keywords: 'backup download save file json copy', action: go('/settings#backup') },
  { id: 'import', title: 'Import contacts', keywords: 'linkedin csv vcard address book upload', action: go('/settings#import') },
  { id: 'rules', title: 'Settings: follow-up rules', keywords: 'reminders thank-you days timing', action: go('/settings#follow-up-rules') },
  { id: 'profile', title: 'Settings: profile and priorities', keywords: 'weights scoring preferences regions tracks', action: go('/settings#profile-and-priorities') },
  { id: 'notifications', title: 'Settings: notifications and calendar', keywords: 'alerts calendar ics', action: go('/settings#notifications') },
  { id: 'trash', title: 'Open the trash', keywords: 'deleted restore undo removed', action: go('/settings#trash') },
  { id: 'today', title: 'Go to Today', keywords: 'home dashboard', action: go('/') },
  { id: 'reminders', title: 'Go to Reminders', keywords: 'due overdue follow-ups', action: go('/reminders') },
  { id: 'done-reminders', title: 'Done reminders', keywords: 'history completed finished', action: go('/reminders?view=done') },
  { id: 'contacts', title: 'Go to Contacts', keywords: 'people network list', action: go('/contacts') },
  { id: 'programs', title: 'Go to Programs', keywords: 'residencies list', action: go('/programs') },
  { id: 'priorities', title: 'Go to Priorities', keywords: 'focus ranking rank list', action: go('/priorities') },
  { id: 'events', title: 'Go to Events', keywords: 'conferences meetings open houses', action: go('/events') },
  { id: 'templates', title: 'Go to Templates', keywords: 'messages email drafts', action: go('/templates') },
];

export function commandDocuments(): SearchDocument[] {
  return COMMANDS.map((c) => ({
    id: documentId('command', c.id),
    kind: 'command',
    recordId: c.id,
    title: c.title,
    detail: '',
    keywords: c.keywords,
    sections: [],
    action: c.action,
  }));
}
