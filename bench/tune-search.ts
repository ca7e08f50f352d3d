/**
 * npm run bench:tune: tries values of the ranking parameters one at a time around the current ones
 * (lib/search/engine/ranking.ts), on the tune half of the judged queries only, and prints what
 * each does. The held-out half is never read here: it is for npm run bench:search.
 */
import { loadContent } from '../lib/content';
import { buildSearchIndex } from '../lib/search/build/build-index';
import { searchCorpus } from '../lib/search/build/records';
import { SearchEngine } from '../lib/search/engine/engine';
import { RANKING, type Ranking } from '../lib/search/engine/ranking';
import { judgedQueries, scoreReader } from './lib/judged';
import { memorySource } from './lib/node-index-source';
import { ourReader } from './lib/readers';

const TRIES: Partial<Record<keyof Ranking, number[]>> = {
  inflectionWeight: [0.6, 0.8, 0.9, 1],
  derivationWeight: [0, 0.3, 0.5, 0.7, 0.9],
  typoWeight: [0.4, 0.6, 0.8],
  coverageExponent: [0, 0.5, 1, 1.5, 2, 3],
  missingInformation: [0.2, 0.4, 0.6, 0.8, 1, 1.5],
  matchShare: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
  resultShare: [0.3, 0.5, 0.7, 0.9],
  noAnswerShare: [0.1, 0.15, 0.2, 0.25, 0.3],
};

const content = loadContent('content').content;
const { files } = buildSearchIndex(searchCorpus(content));
const tune = judgedQueries().filter((q) => q.split === 'tune');

/** --misses: each tune-half query with no relevant answer in the first five, beside the question it was written from, to see which words the search lacks. */
async function printMisses() {
  const read = ourReader(new SearchEngine(memorySource(files)));
  const question = new Map(content.entries.map((entry) => [entry.id, entry.question]));
  for (const q of tune.filter((query) => query.kind !== 'uncovered')) {
    const page = await read(q.query);
    if (page.links.slice(0, 5).some((id) => q.judgments[id])) continue;
    const rank = page.links.findIndex((id) => q.judgments[id]) + 1;
    console.log(
      `${q.kind}: "${q.query}" (${page.saysNoAnswer ? 'no answer' : page.claimed ? 'matches' : 'closest'}; relevant at ${rank || 'none of 10'})`,
    );
    console.log(`  wanted: ${question.get(q.from ?? '')?.slice(0, 140)}`);
    console.log(`  first:  ${question.get(page.links[0] ?? '')?.slice(0, 140) ?? '(nothing)'}`);
  }
}

async function measure(ranking: Ranking) {
  const { rows, noAnswerPrecision } = await scoreReader(ourReader(new SearchEngine(memorySource(files), ranking)), tune);
  const covered = rows.find((r) => r.kind === 'all covered');
  const uncovered = rows.find((r) => r.kind === 'uncovered');
  return {
    hit5: covered?.hitAt5 ?? 0,
    mrr: covered?.mrrAt10 ?? 0,
    ndcg: covered?.ndcgAt10 ?? 0,
    noAnswer: covered?.noAnswerOnCovered ?? 0,
    claimed: uncovered?.claimedOnUncovered ?? 0,
    noAnswerPrecision,
  };
}

const line = (label: string, m: Awaited<ReturnType<typeof measure>>) =>
  `| ${label} | ${m.hit5.toFixed(3)} | ${m.mrr.toFixed(3)} | ${m.ndcg.toFixed(3)} | ${(100 * m.noAnswer).toFixed(0)}% | ${(100 * m.noAnswerPrecision).toFixed(0)}% | ${(100 * m.claimed).toFixed(0)}% |`;
if (process.argv[2] === '--misses') {
  await printMisses();
  process.exit(0);
}
console.log(`Tune half: ${tune.length} judged queries`);
console.log('| parameter = value | hit@5 | MRR@10 | nDCG@10 | "no answer" on covered | "no answer" right | claimed on uncovered |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(line('current', await measure(RANKING)));
const only = process.argv[2];
for (const [name, values] of Object.entries(TRIES) as [keyof Ranking, number[]][]) {
  if (only && name !== only) continue;
  for (const value of values)
    if (value !== RANKING[name]) console.log(line(`${name} = ${value}`, await measure({ ...RANKING, [name]: value })));
}
