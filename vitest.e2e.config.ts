import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time against dist/, served with the headers of public/_headers
// by scripts/static-server.ts (tests/e2e/global-setup.ts). Run after `astro build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Files share one module graph (playwright-core, axe-core, the list of built pages and their weights are
    // loaded once); each file still launches and closes its own Chromium (tests/e2e/browser.ts).
    isolate: false,
  },
});
