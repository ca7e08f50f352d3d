import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two suites. `unit` (npm run test:unit, and plain `npx vitest run`) tests code on fixture content
 * and never reads content/. `search` (npm run test:search) holds the search engine to its relevance
 * floor on the real content's index: an evaluation of today's answers, run by npm test after the
 * content check, not a unit test.
 */
const suite = process.env.VITEST_SUITE === 'search' ? 'search' : 'unit';

export default defineConfig({
  test: {
    include: [`tests/${suite}/**/*.test.ts`],
    environment: 'node',
    // Vitest runs one file per core less one: one file at a time on 2 cores. Several files spend
    // most of their time waiting for a script they started (an import, a check), so one worker more
    // than there are cores keeps every core busy (on a busy 2-core machine, one worker took twice as long as three).
    maxWorkers: availableParallelism() + 1,
    // Some tests run the project's scripts as processes or make PDF and Word files; on a busy 2-core
    // machine that takes seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
