/**
 * The full browser check, on the pages that stand for all the others
 * (tests/site/built-site.ts: for each route of src/pages its heaviest page, and
 * its lightest when it has a parameter, plus the heaviest pages of the site).
 * One load per page, with JavaScript, served with the real headers, checks
 * the status, the language, axe (WCAG 2.2 A/AA), that nothing scrolls sideways
 * at 320 px, then the console, requests off the site and the
 * Content-Security-Policy (first use of the page's search field included).
 * Every page, sampled or not, is checked without a browser by tests/site/
 * (content readable without JavaScript, links, ids, weight).
 */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight.ts';
import { builtPages, htmlRoutes, representativePages } from '../site/built-site.ts';
import { axeViolations, useBrowser } from './browser.ts';

const site = useBrowser();
const pages = builtPages();
const sample = representativePages(pages, htmlRoutes(), (path) => pageWeight('dist', path).totalGzip);

describe(`les ${sample.length} pages représentatives (sur ${pages.length})`, () => {
  it.each(sample)(
    '%s : statut, langue, axe, 320 px, console, requêtes et politique de sécurité en un chargement',
    async (path) => {
      const opened = await site.open(path);
      const { page } = opened;
      expect(opened.response?.status(), 'statut HTTP').toBe(200);
      expect(opened.response?.headers()['content-security-policy'], 'en-tête CSP servi').toContain("script-src 'self'");
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await axeViolations(page)).toEqual([]);
      // Responsive from 320 px: wide tables and charts scroll inside their own box, never the page
      // (axeViolations has laid out the deferred parts too).
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'largeur à 320 px').toBeLessThanOrEqual(
        320,
      );
      await page.waitForLoadState('networkidle');
      // What loads on first use (search indexes, lazy modules) loads under the same policy.
      const field = page.locator('main input[type="search"], main input[type="text"]').first();
      if ((await field.count()) > 0 && (await field.isVisible())) {
        await field.focus();
        await field.pressSequentially('a');
        await page.waitForLoadState('networkidle');
      }
      expect(await opened.problems()).toEqual([]);
    },
  );
});

describe('une adresse inconnue', () => {
  it('répond 404 avec la page « introuvable », qui ne se laisse pas indexer', async () => {
    const opened = await site.open('/cette-page-n-existe-pas/');
    expect(opened.response?.status()).toBe(404);
    expect(await opened.page.locator('main h1').innerText()).toBe('Page introuvable');
    expect(await opened.page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    // Chromium logs every 404 response as a console error: that one is expected here, and only that one.
    expect(await opened.problems()).toEqual([
      'console : Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
  });
});
