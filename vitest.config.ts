import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/search/**/*.test.ts'],
    environment: 'node',
    // Some tests run the project's scripts as processes or make PDF and Word files; on a busy 2-core
    // machine that takes seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
