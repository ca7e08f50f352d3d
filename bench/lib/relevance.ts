import type { SearchEngine } from '../../lib/search/engine/engine';

export interface RelevanceCase {
  query: string;
  expected: string[];
}

export interface RelevanceReport {
  /** Mean share of each query's expected answers found in its first 5 results. */
  recallAt5: number;
  /** Mean reciprocal rank of the first expected answer within the first 10 results. */
  mrrAt10: number;
  misses: { query: string; expected: string[]; got: string[] }[];
}

/** Runs every case through the engine and scores the ranking. */
export async function evaluateRelevance(engine: SearchEngine, cases: readonly RelevanceCase[]): Promise<RelevanceReport> {
  let recall = 0;
  let reciprocal = 0;
  const misses: RelevanceReport['misses'] = [];
  for (const { query, expected } of cases) {
    const got = (await engine.search({ q: query, pageSize: 10 })).results.map((r) => r.id);
    const top5 = got.slice(0, 5);
    recall += expected.filter((id) => top5.includes(id)).length / expected.length;
    const rank = got.findIndex((id) => expected.includes(id));
    reciprocal += rank === -1 ? 0 : 1 / (rank + 1);
    if (expected.some((id) => !top5.includes(id))) misses.push({ query, expected, got: top5 });
  }
  return { recallAt5: recall / cases.length, mrrAt10: reciprocal / cases.length, misses };
}
