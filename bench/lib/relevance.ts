import type { SearchEngine } from '../../lib/search/engine/engine';
import type { Reader } from './judged';
import { ourReader } from './readers';

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
  const read = ourReader(engine);
  let recall = 0;
  let reciprocal = 0;
  const misses: RelevanceReport['misses'] = [];
  for (const { query, expected } of cases) {
    const { links: got } = await read(query);
    const top5 = got.slice(0, 5);
    recall += expected.filter((id) => top5.includes(id)).length / expected.length;
    const rank = got.findIndex((id) => expected.includes(id));
    reciprocal += rank === -1 ? 0 : 1 / (rank + 1);
    if (expected.some((id) => !top5.includes(id))) misses.push({ query, expected, got: top5 });
  }
  return { recallAt5: recall / cases.length, mrrAt10: reciprocal / cases.length, misses };
}

/** How a search does on what parents type: ranking, typos, and topics no answer covers. */
export interface Comparison {
  mrrAt10: number;
  recallAt5: number;
  /** Share of queries with one misspelt word whose first five results hold an expected answer. */
  typoHitAt5: number;
  /** Share of uncovered queries for which answers are claimed as matches. */
  junkRate: number;
}

export async function compareSearch(
  read: Reader,
  cases: readonly RelevanceCase[],
  typoCases: readonly RelevanceCase[],
  uncovered: readonly string[],
): Promise<Comparison> {
  let recall = 0;
  let reciprocal = 0;
  for (const { query, expected } of cases) {
    const got = (await read(query)).links.slice(0, 10);
    recall += expected.filter((id) => got.slice(0, 5).includes(id)).length / expected.length;
    const rank = got.findIndex((id) => expected.includes(id));
    reciprocal += rank === -1 ? 0 : 1 / (rank + 1);
  }
  let typoHits = 0;
  for (const { query, expected } of typoCases) if ((await read(query)).links.slice(0, 5).some((id) => expected.includes(id))) typoHits += 1;
  let junk = 0;
  for (const query of uncovered) if ((await read(query)).claimed) junk += 1;
  return {
    mrrAt10: reciprocal / cases.length,
    recallAt5: recall / cases.length,
    typoHitAt5: typoHits / typoCases.length,
    junkRate: junk / uncovered.length,
  };
}
