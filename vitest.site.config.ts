import { defineConfig } from 'vitest/config';

// Checks over every page of the built site, in Node (no browser, no server): run after `astro build`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    // The files share one module graph per worker, and so the parsed pages of built-site.ts's cache:
    // each page is parsed once per worker instead of once per file (a third of the time; no test changes a page).
    isolate: false,
    testTimeout: 120_000,
  },
});
