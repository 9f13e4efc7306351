import { useLiveQuery } from 'dexie-react-hooks';
import type { TrashEntry } from '../../../data/db';
import { listTrash } from '../../../data/trash';

/** Everything in the trash, most recently deleted first; undefined while loading. */
export function useTrash(): TrashEntry[] | undefined {
  return useLiveQuery(listTrash);
}
