// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { writeSitemap } from './scripts/sitemap.ts';

/**
 * The public address of the site, for canonical URLs, link previews, feeds and the sitemap.
 * Set SITE_URL when deploying (e.g. SITE_URL=https://exemple.fr npm run build).
 */
const site = process.env.SITE_URL ?? 'https://oublies-du-segur.example';

/**
 * sitemap.xml is written after the build from the HTML files in dist/, so it lists every page
 * whatever route produced it (see src/lib/sitemap.ts for what is left out, and why).
 * @type {import('astro').AstroIntegration}
 */
const sitemap = {
  name: 'oublies-sitemap',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const count = writeSitemap(fileURLToPath(dir), site);
      logger.info(`sitemap.xml : ${count} pages`);
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [sitemap],
  build: {
    format: 'directory',
    // Stylesheets as files, never inline, so that the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts as files too (Vite would inline small ones): same CSP reason.
      assetsInlineLimit: 0,
    },
  },
});
