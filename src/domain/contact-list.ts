/**
 * The contacts list as a pure read model: the view (search, filters, sort)
 * encoded in URL search params, a search index built once per data change, and
 * the in-memory filter that runs on every keystroke. Sized for 10,000 contacts:
 * everything costly (lowercasing, date parsing, sorting) happens in the index
 * step, so a keystroke is one `includes` per contact.
 */
import { allEmails, allPhones } from './contact-points';
import type { Contact } from './entities';
import {
  CONTACT_ROLES,
  RELATIONSHIP_STAGES,
  type ContactRole,
  type RelationshipStage,
} from './vocabulary';
import { addLocalDays, fromLocalDate } from '../lib/dates';
import { intInRange, nonEmpty, oneOf } from './list-params';

export const CONTACT_SORTS = ['name', 'touch-oldest', 'touch-recent', 'stage'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];
export const CONTACT_SORT_LABELS: Record<ContactSort, string> = {
  name: 'Name',
  'touch-oldest': 'Last touch, longest ago first',
  'touch-recent': 'Last touch, most recent first',
  stage: 'Stage, strongest first',
};

/** What the contacts list shows. Every field maps to one URL search param. */
export interface ContactListView {
  query: string;
  role: ContactRole | null;
  stage: RelationshipStage | null;
  programId: string | null;
  /** A tag, compared case-insensitively. */
  tag: string | null;
  /** Only contacts with no touch for at least this many days (never touched counts). */
  idleDays: number | null;
  sort: ContactSort;
}

export const DEFAULT_CONTACT_LIST_VIEW: ContactListView = {
  query: '',
  role: null,
  stage: null,
  programId: null,
  tag: null,
  idleDays: null,
  sort: 'name',
};


/**
 * Reads the view from URL search params. Unknown or malformed values fall back
 * to the default, so a hand-edited or outdated link still opens a working list.
 */
export function parseContactListView(params: URLSearchParams): ContactListView {
  return {
    query: params.get('q') ?? '',
    role: oneOf(CONTACT_ROLES, params.get('role')),
    stage: oneOf(RELATIONSHIP_STAGES, params.get('stage')),
    programId: nonEmpty(params.get('program')),
    tag: nonEmpty(params.get('tag')),
    idleDays: intInRange(params.get('idle'), 1, 3650),
    sort: oneOf(CONTACT_SORTS, params.get('sort')) ?? 'name',
  };
}

/** Writes the view as URL search params, leaving out defaults so links stay short. */
export function contactListViewToParams(view: ContactListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.query !== '') params.set('q', view.query);
  if (view.role) params.set('role', view.role);
  if (view.stage) params.set('stage', view.stage);
  if (view.programId) params.set('program', view.programId);
  if (view.tag) params.set('tag', view.tag);
  if (view.idleDays !== null) params.set('idle', String(view.idleDays));
  if (view.sort !== 'name') params.set('sort', view.sort);
  return params;
}

/** True when any filter or search narrows the list. */
export function isContactListFiltered(view: ContactListView): boolean {
  return (
    view.query.trim() !== '' ||
    view.role !== null ||
    view.stage !== null ||
    view.programId !== null ||
    view.tag !== null ||
    view.idleDays !== null
  );
}

/** A contact with everything the filter and sort need, computed once. */
export interface IndexedContact {
  contact: Contact;
  /** Lowercased name, title, institution, every email, phone and link, address places, tags, interests and notes. */
  haystack: string;
  tagsLower: readonly string[];
  /** Name without a leading honorific, for sorting "Dr. Ruiz" under R. */
  sortName: string;
  /** Epoch milliseconds of the last touch, or null when never touched. */
  lastTouchMs: number | null;
  stageRank: number;
}

const HONORIFIC = /^(dr|prof|professor|mr|mrs|ms|mx)\.?\s+/i;

/** The name as it should sort: without a leading "Dr." or "Prof.". */
export function sortableName(name: string): string {
  return name.trim().replace(HONORIFIC, '');
}

