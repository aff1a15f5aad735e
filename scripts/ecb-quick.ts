// Quick comparison of cluster settings on the ECB+ TUNING topics only (file order and 5 topic / mixed shuffles, as
// eval/stories.ts prints them); the held-out topics are never scored here.
// `node dist/scripts/ecb-quick.js '[{}, {"closeCallMargin": 0}]'` (an anchors object is merged with the defaults).
import type { ClusterOverrides } from '../src/stories/cluster.js';
import { bcubedScores } from '../eval/clustering-metrics.js';
import { loadEcb, replay, shuffledScores } from '../eval/stories.js';

const ecb = await loadEcb();
if (!ecb) throw new Error('ECB+ data missing');
const configs = JSON.parse(process.argv[2] ?? '[{}]') as ClusterOverrides[];
for (const config of configs) {
  const file = bcubedScores(replay(ecb.tune.inputs, config), ecb.tune.gold);
  const topic = shuffledScores(ecb.tune, config, 5, false);
  const mixed = shuffledScores(ecb.tune, config, 5, true);
  const f = (x: number) => x.toFixed(3);
  console.log(`${JSON.stringify(config)}: file ${f(file.f1)} (P ${f(file.precision)} R ${f(file.recall)}) | topic ${f(topic.mean.f1)} / ${f(topic.worst.f1)} | mixed ${f(mixed.mean.f1)} / ${f(mixed.worst.f1)}`);
}
