/**
 * `npm run bench`: every benchmark, one after the other. Prints figures; never fails on a slow day.
 * 1. scoring in Node (10,000 contacts, 100,000 interactions, 500 programs): test/bench/scoring.mjs
 * 2. the app in Chromium against raw Dexie baselines: test/bench/browser-bench.mjs + measures.mjs
 */
import { execFileSync } from 'node:child_process';
import { run } from './browser-bench.mjs';
import { measures } from './measures.mjs';

execFileSync(process.execPath, ['test/bench/scoring.mjs'], { stdio: 'inherit' });
await run(measures);
