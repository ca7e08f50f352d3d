/**
 * npm run bench:search: relevance on the real answers, then for synthetic corpora of 1,000, 10,000
 * and 100,000 answers: index bytes (raw, gzip), bytes fetched before the first results show, cold
 * load time, warm query latency (median, p95), and build time and peak memory. Each size builds in
 * its own process, so peak memory is that size's. Exits 1 when a budget or one of the real answers'
 * floors (bench/lib/search-floors.ts: relevance, misspellings, topics no answer covers) is broken.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Document } from 'flexsearch';
import { loadContent } from '../lib/content';
import { ISLANDS } from '../lib/common/routes';
import { buildSearchIndex, measureFiles, type IndexFile } from '../lib/search/build/build-index';
import { SearchEngine } from '../lib/search/engine/engine';
import { memorySource } from './lib/node-index-source';
import { searchCorpus, type SearchCorpus } from '../lib/search/build/records';
import { compareSearch, evaluateRelevance, type Comparison } from './lib/relevance';
import { peers } from './lib/peers';
import { judgedQueries, judgedTable, scoreReader } from './lib/judged';
import { ourReader, peerReader } from './lib/readers';
import { typoQueries, UNCOVERED_QUERIES } from './lib/typo-words';
import { syntheticCorpus } from './lib/synthetic-corpus';
import { RELEVANCE_CASES } from './lib/search-queries';
import { median } from './lib/median';
import { brokenSearchFloors } from './lib/search-floors';

const SIZES = [1_000, 10_000, 100_000];
const BUDGETS: Record<number, { firstQueryKB: number; p95Ms: number; buildSeconds?: number; memoryMB?: number }> = {
  10_000: { firstQueryKB: 150, p95Ms: 10 },
  100_000: { firstQueryKB: 300, p95Ms: 25, buildSeconds: 120, memoryMB: 2048 },
};
/** The real answers' first query (the everyday queries, search code included), as for the synthetic sizes. */
const REAL_FIRST_QUERY_KB = 60;
const ISLAND = `public${ISLANDS.search}`;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** A single FlexSearch Document index of the same answers, exported: what one unsplit file would weigh. */
function flexSearchBaseline(corpus: SearchCorpus): { raw: number; gzip: number } {
  const index = new Document({ document: { id: 'id', index: ['question', 'response'] }, tokenize: 'forward' });
  corpus.records.forEach((record, id) => index.add({ id, question: record.question, response: record.response }));
  let text = '';
  index.export((key: string, data: string) => {
    text += `${key}:${data ?? ''}\n`;
  });
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
}

async function measureSize(size: number) {
  const real = searchCorpus(loadContent('content').content);
  const corpus = syntheticCorpus(real, size);
  const started = performance.now();
  const { files, manifest } = buildSearchIndex(corpus);
  const buildSeconds = (performance.now() - started) / 1000;
  const total = measureFiles(files);
  const gzipOf = new Map<IndexFile, number>();
  const gz = (file: IndexFile) =>
    gzipOf.get(file) ??
    gzipOf.set(file, gzipSync(typeof file.data === 'string' ? Buffer.from(file.data) : file.data).length).get(file) ??
    0;
  const islandGzip = existsSync(ISLAND) ? gzipSync(readFileSync(ISLAND)).length : 0;
  const queries = RELEVANCE_CASES.map((c) => c.query);
  const firstBytes: number[] = [];
  const loadMs: number[] = [];
  const warmMs: number[] = [];
  for (const q of queries) {
    let fetched = 0;
    const engine = new SearchEngine(memorySource(files, (file) => (fetched += gz(file))));
    const coldStart = performance.now();
    await engine.search({ q, pageSize: 10 });
    loadMs.push(performance.now() - coldStart);
    firstBytes.push(islandGzip + fetched);
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      await engine.search({ q, pageSize: 10 });
      warmMs.push(performance.now() - start);
    }
  }
  const baseline = size <= 10_000 ? flexSearchBaseline(corpus) : undefined;
  return {
    size,
    shards: manifest.shardCount,
    files: files.length,
    raw: total.raw,
    gzip: total.gzip,
    firstMedian: median(firstBytes),
    firstMax: Math.max(...firstBytes),
    loadMedian: median(loadMs),
    warmMedian: median(warmMs),
    warmP95: percentile(warmMs, 95),
    buildSeconds,
    peakMemoryMB: process.resourceUsage().maxRSS / 1024,
    baseline,
  };
}

type Row = Awaited<ReturnType<typeof measureSize>>;

