/**
 * Sharing in a real Chromium: every chart embedded in another site's page, as
 * /estimations/ offers it, at 360, 700 and 1 200 px — without any script, the
 * default height shows the whole page (no inner scrollbar, sources and link
 * back visible), and with the host's snippet each frame takes its content's
 * height, again when the width changes; the charts read on a phone (one
 * layout shown, no text under 12 px, nothing scrolls sideways from 320 px).
 * One host page load per width holds the four frames. That each chart page
 * and each key figure page points to its own 1200 × 675 card is checked on the
 * built files (tests/site/sharing.test.ts).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { BASE_URL, axeViolations, siteUrl, useBrowser } from './browser.ts';
import { DomUtils } from 'htmlparser2';
import { elements, readPage } from '../site/built-site.ts';

const CHARTS = ['rapport-article-83', 'comparaison-exclus', 'couverts-exclus', 'devenus-couverts', 'couts'] as const;
/** Below this rendered size a chart's text fails the « 12 px equivalent » rule (a hair under, for rounding). */
const MIN_TEXT_PX = 11.95;

const site = useBrowser();
/** A textarea's code on a chart's own page, as the reader copies it (line breaks kept). */
const textById = (chart: string, id: string): string => {
  const page = readPage(`/estimations/${chart}/`);
  const found = elements(page.document).find((element) => element.attribs['id'] === id);
  if (!found) throw new Error(`/estimations/${chart}/ : pas d’élément #${id}`);
  return DomUtils.textContent(found);
};
/** The built pages name the public site; the test server stands in for it. */
const publicOrigin = new URL(/src="([^"]+)"/.exec(textById(CHARTS[0], `code-${CHARTS[0]}`))?.[1] ?? 'invalid:').origin;
const local = (code: string): string => code.split(publicOrigin).join(new URL(BASE_URL).origin);

/** Another site's article: a title, the four embed codes copied from /estimations/ between paragraphs, maybe the host script. */
function hostPage(withScript: boolean): string {
  const frames = CHARTS.map(
    (chart) => `<p>Un paragraphe de l’article.</p>\n${local(textById(chart, `code-${chart}`))}`,
  );
  const script = withScript ? local(textById(CHARTS[0], `script-${CHARTS[0]}`)) : '';
  return `<!doctype html><html lang="fr"><head><title>Article</title><style>body{margin:0}</style></head><body><h1>Un article</h1>${frames.join('\n')}${script}</body></html>`;
}

/**
 * Another site: a server on another port (so another origin) that serves the
 * host page, `/article/` without the host script, `/article-avec-script/` with it.
 */
let hostServer: Server;
let hostOrigin = '';
beforeAll(async () => {
  hostServer = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(hostPage(request.url === '/article-avec-script/'));
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));

/** Opens the host's article at `width`; its own address is the one request off the site that is expected. */
async function openHost(
  width: number,
  withScript: boolean,
): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const article = `${hostOrigin}/${withScript ? 'article-avec-script' : 'article'}/`;
  const opened = await site.open(article, { viewport: { width, height: 900 }, javaScriptEnabled: withScript });
  const problems = async () =>
    (await opened.problems()).filter((problem) => problem !== `requête hors du site : ${article}`);
  return { page: opened.page, problems };
}

/** The frame of each chart, once its page has loaded. */
async function chartFrames(page: Page): Promise<Map<string, Frame>> {
  const frames = new Map<string, Frame>();
  for (const chart of CHARTS) {
    const handle = await page.waitForSelector(`iframe[src$="/embed/${chart}/"]`);
    // The frames load lazily (loading="lazy", when scripts run): bring each near the screen,
    // then wait for it to leave its first, blank document for the chart's page.
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    if (!frame) throw new Error(`pas de cadre pour ${chart}`);
    await expect.poll(() => frame.url()).toContain(`/embed/${chart}/`);
    await frame.waitForLoadState('load');
    frames.set(chart, frame);
  }
  return frames;
}

/** What a reader of the frame sees: does it scroll, do the sources and the link back show, how small is the chart's text. */
function frameView(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.documentElement;
    const inView = (selector: string): boolean => {
      const element = document.querySelector(selector);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight + 0.5;
    };
    const charts = [...document.querySelectorAll<SVGSVGElement>('svg.chart')].filter(
      (svg) => getComputedStyle(svg).display !== 'none',
    );
    const smallest = Math.min(
      ...charts.flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
      }),
    );
    return {
      scrollsDown: root.scrollHeight > window.innerHeight,
      scrollsSideways: root.scrollWidth > window.innerWidth,
      contentHeight: Math.ceil(root.getBoundingClientRect().height),
      frameHeight: window.innerHeight,
      chartsShown: charts.length,
      chartInView: charts.every((svg) => svg.getBoundingClientRect().bottom <= window.innerHeight),
      linkBackInView: inView('.embed-links a[target="_top"]'),
      sourcesInView: inView('.embed-sources'),
      smallestText: smallest,
    };
  });
}

