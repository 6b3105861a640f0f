import { getViteConfig } from 'astro/config';

// Unit tests that render .astro components (experimental_AstroContainer) run with Astro's Vite setup.
export default getViteConfig({
  test: {
    name: 'astro',
    include: ['tests/unit/**/*.astro.test.ts'],
    environment: 'node',
  },
});
