/**
 * The blueprint's inputs, kept in memory and brought up to date after each
 * write from the keys it touched (see table-mirror.ts), instead of read whole
 * again. Run in the blueprint worker: the first read takes seconds at 100,000
 * interactions; after a save only that save's rows are read.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { BlueprintInput } from '../domain/playbook/blueprint';
import { db } from './db';
import { blueprintInputFrom } from './playbook';
import { changedKeyRanges, mergeKeyRanges, TableMirror } from './table-mirror';

/**
 * Calls `onInput` with the blueprint's inputs for `today` once they are read, and again after every
 * write that changed one of the tables it reads. Returns a function that stops watching.
 */
export function watchBlueprintInput(
  today: string,
  onInput: (input: BlueprintInput) => void,
  onError: (error: unknown) => void,
): () => void {
  // Big tables first, one after another: overlapping reads would keep a save waiting longer (paged-read.ts).
  const mirrors = {
    contacts: new TableMirror(db.contacts),
    interactions: new TableMirror(db.interactions),
    reminders: new TableMirror(db.reminders),
    events: new TableMirror(db.events),
    programs: new TableMirror(db.programs),
  };
  const pending: ObservabilitySet[] = [];
  let first = true;
  let running = false;
  let stopped = false;

  async function catchUp() {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped && (first || pending.length > 0)) {
        const notices = pending.splice(0);
        const full = first;
        first = false;
        let changed = full;
        for (const [name, mirror] of Object.entries(mirrors)) {
          const ranges = full ? null : mergeKeyRanges(notices.map((parts) => changedKeyRanges(parts, db.name, name)));
          if (await mirror.sync(ranges)) changed = true;
        }
        const profileOrSettings = notices.some(
          (parts) => changedKeyRanges(parts, db.name, 'profile')?.length !== 0 || changedKeyRanges(parts, db.name, 'settings')?.length !== 0,
        );
        if (stopped || !(changed || profileOrSettings)) continue;
        const input = await blueprintInputFrom(
          {
            contacts: mirrors.contacts.rows(),
            interactions: mirrors.interactions.rows(),
            reminders: mirrors.reminders.rows(),
            events: mirrors.events.rows(),
            programs: mirrors.programs.rows(),
          },
          today,
        );
        // A read's transaction ends only once the task that received its result is over. The caller's
        // computation takes about a second at 100,000 interactions; run in that task it would hold the
        // settings read open, and a save (whose transaction also covers settings) would wait for it.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (stopped) break;
        onInput(input);
      }
    } catch (error) {
      if (!stopped) onError(error);
    } finally {
      running = false;
    }
  }

  const onChange = (parts: ObservabilitySet) => {
    pending.push(parts);
    void catchUp();
  };
  Dexie.on.storagemutated.subscribe(onChange);
  void catchUp();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onChange);
  };
}
