import { expect, it } from 'vitest';
import { evaluateRelevance } from '../../bench/lib/relevance';
import { realEngine } from './helpers';
import { RELEVANCE_CASES } from '../../bench/lib/search-queries';

// Floors set a little under what the engine measured when they were set (recall@5 0.938,
// MRR@10 0.892 over 55 queries); `npm run bench:search` prints the current figures.
const RECALL_AT_5_FLOOR = 0.9;
const MRR_AT_10_FLOOR = 0.85;

it('finds the right answers for everyday queries in the first results', async () => {
  expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
  const report = await evaluateRelevance(realEngine().engine, RELEVANCE_CASES);
  expect(report.recallAt5).toBeGreaterThanOrEqual(RECALL_AT_5_FLOOR);
  expect(report.mrrAt10).toBeGreaterThanOrEqual(MRR_AT_10_FLOOR);
});
