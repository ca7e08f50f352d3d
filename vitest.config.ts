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
    // Some tests run the project's scripts as processes or make PDF and Word files; on a busy 2-core
    // machine that takes seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
