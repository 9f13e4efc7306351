/**
 * `npm run bench`: every benchmark, one after the other. Prints figures; never fails on a slow day.
 * 1. scoring in Node (10,000 contacts, 100,000 interactions, 500 programs): test/bench/scoring.mjs
 * 2. the app in Chromium against raw Dexie baselines: test/bench/browser-bench.mjs + measures.mjs
 * BENCH_ONLY=name,name (measure function names, or "scoring") runs a subset.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { run } from './browser-bench.mjs';
import { measures } from './measures.mjs';

const started = Date.now();
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
// Three agents share this machine's cores: the load says how much the figures below were slowed.
console.log(`Load average at start (1, 5, 15 min): ${load()} on ${cpus().length} CPUs`);
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
if (!only || only.includes('scoring')) execFileSync(process.execPath, ['test/bench/scoring.mjs'], { stdio: 'inherit' });
if (!only || only.some((name) => name !== 'scoring')) await run(measures);
console.log(`Load average at end (1, 5, 15 min): ${load()} on ${cpus().length} CPUs`);
console.log(`Bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
