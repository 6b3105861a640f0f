import { defineConfig } from 'vitest/config';

// Checks over every page of the built site, in Node (no browser, no server): run after `astro build`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
