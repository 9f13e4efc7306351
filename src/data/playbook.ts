/** Read models for the playbook: the blueprint's inputs and the Templates screen's workspace. */
import type { Contact, Interaction, Profile, Program, RapportEvent, Reminder } from '../domain/entities';
import type { BlueprintInput } from '../domain/playbook/blueprint';
import { db } from './db';
import { readAllPaged } from './paged-read';
import { getProfile, getSettings } from './profile-settings';
import { templatesWithEdits, type TemplateEntry } from './templates';

/**
 * Everything `blueprintProgress` reads, for the local day `today`. The big tables are read in
 * pages (see paged-read.ts) so a save never waits behind this read; the blueprint is advice, and
 * its live query runs again after every write, so pages need not be one snapshot.
 */
export async function loadBlueprintInput(today: string): Promise<BlueprintInput> {
  // One table after another, not in parallel: Chromium starts new reads while a write waits, so
  // overlapping page chains would keep a save waiting until all of them end.
  const contacts = await readAllPaged(db.contacts);
  const interactions = await readAllPaged(db.interactions);
  const reminders = await readAllPaged(db.reminders);
  const [events, programs] = await Promise.all([db.events.toArray(), db.programs.toArray()]);
  return blueprintInputFrom({ contacts, interactions, reminders, events, programs }, today);
}

/** The rows of the tables the blueprint reads whole. */
export type BlueprintRows = Pick<BlueprintInput, 'contacts' | 'interactions' | 'reminders' | 'events' | 'programs'>;

/** The blueprint's input from those rows, with the profile and the settings read now. */
export async function blueprintInputFrom(rows: BlueprintRows, today: string): Promise<BlueprintInput> {
  const [profile, settings] = await Promise.all([getProfile(), getSettings()]);
  return { ...rows, profile: profile ?? null, today, mentorDefaultDays: settings.rules.keepInTouch.mentorDefaultDays };
}

export interface TemplateWorkspace {
  templates: TemplateEntry[];
  /** Every contact, program and event, for the pickers (contacts and programs by name, events latest first). */
  contacts: Contact[];
  programs: Program[];
  events: RapportEvent[];
  profile: Profile | null;
  /** The reminder being answered (`?reminder=`), or null when there is none or it is gone. */
  reminder: Reminder | null;
  /** The interactions a draft may draw on: the chosen contact's and the reminder's own. */
  interactions: Interaction[];
}

/**
 * What the Templates screen needs in one read. The contact whose history is
 * loaded is `contactId`, else the reminder's contact.
 */
export async function loadTemplateWorkspace(options: { contactId: string | null; reminderId: string | null }): Promise<TemplateWorkspace> {
  return db.transaction('r', [db.contacts, db.interactions, db.events, db.programs, db.reminders, db.profile, db.settings], async () => {
    const reminder = options.reminderId ? ((await db.reminders.get(options.reminderId)) ?? null) : null;
    const contactId = options.contactId ?? reminder?.contactId ?? null;
    const [contacts, programs, events, profile, settings, withContact, own] = await Promise.all([
      db.contacts.orderBy('name').toArray(),
      db.programs.orderBy('name').toArray(),
      db.events.orderBy('startDate').reverse().toArray(),
      getProfile(),
      getSettings(),
      contactId ? db.interactions.where('contactIds').equals(contactId).toArray() : Promise.resolve([]),
      reminder?.interactionId ? db.interactions.get(reminder.interactionId) : Promise.resolve(undefined),
    ]);
    const interactions = own && !withContact.some((i) => i.id === own.id) ? [...withContact, own] : withContact;
    return {
      templates: templatesWithEdits(settings.templates),
      contacts,
      programs,
      events,
      profile: profile ?? null,
      reminder,
      interactions,
    };
  });
}
