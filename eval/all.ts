// Runs every stage's evaluation, prints the figures, and fails when any falls below its floor (the CI gate).
import { run as blocks } from './blocks.js';
import { run as conflicts } from './conflicts.js';
import { run as events } from './events.js';
import { run as extractText } from './extract-text.js';
import { run as extractTextRendered } from './extract-text-rendered.js';
import { run as extraction } from './extraction.js';
import { run as inventedStories } from './invented-stories.js';
import { run as ner } from './ner.js';
import { run as publicationDate } from './publication-date.js';
import { run as stories } from './stories.js';
import { run as temporal } from './temporal.js';
import type { EvalResult } from './types.js';

const evaluations: { name: string; run: () => Promise<EvalResult> }[] = [
  { name: 'extract-text', run: extractText },
  { name: 'extract-text-rendered', run: extractTextRendered },
  { name: 'blocks', run: blocks },
  { name: 'extraction', run: extraction },
  { name: 'ner', run: ner },
  { name: 'temporal', run: temporal },
  { name: 'publication-date', run: publicationDate },
  { name: 'events', run: events },
  { name: 'stories', run: stories },
  { name: 'conflicts', run: conflicts },
  { name: 'invented-stories', run: inventedStories },
];

const only = process.argv.slice(2);
let failed = 0;
for (const evaluation of evaluations) {
  if (only.length > 0 && !only.includes(evaluation.name)) continue;
  const started = Date.now();
  const result = await evaluation.run();
  if (Object.keys(result.metrics).length === 0) {
    // An evaluation that measured nothing (its data missing) fails the gate rather than passing silently.
    console.log(`\n== ${evaluation.name}: FAIL, no figures (is ../shared beside the repository?)`);
    failed++;
    continue;
  }
  console.log(`\n== ${result.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const [metric, value] of Object.entries(result.metrics)) {
    const floor = result.floors[metric];
    const below = floor !== undefined && value < floor - 1e-9;
    if (below) failed++;
    console.log(`  ${below ? 'FAIL' : 'ok  '} ${metric.padEnd(34)} ${value.toFixed(3)}${floor !== undefined ? `  (floor ${floor})` : ''}`);
  }
}
console.log(failed === 0 ? '\nAll figures at or above their floors.' : `\n${failed} figures below their floors.`);
process.exitCode = failed === 0 ? 0 : 1;
