/**
 * npm run bench:related [-- 1000 10000 100000]: how long the two build-time comparisons of answers
 * take as the collection grows: "Also asked" (near-duplicate questions) and "How other councils
 * answered" (similar answers on the same theme). Both must grow with the number of answers, not its
 * square. Synthetic answers are the real ones recombined (bench/lib/synthetic-corpus.ts), in memory.
 */
import { loadContent } from '../lib/content';
import { searchCorpus } from '../lib/search/build/records';
import { findNearDuplicates } from '../lib/site/near-duplicates';
import { findSimilarAnswers } from '../lib/site/similar-answers';
import { median } from './lib/median';
import { syntheticCorpus } from './lib/synthetic-corpus';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const SIZES = sizes.length > 0 ? sizes : [1_000, 10_000, 100_000];
const RUNS = 3;

const real = searchCorpus(loadContent('content').content);
const time = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

console.log(
  `| answers | Also asked (median of ${RUNS}) | per 1,000 | How other councils answered (median of ${RUNS}) | per 1,000 | answers with a list |`,
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of SIZES) {
  const corpus = syntheticCorpus(real, size);
  const councilOf = new Map(corpus.sources.map((source) => [source.id, source.council]));
  const items = corpus.records.map((record) => ({ ...record, council: councilOf.get(record.source) ?? '' }));
  const nearTimes: number[] = [];
  const similarTimes: number[] = [];
  let listed = 0;
  for (let run = 0; run < RUNS; run++) {
    let near = new Map<string, string[]>();
    nearTimes.push(time(() => (near = findNearDuplicates(items))));
    similarTimes.push(time(() => (listed = findSimilarAnswers(items, near).size)));
  }
  const perThousand = (ms: number) => `${((ms / size) * 1000).toFixed(0)} ms`;
  const near = median(nearTimes);
  const similar = median(similarTimes);
  console.log(
    `| ${size.toLocaleString('en-GB')} | ${(near / 1000).toFixed(2)} s | ${perThousand(near)} | ${(similar / 1000).toFixed(2)} s | ${perThousand(similar)} | ${((listed / size) * 100).toFixed(0)}% |`,
  );
}
