/** Live reads for the contacts screens. Each returns undefined while the first read is in flight. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, Program } from '../../../domain/entities';
import type { DuplicateCandidate, DuplicateMatch } from '../../../domain/contact-duplicates';
import {
  contactDetail,
  findLikelyDuplicateContacts,
  listContacts,
  listContactsByName,
  type ContactDetail,
} from '../../../data/contacts';
import { listProgramsByName } from '../../../data/programs';

/** Every contact, unsorted: the list sorts in memory, so it reads in the cheapest order. */
export function useAllContacts(): Contact[] | undefined {
  return useLiveQuery(listContacts);
}

/** Every contact by name, for pickers. */
export function useContactsByName(): Contact[] | undefined {
  return useLiveQuery(listContactsByName);
}

export function useAllPrograms(): Program[] | undefined {
  return useLiveQuery(listProgramsByName);
}

/** The contact page's data: undefined while loading, null when there is no such contact. */
export function useContactDetail(contactId: string): ContactDetail | null | undefined {
  return useLiveQuery(() => contactDetail(contactId), [contactId]);
}

/** Existing contacts that look like the one being typed; empty until there is a name or email. */
export function useLikelyDuplicates(candidate: DuplicateCandidate, exceptId: string | null): DuplicateMatch[] {
  const { name, email, institution } = candidate;
  return (
    useLiveQuery(
      () => findLikelyDuplicateContacts({ name, email, institution }, exceptId),
      [name, email, institution, exceptId],
    ) ?? []
  );
}
