// Runs every benchmark in turn (`npm run bench`). Each prints its own figures: speed as a ratio against a peer
// run in the same process, since timings on shared machines are noisy. Name benchmarks to run only those.
import { run as events } from './events.js';
import { run as extraction } from './extraction.js';
import { run as figurePairs } from './figure-pairs.js';
import { run as ner } from './ner.js';
import { run as pipeline } from './pipeline.js';
import { run as stories } from './stories.js';
import { run as temporal } from './temporal.js';

const benches: { name: string; run: () => Promise<unknown> }[] = [
  { name: 'extraction', run: extraction },
  { name: 'ner', run: ner },
  { name: 'temporal', run: temporal },
  { name: 'events', run: events },
  { name: 'pipeline', run: pipeline },
  { name: 'figure-pairs', run: figurePairs },
  // The default run is short; `node --expose-gc dist/bench/stories.js --n 100000` is the full scale test.
  { name: 'stories', run: () => stories(20_000) },
];

const only = process.argv.slice(2);
for (const bench of benches) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  console.log(`\n== bench ${bench.name}`);
  await bench.run();
}
