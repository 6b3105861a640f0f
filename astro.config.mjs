// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The public address of the site, for canonical URLs, feeds and the sitemap.
 * Set SITE_URL when deploying (e.g. SITE_URL=https://exemple.fr npm run build).
 */
const site = process.env.SITE_URL ?? 'https://oublies-du-segur.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
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
