// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { writeSitemap } from './scripts/sitemap.ts';
import { unpublishedDataProblem } from './scripts/release.ts';
import { PUBLICATION } from './site.config.ts';
import { publicationErrorMessage } from './src/lib/publication.ts';

// Who publishes and where (site.config.ts): a malformed setting, or a production build
// (SITE_ENV=production, npm run build:production) without its site address or contact, stops here.
if (PUBLICATION.problems.length > 0) throw new Error(publicationErrorMessage(PUBLICATION));

/** The public address of the site, for canonical URLs, link previews, feeds, citations and the sitemap. */
const site = PUBLICATION.settings.siteUrl;

/**
 * The citations name the current version of the data and link to its frozen copy: a production
 * build refuses data that `npm run release` has not published; other builds only warn.
 * @type {import('astro').AstroIntegration}
 */
const releases = {
  name: 'oublies-versions',
  hooks: {
    'astro:build:start': ({ logger }) => {
      const problem = unpublishedDataProblem(process.cwd());
      if (problem === null) return;
      if (PUBLICATION.settings.production) throw new Error(`Construction de production impossible :\n  - ${problem}`);
      logger.warn(problem);
    },
  },
};

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
  integrations: [releases, sitemap],
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
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The chronology's components (not their scripts) in one chunk, so their styles make one stylesheet:
            // /chronologie/ and the year pages share some of them, and split in two files they would cost
            // /chronologie/, close to its weight budget, about 130 bytes more once compressed.
            groups: [
              { name: 'chronologie', test: /src\/components\/chronologie\/[^?]+\.astro(\?astro&type=style.*)?$/ },
            ],
          },
        },
      },
    },
  },
});
