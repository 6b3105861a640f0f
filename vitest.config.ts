import { defineConfig } from 'vitest/config';

// Two projects: plain unit tests, and `*.astro.test.ts`, which render .astro components with Astro's
// container API and so need Astro's Vite configuration (vitest.astro.config.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.astro.test.ts'],
          environment: 'node',
          // The test files share one module graph per worker: no test mocks modules or keeps global state,
          // and re-importing zod schemas, d3 and the data in each of 80 files took four fifths of the run.
          isolate: false,
        },
      },
      './vitest.astro.config.ts',
    ],
  },
});
