/**
 * The contacts list read model: all contacts read once (live), indexed and
 * sorted when the data or the sort changes, then filtered in memory on every
 * keystroke. The search text is deferred so typing stays responsive while a
 * large list re-filters.
 */
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  collectTags,
  contactListViewToParams,
  filterIndexedContacts,
  indexContacts,
  parseContactListView,
  sortIndexedContacts,
  type ContactListView,
} from '../../../domain/contact-list';
import type { Contact } from '../../../domain/entities';

/** The list's view state, kept in the URL so a filtered list can be bookmarked or shared. */
export function useContactListView(): [ContactListView, (patch: Partial<ContactListView>) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseContactListView(params), [params]);
  const update = useCallback(
    (patch: Partial<ContactListView>) =>
      setParams((current) => contactListViewToParams({ ...parseContactListView(current), ...patch }), { replace: true }),
    [setParams],
  );
  return [view, update];
}

export interface ContactListResult {
  /** Contacts passing the search and filters, in the chosen order. */
  visible: Contact[];
  total: number;
  tags: string[];
  /** True while the shown rows lag behind the latest search text. */
  pending: boolean;
}

export function useContactListResult(
  contacts: Contact[] | undefined,
  view: ContactListView,
  today: string,
): ContactListResult | undefined {
  const query = useDeferredValue(view.query);
  const indexed = useMemo(() => (contacts ? indexContacts(contacts) : undefined), [contacts]);
  const sorted = useMemo(() => (indexed ? sortIndexedContacts(indexed, view.sort) : undefined), [indexed, view.sort]);
  const tags = useMemo(() => (contacts ? collectTags(contacts) : []), [contacts]);
  const { role, stage, programId, tag, idleDays, sort } = view;
  const visible = useMemo(
    () =>
      sorted
        ? filterIndexedContacts(sorted, { query, role, stage, programId, tag, idleDays, sort }, today)
        : undefined,
    [sorted, query, role, stage, programId, tag, idleDays, sort, today],
  );
  if (!contacts || !visible) return undefined;
  return { visible, total: contacts.length, tags, pending: query !== view.query };
}
