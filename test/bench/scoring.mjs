// Benchmark of the scoring module: 10,000 contacts, 100,000 interactions, 500 programs
// (and 20,000 reminders). Prints median and min milliseconds of rankPriorities over
// repeated runs and writes bench-results/scoring.json. A script that reports numbers,
// not a test that fails.
//
//   node test/bench/scoring.mjs [--runs N]
//
// Each timed run starts from a collected heap (the app scores after a change, not back to
// back), so one run does not pay for the garbage of the one before; the garbage a run makes
// itself is still timed. CPU time and the machine's load average are recorded next to wall
// time, because on a shared machine wall time mostly measures the neighbours.
import { cpus, loadavg } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServer } from 'vite';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SIZES = { contacts: 10_000, interactions: 100_000, programs: 500, reminders: 20_000 };
const WARM_UP = 3;
const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(7, runsArg > 0 ? Number(process.argv[runsArg + 1]) || 0 : 11);
const SEED = 20260401;
// A fixed instant, so the data set and the result are the same on every run.
const NOW = new Date('2026-04-01T12:00:00.000Z');
const DAY_MS = 86_400_000;

/** mulberry32: small, fast, seeded; good enough to spread test data. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeDataset(vocabulary, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const chance = (p) => random() < p;
  const iso = (ms) => new Date(ms).toISOString();
  const day = (ms) => iso(ms).slice(0, 10);
  const stamp = iso(NOW.getTime() - 400 * DAY_MS);

  const programs = Array.from({ length: SIZES.programs }, (_, i) => {
    const ratings = {};
    for (const criterion of vocabulary.PROGRAM_CRITERIA) if (chance(0.7)) ratings[criterion] = int(0, 5);
    return {
      id: `program-${i}`,
      name: `Program ${i}`,
      track: pick(vocabulary.TRACKS),
      region: chance(0.9) ? pick(vocabulary.REGIONS) : null,
      state: chance(0.5) ? pick(['NY', 'CA', 'TX', 'OH', 'MA', 'FL', 'IL']) : '',
      status: pick(vocabulary.APPLICATION_STATUSES),
      interest: int(1, 5),
      ratings,
      figures: { medianStep2ck: chance(0.4) ? int(235, 265) : null, positions: null },
      openHousesAttended: chance(0.3) ? int(1, 3) : 0,
      awayRotationDone: chance(0.1),
    };
  });

  const contacts = Array.from({ length: SIZES.contacts }, (_, i) => ({
    id: `contact-${i}`,
    name: `Contact ${i}`,
    role: pick(vocabulary.CONTACT_ROLES),
    programIds: Array.from({ length: int(0, 2) }, () => `program-${int(0, SIZES.programs - 1)}`),
    stage: pick(vocabulary.RELATIONSHIP_STAGES),
    mentorSignals: { suggestsOpportunities: chance(0.2), offersIntroductions: chance(0.2), givesCriticalFeedback: chance(0.2) },
    cadenceDays: chance(0.3) ? int(14, 120) : null,
    createdAt: stamp,
  }));

  const interactions = Array.from({ length: SIZES.interactions }, (_, i) => {
    const at = NOW.getTime() - Math.floor(random() * 730 * DAY_MS);
    const people = int(1, 3);
    return {
      id: `interaction-${i}`,
      occurredAt: iso(at),
      kind: pick(vocabulary.INTERACTION_KINDS),
      contactIds: Array.from({ length: people }, () => `contact-${int(0, SIZES.contacts - 1)}`),
      commitments: chance(0.1)
        ? [{ id: `commitment-${i}`, direction: chance(0.7) ? 'promised' : 'offered', text: 'Send the abstract draft', dueDate: chance(0.6) ? day(at + int(3, 60) * DAY_MS) : null, done: chance(0.5) }]
        : [],
    };
  });

  const reminders = Array.from({ length: SIZES.reminders }, (_, i) => {
    const due = NOW.getTime() + int(-60, 60) * DAY_MS;
    const status = pick(['open', 'open', 'open', 'done', 'dismissed', 'snoozed']);
    return {
      id: `reminder-${i}`,
      dueDate: day(due),
      latestDate: day(due + int(0, 7) * DAY_MS),
      title: 'Send a thank-you',
      kind: pick(vocabulary.REMINDER_KINDS),
      contactId: `contact-${int(0, SIZES.contacts - 1)}`,
      status,
      snoozedUntil: status === 'snoozed' ? day(due + int(1, 14) * DAY_MS) : null,
      commitmentId: null,
    };
  });

  const profile = {
    targetTracks: ['integrated-ir', 'dr-esir'],
    preferredRegions: ['northeast', 'mid-atlantic'],
    preferredStates: ['CA'],
    step2ck: 252,
  };
  return { programs, contacts, interactions, reminders, profile };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round2 = (x) => Math.round(x * 100) / 100;

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  // Only SSR-loads pure modules: no need to scan the app for browser dependencies.
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const vocabulary = await server.ssrLoadModule('/src/domain/vocabulary.ts');
  const { defaultSettingsFields } = await server.ssrLoadModule('/src/domain/settings.ts');
  const { rankPriorities, scoreFactors, rankFactors } = await server.ssrLoadModule('/src/domain/scoring/rank.ts');
  const { indexActivity } = await server.ssrLoadModule('/src/domain/scoring/activity.ts');

  const data = makeDataset(vocabulary, rng(SEED));
  const input = { ...data, settings: defaultSettingsFields().scoring, now: NOW, today: '2026-04-01' };

  for (let i = 0; i < WARM_UP; i += 1) rankPriorities(input);
  const times = [];
  const cpuTimes = [];
  let result;
  const loadBefore = loadavg()[0];
  for (let i = 0; i < RUNS; i += 1) {
    result = null;
    collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    result = rankPriorities(input);
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }

  // What a weight slider costs on the Priorities screen: steps 1–2 are kept, only step 3 runs.
  const nowMs = NOW.getTime();
  const activities = indexActivity(input.contacts, input.interactions, input.reminders, { nowMs, today: input.today, halfLifeDays: input.settings.halfLifeDays });
  const factors = scoreFactors({ ...input, activities, criterionWeights: input.settings.criterionWeights, nowMs });
  const reweights = [];
  for (let i = 0; i < WARM_UP + RUNS; i += 1) {
    const weights = { ...input.settings, programWeights: { ...input.settings.programWeights, fit: i % 11 } };
    collectGarbage();
    const start = performance.now();
    const reranked = rankFactors(factors, weights);
    if (i >= WARM_UP) reweights.push(performance.now() - start);
    if (reranked.contacts.length !== SIZES.contacts) throw new Error('re-weighting lost contacts');
  }

  const summary = {
    benchmark: 'scoring',
    sizes: SIZES,
    seed: SEED,
    warmUpRuns: WARM_UP,
    runs: RUNS,
    medianMs: round2(median(times)),
    minMs: round2(Math.min(...times)),
    maxMs: round2(Math.max(...times)),
    goalMs: 100,
    timesMs: times.map(round2),
    reweightMedianMs: round2(median(reweights)),
    reweightTimesMs: reweights.map(round2),
    cpuMedianMs: round2(median(cpuTimes)),
    cpuMinMs: round2(Math.min(...cpuTimes)),
    loadAverage: { before: round2(loadBefore), after: round2(loadavg()[0]) },
    node: process.version,
    cpus: cpus().length,
    measuredAt: new Date().toISOString(),
    check: {
      topContact: result.contacts[0].id,
      topContactScore: result.contacts[0].score,
      topProgram: result.programs[0].id,
      topProgramScore: result.programs[0].score,
    },
  };
  await mkdir(resolve(root, 'bench-results'), { recursive: true });
  await writeFile(resolve(root, 'bench-results/scoring.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `scoring ${SIZES.contacts} contacts, ${SIZES.interactions} interactions, ${SIZES.programs} programs, ${SIZES.reminders} reminders: ` +
      `median ${summary.medianMs} ms, min ${summary.minMs} ms over ${RUNS} runs (goal ≤ ${summary.goalMs} ms)`,
  );
  console.log(
    `CPU time median ${summary.cpuMedianMs} ms, min ${summary.cpuMinMs} ms (all threads, GC included); ` +
      `load average ${summary.loadAverage.before} → ${summary.loadAverage.after} on ${summary.cpus} CPUs`,
  );
  console.log(`re-weighting only (a weight slider on Priorities; activity and factors kept): median ${summary.reweightMedianMs} ms`);
  console.log('wrote bench-results/scoring.json');
} finally {
  await server.close();
}
