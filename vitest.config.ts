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
        },
      },
      './vitest.astro.config.ts',
    ],
  },
});
