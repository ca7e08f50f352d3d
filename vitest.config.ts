import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests test code on fixture content (tests/fixtures/) and never read content/: the real
 * content is covered by npm run check, the build and the browser tests, and its search quality by
 * npm run bench:search's floors.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The scripts tests run as processes, bundled once (tests/helpers/run-script.ts says why).
    globalSetup: ['tests/setup/bundle-scripts.ts'],
    // One worker per core (Vitest would leave one core idle). A third worker paid when tests waited
    // seconds on scripts started through tsx; with scripts bundled (tests/setup/) it only loads the
    // project's modules once more: same busy 2-core machine, same minute, 2 workers 43.4 s of CPU and
    // 43 s wall, 3 workers 50.7 s of CPU and 56 s wall.
    maxWorkers: availableParallelism(),
    // Each worker loads the project's modules once for all its files instead of once per file: the
    // suite spent a quarter of its CPU time loading them again (user time 85 s isolated, 63 s not,
    // same machine and minute). No test mocks a module, stubs the environment or changes directory,
    // so files share nothing but caches.
    isolate: false,
    // Some tests run the project's scripts as processes or make PDF and Word files; on a busy 2-core
    // machine that takes seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
