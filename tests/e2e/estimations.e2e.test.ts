/**
 * /estimations/ and its charts in a real Chromium, against the built site:
 * each embed page stands alone and scales, tooltips open on keyboard focus and
 * close with Escape, the copy buttons work, and axe finds nothing in dark
 * mode. Downloads, PNG sizes and tables are checked on the built files by
 * tests/site/estimations.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, siteUrl, useBrowser, type OpenOptions } from './browser.ts';
import { byTag, elements, readPage, textOf } from '../site/built-site.ts';

const CHARTS = ['rapport-article-83', 'comparaison-exclus', 'couverts-exclus', 'devenus-couverts', 'couts'] as const;

const site = useBrowser();
/** An element of the built /estimations/ page (what the browser tests start from needs no browser). */
const elementById = (id: string) => {
  const found = elements(readPage('/estimations/').document).find((element) => element.attribs['id'] === id);
  if (!found) throw new Error(`/estimations/ : pas d’élément #${id}`);
  return found;
};

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

describe.each(CHARTS)('le graphique %s', (chart) => {
  it('a une page à intégrer qui se suffit, sans JavaScript ni habillage du site, et s’adapte à la largeur', async () => {
    const title = textOf(byTag(elementById(chart), 'h2')[0]!);
    await onPage(
      async (page) => {
        expect(await page.getAttribute('html', 'lang')).toBe('fr');
        expect(await page.locator('main#contenu h1').innerText()).toBe(title);
        expect(await page.locator('.site-header, .site-footer, nav').count()).toBe(0);
        expect(await page.locator('main#contenu svg.chart title').count()).toBe(1);
        expect(await page.locator(`a[href="/estimations/#${chart}"][target="_top"]`).count()).toBe(1);
        expect(await page.locator('.embed-sources a[href^="/sources/#"]').count()).toBeGreaterThan(0);
        const widths: number[] = [];
        for (const width of [360, 900]) {
          await page.setViewportSize({ width, height: 800 });
          const svgWidth = await page.locator('svg.chart').evaluate((svg) => svg.getBoundingClientRect().width);
          const mainWidth = await page.locator('main#contenu').evaluate((main) => main.clientWidth);
          expect(svgWidth).toBeLessThanOrEqual(mainWidth);
          widths.push(svgWidth);
        }
        expect(widths[1] ?? 0).toBeGreaterThan((widths[0] ?? 0) * 2);
      },
      { javaScriptEnabled: false },
      `/embed/${chart}/`,
    );
  });

  it('s’affiche dans une iframe d’une autre page, comme le code d’intégration le propose', async () => {
    const snippet = textOf(elementById(`code-${chart}`));
    expect(snippet).toMatch(new RegExp(`^<iframe src="[^"]+/embed/${chart}/" title="[^"]+"`));
    const { page } = await site.open('/404.html');
    const iframe = snippet.replace(/src="[^"]+"/, `src="${siteUrl(`/embed/${chart}/`)}"`);
    await page.setContent(`<!doctype html><html lang="fr"><body>${iframe}</body></html>`, {
      waitUntil: 'networkidle',
    });
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1').count()).resolves.toBe(1);
    await expect(frame.locator('svg.chart').count()).resolves.toBe(1);
  });
});

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
        expect(await page.locator('svg.chart').count()).toBe(CHARTS.length);
        expect(await page.locator('table.estimates-table caption').count()).toBe(CHARTS.length);
        expect(await page.locator('figcaption.chart-summary').count()).toBe(CHARTS.length);
        expect(await page.locator('copy-text button:visible').count()).toBe(0);
        // The access date is the reader's, filled by the browser: without JavaScript, a placeholder says to add it.
        expect(await page.locator('.chart-citation').first().innerText()).toMatch(/consulté le \[date à ajouter\]\./);
      },
      { javaScriptEnabled: false },
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
    );
  });

  // Light mode is checked on a page of each route by pages.e2e.test.ts; dark mode uses other colours for the marks.
  it.each([['/estimations/', 'dark'], ...CHARTS.map((chart) => [`/embed/${chart}/`, 'dark'] as const)] as const)(
    '%s n’a aucune violation axe en mode %s',
    async (path, colorScheme) => {
      await onPage(
        async (page) => {
          expect(await axeViolations(page)).toEqual([]);
        },
        { colorScheme },
        path,
      );
    },
  );
});