/** Builds the search index for a list of contacts (one pass, O(n)). */
export function indexContacts(contacts: readonly Contact[]): IndexedContact[] {
  return contacts.map((contact) => {
    const tagsLower = contact.tags.map((t) => t.toLowerCase());
    const lastTouchMs = contact.lastTouchAt ? Date.parse(contact.lastTouchAt) : NaN;
    return {
      contact,
      haystack: [
        contact.name,
        contact.title,
        contact.institution,
        ...allEmails(contact),
        ...allPhones(contact),
        ...(contact.urls ?? []).map((u) => u.value),
        ...(contact.addresses ?? []).map((a) => [a.city, a.region, a.country].join(' ')),
        contact.tags.join(' '),
        contact.interests.join(' '),
        contact.notes,
      ]
        .join('\n')
        .toLowerCase(),
      tagsLower,
      sortName: sortableName(contact.name),
      lastTouchMs: Number.isNaN(lastTouchMs) ? null : lastTouchMs,
      stageRank: RELATIONSHIP_STAGES.indexOf(contact.stage),
    };
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A new array in the order of `sort`; ties go by name so the order is stable and predictable. */
export function sortIndexedContacts(indexed: readonly IndexedContact[], sort: ContactSort): IndexedContact[] {
  const byName = (a: IndexedContact, b: IndexedContact) =>
    collator.compare(a.sortName, b.sortName) || a.contact.id.localeCompare(b.contact.id);
  const compare: (a: IndexedContact, b: IndexedContact) => number =
    sort === 'name'
      ? byName
      : sort === 'stage'
        ? (a, b) => b.stageRank - a.stageRank || byName(a, b)
        : sort === 'touch-oldest'
          ? // Never touched sorts first: it is the longest gap of all.
            (a, b) => (a.lastTouchMs ?? -Infinity) - (b.lastTouchMs ?? -Infinity) || byName(a, b)
          : (a, b) => (b.lastTouchMs ?? -Infinity) - (a.lastTouchMs ?? -Infinity) || byName(a, b);
  return [...indexed].sort(compare);
}

/** The search words of a query: lowercased, split on whitespace. Every word must match. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The contacts that pass the view's search and filters, in the order given.
 * `today` (yyyy-MM-dd) anchors the "no touch for N days" filter: a contact
 * passes when its last touch fell on or before `today - N`, or it has none.
 */
export function filterIndexedContacts(
  sorted: readonly IndexedContact[],
  view: ContactListView,
  today: string,
): Contact[] {
  const words = queryWords(view.query);
  const tag = view.tag?.toLowerCase() ?? null;
  const idleCutoffMs = view.idleDays === null ? null : fromLocalDate(addLocalDays(today, 1 - view.idleDays)).getTime();
  const result: Contact[] = [];
  for (const entry of sorted) {
    const { contact } = entry;
    if (view.role !== null && contact.role !== view.role) continue;
    if (view.stage !== null && contact.stage !== view.stage) continue;
    if (view.programId !== null && !contact.programIds.includes(view.programId)) continue;
    if (tag !== null && !entry.tagsLower.includes(tag)) continue;
    if (idleCutoffMs !== null && entry.lastTouchMs !== null && entry.lastTouchMs >= idleCutoffMs) continue;
    if (words.length > 0 && !words.every((w) => entry.haystack.includes(w))) continue;
    result.push(contact);
  }
  return result;
}

/**
 * Every tag in use, once each whatever its case, sorted for pickers. Each tag
 * is spelled the way most contacts spell it (ties: the spelling that sorts
 * first), so the result does not depend on the order contacts were read.
 */
export function collectTags(contacts: readonly Pick<Contact, 'tags'>[]): string[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const contact of contacts) {
    for (const tag of contact.tags) {
      const key = tag.toLowerCase();
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      spellings.set(key, counts);
    }
  }
  const chosen = [...spellings.values()].map(
    (counts) => [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0],
  );
  return chosen.sort(collator.compare);
}
