import { useLiveQuery } from 'dexie-react-hooks';
import { listContacts } from '../../../data/contacts';
import { listProgramsByName } from '../../../data/programs';
import type { SearchTarget } from '../../../domain/quick-search';

/** Every contact and program as something the palette can find; undefined while loading. */
export function useSearchTargets(): SearchTarget[] | undefined {
  return useLiveQuery(async () => {
    const [contacts, programs] = await Promise.all([listContacts(), listProgramsByName()]);
    return [
      ...contacts.map((c): SearchTarget => ({ kind: 'contact', id: c.id, name: c.name, detail: c.institution })),
      ...programs.map(
        (p): SearchTarget => ({ kind: 'program', id: p.id, name: p.name, detail: [p.institution, p.city, p.state].filter(Boolean).join(', ') }),
      ),
    ];
  });
}
