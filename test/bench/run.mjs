/** `npm run bench`: every benchmark, one after the other. Prints figures; never fails on a slow day. */
import { run } from './browser-bench.mjs';
import { measures } from './measures.mjs';

await run(measures);