describe('chaque graphique intégré dans la page d’un autre site', () => {
  it.each([360, 700, 1200])(
    'à %i px, sans script : la hauteur par défaut montre tout, sans barre de défilement intérieure',
    async (width) => {
      const { page, problems } = await openHost(width, false);
      for (const [chart, frame] of await chartFrames(page)) {
        const view = await frameView(frame);
        expect(view, `${chart} à ${width} px`).toMatchObject({
          scrollsDown: false,
          scrollsSideways: false,
          chartsShown: 1,
          chartInView: true,
          linkBackInView: true,
          sourcesInView: true,
        });
        expect(view.smallestText, `${chart} : plus petit texte du graphique`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      }
      expect(await problems()).toEqual([]);
    },
  );

  it('avec le script de l’hôte, prend la hauteur de son contenu, et la reprend quand la largeur change', async () => {
    const { page, problems } = await openHost(700, true);
    const frames = await chartFrames(page);
    for (const width of [700, 360]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [chart, frame] of frames) {
        const iframe = page.locator(`iframe[src$="/embed/${chart}/"]`);
        // Chromium does not lay out a cross-origin frame far off screen: its page reports its new
        // height when the reader comes near it. Bring it there, then wait for the frame to follow.
        await iframe.scrollIntoViewIfNeeded();
        await expect
          .poll(
            async () => {
              const view = await frameView(frame);
              return {
                gap: Number(await iframe.getAttribute('height')) - view.contentHeight,
                scrolls: view.scrollsDown,
              };
            },
            { message: `${chart} à ${width} px : hauteur du cadre − hauteur du contenu` },
          )
          .toEqual({ gap: 0, scrolls: false });
        expect((await frameView(frame)).linkBackInView).toBe(true);
      }
    }
    expect(await problems()).toEqual([]);
  });
});

describe('les graphiques sur un téléphone', () => {
  it('sur /estimations/, une seule disposition par graphique, aucun texte sous 12 px et rien ne défile de côté, de 320 à 1 200 px', async () => {
    const { page, problems } = await site.open('/estimations/', { viewport: { width: 320, height: 800 } });
    for (const width of [320, 480, 700, 1200]) {
      await page.setViewportSize({ width, height: 800 });
      const view = await page.evaluate(() => {
        const figures = [...document.querySelectorAll('figure.chart-figure')];
        return {
          scrollWidth: document.documentElement.scrollWidth,
          shown: figures.map(
            (figure) =>
              [...figure.querySelectorAll<SVGSVGElement>('svg.chart')]
                .filter((svg) => getComputedStyle(svg).display !== 'none')
                .map((svg) => svg.classList.contains('chart-narrow'))[0] ?? null,
          ),
          perFigure: figures.map(
            (figure) =>
              [...figure.querySelectorAll<SVGSVGElement>('svg.chart')].filter(
                (svg) => getComputedStyle(svg).display !== 'none',
              ).length,
          ),
          smallest: Math.min(
            ...[...document.querySelectorAll<SVGSVGElement>('svg.chart')]
              .filter((svg) => getComputedStyle(svg).display !== 'none')
              .flatMap((svg) => {
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return [...svg.querySelectorAll('text')].map(
                  (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
                );
              }),
          ),
        };
      });
      expect(view.scrollWidth, `largeur à ${width} px`).toBeLessThanOrEqual(width);
      expect(view.perFigure).toEqual(CHARTS.map(() => 1));
      // The narrow layout on phones and tablets, the wide one on a large screen.
      expect(view.shown).toEqual(CHARTS.map(() => width < 900));
      expect(view.smallest, `plus petit texte à ${width} px`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      if (width === 320) expect(await axeViolations(page)).toEqual([]);
    }
    expect(await problems()).toEqual([]);
  });

  it('chaque page de graphique se lit à 320 px sans JavaScript, sans défiler de côté', async () => {
    const { page } = await site.open('/404.html', { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    for (const chart of CHARTS) {
      await page.goto(siteUrl(`/estimations/${chart}/`));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), chart).toBeLessThanOrEqual(320);
      expect(await page.locator('svg.chart-narrow').isVisible(), chart).toBe(true);
      expect(await page.locator('svg.chart-wide').isVisible(), chart).toBe(false);
    }
  });
});
