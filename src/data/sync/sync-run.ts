/**
 * One round of sync between a device and the server, on PouchDB's
 * replication (the CouchDB replication protocol): what this device wrote is
 * sealed into its local copy, the copy is replicated both ways, what came in
 * is applied to Dexie, and the conflict resolutions that produced go back up.
 * A round that fails part way (the server went away) changes nothing that a
 * later round cannot finish: replication resumes from its checkpoints, and a
 * document sent twice is the same revision.
 */
import type { SyncBridge } from './bridge';

export interface SyncRound {
  /** Records sealed from this device's changes. */
  sealed: number;
  /** Records changed on this device by what came in. */
  received: number;
}

export async function syncRound(bridge: SyncBridge, local: PouchDB.Database, remote: PouchDB.Database): Promise<SyncRound> {
  const sealed = await bridge.sendAll();
  await local.replicate.to(remote);
  await local.replicate.from(remote);
  const received = await bridge.receive();
  // Resolved conflicts and the copies kept of their losers.
  await local.replicate.to(remote);
  return { sealed, received };
}
