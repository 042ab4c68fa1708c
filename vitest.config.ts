import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Real PDFs, real SQLite and a real browser take longer than unit tests usually do.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
