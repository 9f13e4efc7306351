import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadBlueprintInput } from '../../../data/playbook';
import type { BlueprintReply } from '../../../data/blueprint-worker';
import { blueprintProgress, type BlueprintProgress } from '../../../domain/playbook/blueprint';

const canUseWorker = typeof Worker !== 'undefined';

/**
 * The blueprint's five stages from the live data; undefined while the first result is on its way.
 *
 * In the browser the reading and computing happen in a worker (src/data/blueprint-worker.ts), so a
 * power user's 100,000 interactions never block the page; the hook keeps the worker's latest answer.
 * Where there is no Worker (tests under jsdom), or the worker fails, it computes here instead.
 */
export function useBlueprint(today: string): BlueprintProgress | undefined {
  const [reply, setReply] = useState<BlueprintReply | undefined>(undefined);
  const [workerFailed, setWorkerFailed] = useState(!canUseWorker);

  useEffect(() => {
    if (workerFailed) return;
    const worker = new Worker(new URL('../../../data/blueprint-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BlueprintReply>) => {
      if (event.data.ok) setReply(event.data);
      else setWorkerFailed(true);
    };
    worker.onerror = () => setWorkerFailed(true);
    worker.postMessage({ today });
    return () => worker.terminate();
  }, [today, workerFailed]);

  const input = useLiveQuery(() => (workerFailed ? loadBlueprintInput(today) : undefined), [today, workerFailed]);
  const local = useMemo(() => (input ? blueprintProgress(input) : undefined), [input]);
  if (workerFailed) return local;
  // An answer for another day is stale: show nothing rather than yesterday's stages.
  return reply?.ok && reply.today === today ? reply.progress : undefined;
}
