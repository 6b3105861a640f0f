/**
 * /estimations/ and its charts in a real Chromium, against the built site:
 * every download exists, the PNG is the size the page states, each table
 * holds exactly the rows of its CSV, each embed page stands alone and scales,
 * tooltips open on keyboard focus and close with Escape, the copy buttons
 * work, and axe finds nothing in light or dark mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';
import { checkDataset } from '../../src/schemas/dataset.ts';
import { estimationsDataset } from '../../src/schemas/estimations.ts';
import { formatEstimate } from '../../src/lib/estimates.ts';

const CHARTS = ['rapport-article-83', 'comparaison-exclus', 'couverts-exclus', 'couts'] as const;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs `check` on a fresh page of /estimations/ (or another path) and closes it. */
async function onPage<T>(
  check: (page: Page) => Promise<T>,
  options: Parameters<typeof openPage>[1] = {},
  path = '/estimations/',
): Promise<T> {
  const watched = await openPage(browser, options);
  try {
    await watched.page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    const result = await check(watched.page);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.offOriginRequests).toEqual([]);
    return result;
  } finally {
    await watched.close();
  }
}

interface DownloadLink {
  kind: string;
  href: string;
  width: string | null;
  height: string | null;
  sizeText: string;
}

async function downloadLinks(page: Page, chart: string): Promise<DownloadLink[]> {
  return page.locator(`#${chart} a[data-download]`).evaluateAll((links) =>
    links.map((link) => ({
      kind: link.getAttribute('data-download') ?? '',
      href: link.getAttribute('href') ?? '',
      width: link.getAttribute('data-width'),
      height: link.getAttribute('data-height'),
      sizeText: link.parentElement?.querySelector('.png-size')?.textContent ?? '',
    })),
  );
}

describe.each(CHARTS)('le graphique %s', (chart) => {
  it('a ses trois téléchargements, non vides, aux adresses stables', async () => {
    const links = await onPage((page) => downloadLinks(page, chart));
    expect(links.map((link) => [link.kind, link.href])).toEqual([
      ['csv', `/estimations/${chart}.csv`],
      ['svg', `/estimations/${chart}.svg`],
      ['png', `/estimations/${chart}.png`],
    ]);
    for (const link of links) {
      const response = await fetch(siteUrl(link.href));
      expect(response.status, link.href).toBe(200);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(body.byteLength, link.href).toBeGreaterThan(100);
    }
    const svg = await (await fetch(siteUrl(`/estimations/${chart}.svg`))).text();
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id=');
  });

  it('a un PNG valide, de la taille annoncée à côté du lien', async () => {
    const png = (await onPage((page) => downloadLinks(page, chart))).find((link) => link.kind === 'png');
    const bytes = Buffer.from(await (await fetch(siteUrl(`/estimations/${chart}.png`))).arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The first chunk is IHDR: length (4 bytes), type (4), then width and height, big-endian.
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect([String(width), String(height)]).toEqual([png?.width, png?.height]);
    expect(png?.sizeText).toBe(`${width} × ${height} pixels`);
  });

  it('a un tableau qui contient exactement les lignes de son CSV, dans le même ordre', async () => {
    const csv = await (await fetch(siteUrl(`/estimations/${chart}.csv`))).text();
    const parsed = checkDataset(csv, estimationsDataset);
    expect(parsed.problems).toEqual([]);
    const csvRows = parsed.rows.map(({ row }) => row);
    const tableRows = await onPage((page) =>
      page.locator(`table[data-chart="${chart}"] tbody tr`).evaluateAll((rows) =>
        rows.map((row) => ({
          id: row.getAttribute('data-id'),
          author: row.querySelector('th')?.textContent?.trim(),
          date: row.querySelector('time')?.getAttribute('datetime'),
          value: row.querySelector('.col-valeur')?.textContent?.trim(),
          sources: [...row.querySelectorAll('.col-sources a')].map((link) => link.getAttribute('href')),
        })),
      ),
    );
    expect(tableRows.length).toBeGreaterThan(0);
    expect(tableRows).toEqual(
      csvRows.map((row) => ({
        id: row.id,
        author: row.estimateur,
        date: row.date,
        value: formatEstimate(row, { withPeriod: true }),
        sources: row.source_ids.map((id) => `/sources/#${id}`),
      })),
    );
  });

  it('a une page à intégrer qui se suffit, sans JavaScript ni habillage du site, et s’adapte à la largeur', async () => {
    const title = await onPage((page) => page.locator(`#${chart} h2`).first().innerText());
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
    const snippet = await onPage((page) => page.locator(`#code-${chart}`).inputValue());
    expect(snippet).toMatch(new RegExp(`^<iframe src="[^"]+/embed/${chart}/" title="[^"]+"`));
    const watched = await openPage(browser);
    try {
      const iframe = snippet.replace(/src="[^"]+"/, `src="${siteUrl(`/embed/${chart}/`)}"`);
      await watched.page.setContent(`<!doctype html><html lang="fr"><body>${iframe}</body></html>`, {
        waitUntil: 'networkidle',
      });
      const frame = watched.page.frameLocator('iframe');
      await expect(frame.locator('h1').count()).resolves.toBe(1);
      await expect(frame.locator('svg.chart').count()).resolves.toBe(1);
    } finally {
      await watched.close();
    }
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
      expect(first.id).toBe('rapport-art83-total');
      expect(first.label).toMatch(/120\u202f800\u00a0ETP/);
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
      const mark = page.locator('#comparaison-exclus .mark[data-id="axess-2024-exclus"] .tip-anchor');
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      const tooltip = page.locator('#comparaison-exclus .chart-tooltip');
      await expect(tooltip.isVisible()).resolves.toBe(true);
      expect(await tooltip.textContent()).toContain('Axess');
    });
  });
});

describe('la page /estimations/', () => {
  it('montre ses quatre graphiques et leurs tableaux sans JavaScript, boutons de copie cachés', async () => {
    await onPage(
      async (page) => {
        expect(await page.locator('svg.chart').count()).toBe(4);
        expect(await page.locator('table.estimates-table caption').count()).toBe(4);
        expect(await page.locator('figcaption.chart-summary').count()).toBe(4);
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
        await expect(block.locator('.copy-status').first().innerText()).resolves.toBe('Code d’intégration copié.');
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await block.locator('#code-couts').inputValue());
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  // Light mode is also checked for every page by pages.e2e.test.ts; dark mode uses other colours for the marks.
  it.each([
    ['/estimations/', 'light'],
    ['/estimations/', 'dark'],
    ...CHARTS.map((chart) => [`/embed/${chart}/`, 'dark'] as const),
  ] as const)('%s n’a aucune violation axe en mode %s', async (path, colorScheme) => {
    await onPage(
      async (page) => {
        expect(await axeViolations(page)).toEqual([]);
      },
      { colorScheme },
      path,
    );
  });
});
