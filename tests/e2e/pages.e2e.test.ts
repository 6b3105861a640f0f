/**
 * Every built page, in a real Chromium: loads without console error, makes no
 * request off its origin, passes axe (WCAG 2.2 A/AA) with 0 violations, and
 * shows its main content with JavaScript disabled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, builtPages, launchBrowser, openPage, siteUrl } from './browser.ts';

const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pages)('la page %s', (path) => {
  it('se charge sans erreur de console, sans requête hors du site et sans violation axe', async () => {
    const watched = await openPage(browser);
    try {
      const response = await watched.page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      expect(response?.status(), 'statut HTTP').toBe(path === '/404.html' ? 200 : 200);
      expect(await watched.page.getAttribute('html', 'lang')).toBe('fr');
      expect(await axeViolations(watched.page)).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.offOriginRequests).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('montre son contenu principal sans JavaScript, sans défilement horizontal à 320 px', async () => {
    const watched = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    try {
      await watched.page.goto(siteUrl(path));
      const main = watched.page.locator('main#contenu');
      await expect(main.locator('h1').count()).resolves.toBe(1);
      const text = (await main.innerText()).trim();
      expect(text.length).toBeGreaterThan(80);
      // Responsive from 320 px: wide tables scroll inside their own box, never the page.
      expect(await watched.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await watched.close();
    }
  });
});
