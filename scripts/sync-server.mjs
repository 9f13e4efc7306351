/**
 * A CouchDB-compatible sync server for trying Rapport's sync on one machine
 * and for the tests: express-pouchdb (PouchDB's own implementation of the
 * CouchDB HTTP API) over PouchDB's in-memory adapter, on 127.0.0.1. Its data
 * lasts as long as the process: for real use, run CouchDB 3 (README).
 *
 *   npm run sync-server                  → http://127.0.0.1:5984/
 *   npm run sync-server -- --port 6000 --allow-origin http://localhost:4173
 *
 * `startSyncServer()` is what the tests use: a server on a free port that
 * can be stopped and started again on the same port (a dropped connection),
 * keeping its data.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import mapreduce from 'pouchdb-mapreduce';

/**
 * @param {{ port?: number, host?: string, allowOrigins?: string[] }} options
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void>, start: () => Promise<void>, requests: { method: string, path: string }[] }>}
 */
export async function startSyncServer({ port = 0, host = '127.0.0.1', allowOrigins = [] } = {}) {
  // Each server its own in-memory databases, so two test files never share one.
  const prefix = `sync-server-${process.pid}-${Math.random().toString(36).slice(2)}-`;
  // Plugins change PouchDB itself: in a process that already added replication (the tests' devices), once is enough.
  const Base = 'replicate' in PouchDB.prototype ? PouchDB : PouchDB.plugin(replication);
  const ServerPouch = Base.plugin(memoryAdapter).plugin(httpAdapter).plugin(mapreduce).defaults({ adapter: 'memory', prefix });
  const app = express();
  const requests = [];
  app.use((req, res, next) => {
    requests.push({ method: req.method, path: req.path });
    const origin = req.headers.origin;
    if (origin && allowOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
      res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
      if (req.method === 'OPTIONS') return void res.status(204).end();
    }
    next();
  });
  app.use('/', expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' }));

  let server = null;
  const sockets = new Set();
  let boundPort = port;
  const start = () =>
    new Promise((resolve, reject) => {
      server = createServer(app);
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.once('error', reject);
      server.listen(boundPort, host, () => {
        boundPort = server.address().port;
        resolve();
      });
    });
  const stop = () =>
    new Promise((resolve) => {
      if (!server) return resolve();
      // Connections are cut at once, as when a network drops: replication in flight fails and must retry.
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
      server = null;
    });
  await start();
  return {
    get url() {
      return `http://${host}:${boundPort}`;
    },
    get port() {
      return boundPort;
    },
    start,
    stop,
    requests,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const origins = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--allow-origin' ? [a] : []));
  const server = await startSyncServer({ port: Number(arg('--port') ?? 5984), allowOrigins: origins });
  console.log(`Rapport sync server (CouchDB-compatible, in memory) at ${server.url}/`);
  console.log(origins.length ? `Accepting the app from ${origins.join(', ')}.` : 'Accepting requests from its own origin only; add --allow-origin <the app’s address> when the app is served elsewhere.');
  console.log('Its data is gone when it stops (Ctrl+C). For real use, run CouchDB 3.');
}
