import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadBlueprintInput } from '../../../data/playbook';
import { blueprintProgress, type BlueprintProgress } from '../../../domain/playbook/blueprint';

/** The blueprint's five stages from the live data; undefined while the first read is in flight. */
export function useBlueprint(today: string): BlueprintProgress | undefined {
  const input = useLiveQuery(() => loadBlueprintInput(today), [today]);
  return useMemo(() => (input ? blueprintProgress(input) : undefined), [input]);
}
