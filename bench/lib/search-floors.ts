import { termOf } from '../../lib/language/tokenize';
import type { SearchEngine } from '../../lib/search/engine/engine';
import type { SearchResponse } from '../../lib/search/engine/types';
import { evaluateRelevance } from './relevance';
import { RELEVANCE_CASES } from './search-queries';
import { MISSPELLINGS, REAL_WORDS, UNCOVERED_QUERIES } from './typo-words';

/**
 * The floors npm run bench:search holds the real answers' search to. They are an evaluation of
 * today's answers, not a unit test (tests/unit/search-*.test.ts test the engine on a fixture): a
 * change to search that breaks one fails the bench, and the bench says which.
 * Relevance floors sit a little under what the engine measured when they were set (recall@5
 * 0.938, MRR@10 0.892 over 55 queries).
 */
const RECALL_AT_5_FLOOR = 0.9;
const MRR_AT_10_FLOOR = 0.85;
const MOST_UNCOVERED_CLAIMED = 1;

/** Whether search read `typed` as `meant`: corrected to it, or found through the meant word's own term ("attendence" → attend). */
export function readAsMeant(response: SearchResponse, meant: string): boolean {
  const [word] = response.words;
  return word?.status === 'corrected'
    ? word.as.some((as) => termOf(as) === termOf(meant))
    : word?.status === 'found' && response.terms.includes(termOf(meant));
}

/** The words of REAL_WORDS that search changes into another word, submitted or still being typed. */
export async function changedRealWords(engine: SearchEngine, words: readonly string[] = REAL_WORDS): Promise<string[]> {
  const changed: string[] = [];
  for (const real of words)
    for (const complete of [false, true]) {
      const [word] = (await engine.search({ q: real, complete })).words;
      if (word?.status !== 'found' && word?.status !== 'missing')
        changed.push(`${real}${complete ? ' (typing)' : ''} → ${JSON.stringify(word)}`);
    }
  return changed;
}

/** Each floor the engine over the real answers falls below, in words. */
export async function brokenSearchFloors(engine: SearchEngine): Promise<string[]> {
  const broken: string[] = [];
  const relevance = await evaluateRelevance(engine, RELEVANCE_CASES);
  if (relevance.recallAt5 < RECALL_AT_5_FLOOR)
    broken.push(`everyday queries: recall@5 ${relevance.recallAt5.toFixed(3)} < ${RECALL_AT_5_FLOOR}`);
  if (relevance.mrrAt10 < MRR_AT_10_FLOOR) broken.push(`everyday queries: MRR@10 ${relevance.mrrAt10.toFixed(3)} < ${MRR_AT_10_FLOOR}`);
  for (const [typed, meant] of MISSPELLINGS) {
    const response = await engine.search({ q: typed });
    if (!readAsMeant(response, meant)) broken.push(`misspelling "${typed}" not read as "${meant}": ${JSON.stringify(response.words[0])}`);
  }
  for (const change of await changedRealWords(engine)) broken.push(`a correctly spelt word was changed: ${change}`);
  const claimed: string[] = [];
  for (const q of UNCOVERED_QUERIES) {
    const response = await engine.search({ q });
    if (response.verdict === 'matches') claimed.push(q);
    else if (response.results.length > 0) broken.push(`"${q}" (no answer covers it) shows results outside the matches`);
  }
  if (claimed.length > MOST_UNCOVERED_CLAIMED)
    broken.push(`answers claimed for ${claimed.length} of ${UNCOVERED_QUERIES.length} topics no answer covers: ${claimed.join(', ')}`);
  return broken;
}
