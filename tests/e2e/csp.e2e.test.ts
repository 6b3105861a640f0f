/**
 * The Content-Security-Policy and framing rules of public/_headers, enforced
 * for real. Every representative page is loaded under the policy by
 * pages.e2e.test.ts (and every built page is scanned for inline code by
 * tests/site/); here, the checks themselves are shown to catch a fault, and
 * framing is checked: other sites may frame /embed/ pages only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import { builtPages } from '../site/built-site.ts';
import { siteUrl, useBrowser } from './browser.ts';

const site = useBrowser();

describe('la Content-Security-Policy appliquée dans Chromium', () => {
  it('signale un script en ligne et un attribut style injectés (le contrôle lui-même)', async () => {
    const opened = await site.open('/404.html');
    const { page } = opened;
    await page.route(siteUrl('/a-propos/'), async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '</main>',
        '<script>document.title = "injecté"</script><p style="color: red">injecté</p></main>',
      );
      await route.fulfill({ response, body });
    });
    await page.goto(siteUrl('/a-propos/'), { waitUntil: 'networkidle' });
    const violations = await opened.cspViolations();
    expect(violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
    expect(violations.some((violation) => violation.startsWith('style-src'))).toBe(true);
    expect(await page.title()).not.toBe('injecté');
    expect((await opened.problems()).length).toBeGreaterThan(0);
  });
});

describe('l’encadrement par un autre site (frame-ancestors)', () => {
  // Another site: a second server on another port (so another origin), serving an article that
  // frames ?src=. Both stay on 127.0.0.1: a public-looking host would be stopped by Chromium's
  // local-network rules before any CSP check, and prove nothing.
  let otherSite: Server;
  let otherOrigin = '';
  beforeAll(async () => {
    otherSite = createServer((request, response) => {
      const source = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="fr"><title>Article</title><iframe src="${source.replace(/"/g, '&quot;')}" title="cadre"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
    const address = otherSite.address();
    otherOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => {
    otherSite?.close();
  });

  /**
   * Opens, in one page, the other site's article framing each URL in turn; resolves with each framed
   * document's h1, or null where the frame was blocked. (The top document's load event waits for its frame.)
   */
  async function framedHeadings(urls: readonly string[]): Promise<(string | null)[]> {
    const context = await site.browser().newContext();
    try {
      const page = await context.newPage();
      const headings: (string | null)[] = [];
      for (const url of urls) {
        await page.goto(`${otherOrigin}/article/?src=${encodeURIComponent(url)}`, { waitUntil: 'load' });
        const frame = page.frames().find((candidate) => candidate.url() === url);
        headings.push(
          frame
            ? await frame
                .locator('h1')
                .first()
                .textContent({ timeout: 2_000 })
                .catch(() => null)
            : null,
        );
      }
      return headings;
    } finally {
      await context.close();
    }
  }

  /** framedHeadings for one URL. */
  async function framedHeading(url: string): Promise<string | null> {
    const [heading] = await framedHeadings([url]);
    return heading ?? null;
  }

  it('est refusé pour une page ordinaire', async () => {
    expect(await framedHeading(siteUrl('/a-propos/'))).toBeNull();
  });

  it('aurait réussi sans ces en-têtes (le contrôle lui-même)', async () => {
    const bare = await startStaticServer({ root: 'dist', headersFile: null });
    try {
      expect(await framedHeading(`${bare.url}/a-propos/`)).toBe('À propos');
    } finally {
      await bare.close();
    }
  });

  it('est permis sous /embed/, d’après public/_headers (page d’essai)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'embed-'));
    mkdirSync(join(root, 'embed', 'essai'), { recursive: true });
    writeFileSync(
      join(root, 'embed', 'essai', 'index.html'),
      '<!doctype html><html lang="fr"><title>Essai</title><h1>Graphique</h1>',
    );
    writeFileSync(join(root, 'a-propos.html'), '<!doctype html><html lang="fr"><title>Essai</title><h1>Page</h1>');
    const trial = await startStaticServer({ root, headersFile: 'public/_headers' });
    try {
      expect(await framedHeading(`${trial.url}/embed/essai/`)).toBe('Graphique');
      expect(await framedHeading(`${trial.url}/a-propos.html`)).toBeNull();
    } finally {
      await trial.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('est permis pour les pages /embed/ du site', async () => {
    const embedPages = builtPages().filter((path) => path.startsWith('/embed/'));
    expect(embedPages.length).toBeGreaterThan(0);
    const headings = await framedHeadings(embedPages.map((path) => siteUrl(path)));
    embedPages.forEach((path, index) => expect(headings[index], path).not.toBeNull());
  });
});