/** Ours beside lunr, MiniSearch and Orama: the judged queries per kind and half, then the older everyday queries. */
async function comparePeers(content: ReturnType<typeof loadContent>['content'], files: IndexFile[]) {
  const corpus = searchCorpus(content);
  const engine = new SearchEngine(memorySource(files));
  const others = await peers(corpus);
  const judged = judgedQueries();
  const splitNames = {
    test: 'held-out test half (never tuned on)',
    test2: 'second held-out set (queries-c.json, written after the first tuning, never tuned on)',
    test3: 'third held-out set (queries-d.json, written after the second tuning, never tuned on)',
    tune: 'tune half',
  } as const;
  for (const split of ['test', 'test2', 'test3', 'tune'] as const) {
    const queries = judged.filter((q) => q.split === split);
    const results = [{ name: 'SEND Answers', score: await scoreReader(ourReader(engine), queries) }];
    for (const peer of others) results.push({ name: peer.name, score: await scoreReader(peerReader(peer.search), queries) });
    console.log(`\nJudged queries, ${splitNames[split]}: ${queries.length} (bench/judged/)`);
    console.log(judgedTable(results));
  }

  const typoCases = typoQueries(RELEVANCE_CASES);
  const islandGzip = existsSync(ISLAND) ? gzipSync(readFileSync(ISLAND)).length : 0;
  const firstQueryBytes = async (queries: readonly string[]) => {
    const bytes: number[] = [];
    for (const q of queries) {
      let fetched = 0;
      await new SearchEngine(
        memorySource(files, (file) => (fetched += gzipSync(typeof file.data === 'string' ? Buffer.from(file.data) : file.data).length)),
      ).search({ q });
      bytes.push(islandGzip + fetched);
    }
    return bytes;
  };
  const everyday = await firstQueryBytes(RELEVANCE_CASES.map((c) => c.query));
  const judgedBytes = await firstQueryBytes(judged.map((q) => q.query));
  const rows: [string, Comparison, string][] = [
    [
      'SEND Answers',
      await compareSearch(ourReader(engine), RELEVANCE_CASES, typoCases, UNCOVERED_QUERIES),
      `${kb(median(everyday))} median, ${kb(Math.max(...everyday))} max`,
    ],
  ];
  for (const peer of others)
    rows.push([
      peer.name,
      await compareSearch(peerReader(peer.search), RELEVANCE_CASES, typoCases, UNCOVERED_QUERIES),
      `${kb(peer.indexGzipBytes)} (whole index)`,
    ]);
  console.log(
    `\nThe earlier everyday queries: ${RELEVANCE_CASES.length}, ${typoCases.length} of them with one word misspelt, ${UNCOVERED_QUERIES.length} topics no answer covers`,
  );
  console.log('| search | MRR@10 | recall@5 | typo hit@5 | answers claimed on uncovered | first query gzip |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, c, bytes] of rows)
    console.log(
      `| ${name} | ${c.mrrAt10.toFixed(3)} | ${c.recallAt5.toFixed(3)} | ${c.typoHitAt5.toFixed(3)} | ${c.junkRate.toFixed(3)} | ${bytes} |`,
    );
  console.log(
    `First query of the judged queries (long messages fetch most): ${kb(median(judgedBytes))} median, ${kb(Math.max(...judgedBytes))} max, search code included`,
  );
  return Math.max(...everyday);
}

if (process.argv[2] === '--size') {
  console.log(JSON.stringify(await measureSize(Number(process.argv[3]))));
} else {
  const content = loadContent('content').content;
  const { files } = buildSearchIndex(searchCorpus(content));
  const relevance = await evaluateRelevance(new SearchEngine(memorySource(files)), RELEVANCE_CASES);
  console.log(
    `Relevance over ${RELEVANCE_CASES.length} everyday queries on the real answers: recall@5 ${relevance.recallAt5.toFixed(3)}, MRR@10 ${relevance.mrrAt10.toFixed(3)}`,
  );
  for (const miss of relevance.misses) console.log(`  not all in top 5: "${miss.query}"`);
  const firstQueryMax = await comparePeers(content, files);
  if (!existsSync(ISLAND)) console.log(`(${ISLAND} is missing: run npm run build first to count the search code in first-query bytes)`);
  console.log(
    '\n| answers | shards | index raw | index gzip | first query gzip (median / max) | cold first query | warm median | warm p95 | build | peak memory | one FlexSearch file (gzip) |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const broken = await brokenSearchFloors(new SearchEngine(memorySource(files)));
  if (firstQueryMax / 1024 > REAL_FIRST_QUERY_KB)
    broken.push(`${content.entries.length} answers: first query up to ${kb(firstQueryMax)} > ${REAL_FIRST_QUERY_KB} KB`);
  // --relevance-only: the comparison above, without building the synthetic corpora.
  for (const size of process.argv.includes('--relevance-only') ? [] : SIZES) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/search.ts', '--size', String(size)], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const row = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Row;
    console.log(
      `| ${size.toLocaleString('en-GB')} | ${row.shards} | ${mb(row.raw)} | ${mb(row.gzip)} | ${kb(row.firstMedian)} / ${kb(row.firstMax)} | ${row.loadMedian.toFixed(1)} ms | ${row.warmMedian.toFixed(2)} ms | ${row.warmP95.toFixed(2)} ms | ${row.buildSeconds.toFixed(1)} s | ${row.peakMemoryMB.toFixed(0)} MB | ${row.baseline ? mb(row.baseline.gzip) : 'not built'} |`,
    );
    const budget = BUDGETS[size];
    if (!budget) continue;
    if (row.firstMax / 1024 > budget.firstQueryKB)
      broken.push(`${size}: first query up to ${kb(row.firstMax)} > ${budget.firstQueryKB} KB`);
    if (row.warmP95 > budget.p95Ms) broken.push(`${size}: warm p95 ${row.warmP95.toFixed(2)} ms > ${budget.p95Ms} ms`);
    if (budget.buildSeconds && row.buildSeconds > budget.buildSeconds)
      broken.push(`${size}: build ${row.buildSeconds.toFixed(1)} s > ${budget.buildSeconds} s`);
    if (budget.memoryMB && row.peakMemoryMB > budget.memoryMB)
      broken.push(`${size}: peak memory ${row.peakMemoryMB.toFixed(0)} MB > ${budget.memoryMB} MB`);
  }
  if (broken.length > 0) {
    console.error(`\nBelow a floor or over budget:\n${broken.join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll search floors and budgets met.');
}
