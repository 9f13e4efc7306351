/**
 * PouchDB as sync uses it in the browser: IndexedDB for the device's sealed
 * copy, HTTP and replication for the server. Imported only when sync is on
 * (a dynamic import), so the app's first load carries none of it.
 */
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

// A plugin changes PouchDB itself, and adding replication twice throws (a test process may hold a server too).
const WithReplication = 'replicate' in PouchDB.prototype ? PouchDB : PouchDB.plugin(replication);
export const SyncPouch = WithReplication.plugin(idbAdapter).plugin(httpAdapter);
