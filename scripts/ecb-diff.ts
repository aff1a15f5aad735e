// Diagnostics: the ECB+ TUNING decisions two cluster settings disagree on, in the 5 seeded topic (or `mixed`) shuffles
// where their B-cubed F1 differs. `node dist/scripts/ecb-diff.js '[{...}, {...}]' [mixed]`.
import { StoryStream, articleSignals } from '../src/stories/index.js';
import type { ClusterDecision, ClusterOverrides } from '../src/stories/cluster.js';
import { bcubedScores } from '../eval/clustering-metrics.js';
import { loadEcb, reordered } from '../eval/stories.js';

const ecb = (await loadEcb())!;
const [a, b] = JSON.parse(process.argv[2]!) as ClusterOverrides[];
const mixed = process.argv[3] === 'mixed';
for (let seed = 1; seed <= 5; seed++) {
  const inputs = reordered(ecb.tune, seed, mixed);
  const runs = [a, b].map((config) => {
    const stream = new StoryStream(config);
    const log = new Map<string, Extract<ClusterDecision, { kind: 'add' }>>();
    stream.clusterer.trace = (d) => { if (d.kind === 'add') log.set(d.article, d); };
    const storyOf = stream.assignAll(inputs.map((input) => ({ input, signals: articleSignals(input) })));
    return { storyOf, log, f1: bcubedScores(storyOf, ecb.tune.gold).f1 };
  });
  if (runs[0]!.f1 === runs[1]!.f1) continue;
  console.log(`seed ${seed}: ${runs[0]!.f1.toFixed(3)} -> ${runs[1]!.f1.toFixed(3)}`);
  for (const input of inputs) {
    const id = input.article.id;
    const [x, y] = runs.map((run) => run.log.get(id));
    if (x && y && (x.joined !== y.joined || x.best?.score !== y.best?.score)) {
      console.log(`  ${id} gold ${ecb.tune.gold.get(id)} published ${input.article.published.date}: A joined ${x.joined} ${x.best?.score.toFixed(3)} ${JSON.stringify(x.best?.parts)} | B joined ${y.joined} ${y.best?.score.toFixed(3)}`);
    }
  }
}
