import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Real PDFs, real SQLite and a real browser take longer than unit tests usually do.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // The service caches loaded rule packs in the user's cache folder: tests use one of their
    // own, so that running them leaves nothing in the home folder.
    env: { VARDEKOLLEN_CACHE: join(tmpdir(), 'vardekollen-test-cache') },
  },
});
