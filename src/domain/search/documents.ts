/**
 * What the search index holds for each record: a title and a detail line to
 * show, keywords (tags, interests, places) and labelled sections of the text
 * the user wrote, plus where a hit leads. Built from the stored records; the
 * index never keeps the records themselves.
 */
import type { Contact, Interaction, Program, RapportEvent, Reminder } from '../entities';
import type { MessageTemplate } from '../playbook/templates';
import {
  CONTACT_ROLE_LABELS,
  COMMITMENT_DIRECTION_LABELS,
  EVENT_KIND_LABELS,
  INTERACTION_KIND_LABELS,
  REMINDER_KIND_LABELS,
} from '../vocabulary';
import { recordPath } from '../../lib/record-links';
import { toLocalDate } from '../../lib/dates';

/** The kinds of result, in the order the palette and the results page show their groups. */
export const SEARCH_KINDS = ['contact', 'program', 'interaction', 'event', 'reminder', 'template', 'command'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The heading of each group of results. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  contact: 'Contacts',
  program: 'Programs',
  interaction: 'Meetings and notes',
  event: 'Events',
  reminder: 'Reminders',
  template: 'Templates',
  command: 'Commands',
};

/** The tables whose rows become documents (templates come from the settings row). */
export type SearchTable = 'contacts' | 'programs' | 'interactions' | 'events' | 'reminders';

/** What choosing a result does: go to an address, or run an action the app offers everywhere. */
export type SearchAction = { type: 'go'; to: string } | { type: 'log-meeting' } | { type: 'new-contact' };

/** A labelled piece of what the user wrote, searched and shown as an excerpt ("Next step: …"). */
export interface SearchSection {
  label: string;
  text: string;
}

export interface SearchDocument {
  /** `kind:recordId`, unique across kinds. */
  id: string;
  kind: SearchKind;
  recordId: string;
  title: string;
  detail: string;
  /** Tags, interests, places: words that say what the record is about. */
  keywords: string;
  sections: SearchSection[];
  action: SearchAction;
  /** A day to show in the detail line (interactions: when it happened). */
  day?: string;
  /** Contacts whose names join the detail line when shown (an interaction's people). */
  contactIds?: string[];
}

export const documentId = (kind: SearchKind, recordId: string) => `${kind}:${recordId}`;

const sections = (...parts: [string, string][]): SearchSection[] =>
  parts.filter(([, text]) => text.trim() !== '').map(([label, text]) => ({ label, text }));
const joined = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim() !== '').join(' · ');

export function contactDocument(contact: Contact): SearchDocument {
  return {
    id: documentId('contact', contact.id),
    kind: 'contact',
    recordId: contact.id,
    title: contact.name,
    detail: joined(contact.title, contact.institution) || CONTACT_ROLE_LABELS[contact.role],
    keywords: [...contact.tags, ...contact.interests].join(', '),
    sections: sections(['Title', contact.title], ['Institution', contact.institution], ['Notes', contact.notes]),
    action: { type: 'go', to: recordPath('contacts', contact.id) },
  };
}

export function programDocument(program: Program): SearchDocument {
  const place = [program.city, program.state].filter(Boolean).join(', ');
  return {
    id: documentId('program', program.id),
    kind: 'program',
    recordId: program.id,
    title: program.name,
    detail: joined(program.institution, place),
    keywords: joined(program.city, program.state),
    sections: sections(
      ['Institution', program.institution],
      ['Notes', program.notes],
      ['Case mix', program.caseMixNotes],
      ['Culture', program.cultureNotes],
      ['Research', program.researchNotes],
      ['Call', program.callNotes],
    ),
    action: { type: 'go', to: recordPath('programs', program.id) },
  };
}

export function interactionDocument(interaction: Interaction): SearchDocument {
  const kind = INTERACTION_KIND_LABELS[interaction.kind];
  const first = interaction.contactIds[0];
  return {
    id: documentId('interaction', interaction.id),
    kind: 'interaction',
    recordId: interaction.id,
    title: interaction.summary || kind,
    detail: kind,
    keywords: '',
    sections: sections(
      ['Notes', interaction.notes],
      ['What I learned', interaction.learned],
      ['Next step', interaction.nextStep],
      ...interaction.commitments.map((c): [string, string] => [COMMITMENT_DIRECTION_LABELS[c.direction], c.text]),
    ),
    // Meetings are read on the page of the person met.
    action: { type: 'go', to: first ? recordPath('contacts', first) : '/' },
    day: toLocalDate(interaction.occurredAt),
    contactIds: interaction.contactIds,
  };
}

export function eventDocument(event: RapportEvent): SearchDocument {
  return {
    id: documentId('event', event.id),
    kind: 'event',
    recordId: event.id,
    title: event.name,
    detail: joined(EVENT_KIND_LABELS[event.kind], event.place),
    keywords: event.place,
    sections: sections(['Notes', event.notes], ...event.sessions.map((s): [string, string] => ['Session', s])),
    action: { type: 'go', to: recordPath('events', event.id) },
    day: event.startDate,
  };
}

export function reminderDocument(reminder: Reminder): SearchDocument {
  const open = reminder.status === 'open' || reminder.status === 'snoozed';
  return {
    id: documentId('reminder', reminder.id),
    kind: 'reminder',
    recordId: reminder.id,
    title: reminder.title,
    detail: joined(REMINDER_KIND_LABELS[reminder.kind], open ? null : 'done'),
    keywords: '',
    sections: sections(['Why', reminder.reason]),
    action: { type: 'go', to: open ? '/reminders' : '/reminders?view=done' },
    day: reminder.dueDate,
    contactIds: reminder.contactId ? [reminder.contactId] : undefined,
  };
}

export function templateDocument(template: MessageTemplate): SearchDocument {
  return {
    id: documentId('template', template.id),
    kind: 'template',
    recordId: template.id,
    title: template.name,
    detail: template.purpose,
    keywords: '',
    sections: sections(['Subject', template.subject], ['Message', template.body]),
    action: { type: 'go', to: `/templates?template=${encodeURIComponent(template.id)}` },
  };
}
