/**
 * Loads the sync code on first use, and says whether sync was on when the
 * app last ran (a flag in localStorage: no database read at start). The only
 * sync code in the app's first load.
 */
import type * as SyncServiceModule from '../../data/sync/sync-service';

export type SyncService = typeof SyncServiceModule;

const SYNC_FLAG = 'rapport-sync';
let service: Promise<SyncService> | null = null;

export function loadSyncService(): Promise<SyncService> {
  service ??= import('../../data/sync/sync-service');
  return service;
}

export const syncWasOn = () => {
  try {
    return localStorage.getItem(SYNC_FLAG) === 'on';
  } catch {
    return false;
  }
};
