/**
 * /estimations/ and its charts in a real Chromium, against the built site:
 * tooltips open on keyboard focus and close with Escape, the copy buttons
 * work, and colour contrasts hold in dark mode (axe). Downloads, PNG sizes, tables and
 * embed pages without JavaScript are checked on the built files by
 * tests/site/estimations.test.ts; embeds in a host page and phone layouts by
 * tests/e2e/sharing.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrastViolations, useBrowser, type OpenOptions } from './browser.ts';

const CHARTS = ['rapport-article-83', 'comparaison-exclus', 'couverts-exclus', 'devenus-couverts', 'couts'] as const;

const site = useBrowser();

/** Runs `check` on a fresh page of /estimations/ (or another path), then checks that nothing went wrong. */
async function onPage<T>(
  check: (page: Page) => Promise<T>,
  options: OpenOptions = {},
  path = '/estimations/',
): Promise<T> {
  const opened = await site.open(path, { waitUntil: 'networkidle', ...options });
  const result = await check(opened.page);
  expect(await opened.problems()).toEqual([]);
  return result;
}

describe('les infobulles', () => {
  it('s’ouvrent au clavier sur la marque qui a le focus, suivent le focus et se ferment avec Échap', async () => {
    await onPage(async (page) => {
      // The last link before the first chart is the table of contents' last entry.
      await page.focus('a[href="#couts"]');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({
        isMark: document.activeElement?.classList.contains('mark') ?? false,
        id: document.activeElement?.getAttribute('data-id'),
        tooltip: document.activeElement?.getAttribute('data-tooltip'),
        label: document.activeElement?.getAttribute('aria-label'),
      }));
      expect(first.isMark).toBe(true);
      expect(first.label?.length ?? 0).toBeGreaterThan(10);
      const tooltip = page.locator('#rapport-article-83 .chart-tooltip');
      await expect(tooltip.isVisible()).resolves.toBe(true);
      expect(await tooltip.textContent()).toBe(first.tooltip);
      expect(await tooltip.getAttribute('aria-hidden')).toBe('true');

      await page.keyboard.press('Tab');
      const second = await page.evaluate(() => document.activeElement?.getAttribute('data-tooltip'));
      expect(await tooltip.textContent()).toBe(second);

      await page.keyboard.press('Escape');
      await expect(tooltip.isVisible()).resolves.toBe(false);
    });
  });

  it('s’ouvrent au survol de la souris', async () => {
    await onPage(async (page) => {
      const mark = page.locator('#comparaison-exclus .mark').nth(1);
      const anchor = mark.locator('.tip-anchor');
      await anchor.scrollIntoViewIfNeeded();
      await anchor.hover();
      const tooltip = page.locator('#comparaison-exclus .chart-tooltip');
      await expect(tooltip.isVisible()).resolves.toBe(true);
      expect(await tooltip.textContent()).toBe(await mark.getAttribute('data-tooltip'));
    });
  });
});

describe('la page /estimations/', () => {
  it('montre ses graphiques et leurs tableaux sans JavaScript, boutons de copie cachés', async () => {
    await onPage(
      async (page) => {
        // Each chart in both layouts; CSS shows one (tests/e2e/sharing.e2e.test.ts checks which).
        expect(await page.locator('svg.chart-wide').count()).toBe(CHARTS.length);
        expect(await page.locator('svg.chart-narrow').count()).toBe(CHARTS.length);
        expect(await page.locator('table.estimates-table caption').count()).toBe(CHARTS.length);
        expect(await page.locator('figcaption.chart-summary').count()).toBe(CHARTS.length);
        expect(await page.locator('copy-text button:visible').count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
    // Citations are on each chart's own page. The access date is the reader's, filled by the browser:
    // without JavaScript, a placeholder says to add it.
    await onPage(
      async (page) => {
        expect(await page.locator('copy-text button:visible').count()).toBe(0);
        expect(await page.locator('.chart-citation').first().innerText()).toMatch(/consulté le \[date à ajouter\]\./);
      },
      { javaScriptEnabled: false },
      '/estimations/couts/',
    );
  });

  it('copie le code d’intégration et le dit', async () => {
    await onPage(
      async (page) => {
        const block = page.locator('#couts');
        await block.locator('button', { hasText: 'Copier le code' }).click();
        // The clipboard write is asynchronous: wait for the confirmation rather than read it at once.
        await expect.poll(() => block.locator('.copy-status').first().innerText()).toBe('Code d’intégration copié.');
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await block.locator('#code-couts').inputValue());
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
      '/estimations/couts/',
    );
  });

  // Light mode is checked on a page of each route by pages.e2e.test.ts; dark mode uses other colours for the marks.
  it.each([['/estimations/', 'dark'], ...CHARTS.map((chart) => [`/embed/${chart}/`, 'dark'] as const)] as const)(
    '%s garde ses contrastes en mode %s (axe, règles de couleur)',
    async (path, colorScheme) => {
      await onPage(
        async (page) => {
          expect(await contrastViolations(page)).toEqual([]);
        },
        { colorScheme },
        path,
      );
    },
  );
});
