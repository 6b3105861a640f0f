import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time against the built site served by scripts/with-preview.ts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
