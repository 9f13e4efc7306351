/** Live reads for the programs screens. Each returns undefined while the first read is in flight. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Program } from '../../../domain/entities';
import {
  parseProgramListView,
  programListViewToParams,
  type ProgramListView,
} from '../../../domain/program-list';
import { listProgramsByName, programDetail, type ProgramDetail } from '../../../data/programs';

export function useAllPrograms(): Program[] | undefined {
  return useLiveQuery(listProgramsByName);
}

/** The program page's data: undefined while loading, null when there is no such program. */
export function useProgramDetail(programId: string): ProgramDetail | null | undefined {
  return useLiveQuery(() => programDetail(programId), [programId]);
}

/** Board or table, search and filters, kept in the URL so the view can be bookmarked or shared. */
export function useProgramListView(): [ProgramListView, (patch: Partial<ProgramListView>) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseProgramListView(params), [params]);
  const update = useCallback(
    (patch: Partial<ProgramListView>) =>
      setParams((current) => programListViewToParams({ ...parseProgramListView(current), ...patch }), { replace: true }),
    [setParams],
  );
  return [view, update];
}
