/**
 * The Content-Security-Policy of public/_headers, enforced for real: every
 * built page is served by scripts/static-server.ts with the headers a static
 * host would send, opened in Chromium with JavaScript on, and must raise no
 * `securitypolicyviolation` event and no CSP console message. The built HTML
 * is also scanned for inline scripts, inline event handlers and style
 * attributes, and framing is checked: other sites may frame /embed/ pages only.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtPages, launchBrowser } from './browser.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

const pages = builtPages();
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', headersFile: 'public/_headers' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Collects violations inside the page. An init script is injected by the browser driver, not by the page, so the CSP does not apply to it. */
const LISTEN_FOR_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ← ' + (event.blockedURI || 'inline') + ' ' + (event.sourceFile || '') + ':' + event.lineNumber);
  });
`;

interface WatchedCspPage {
  context: BrowserContext;
  page: Page;
  consoleMessages: string[];
  violations: () => Promise<string[]>;
}

async function openWatched(): Promise<WatchedCspPage> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  await context.addInitScript(LISTEN_FOR_VIOLATIONS);
  const page = await context.newPage();
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content Security Policy|Refused to|Permissions-Policy/i.test(text))
      consoleMessages.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
  const violations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
  return { context, page, consoleMessages, violations };
}

/** Every `<script>` without `src` that a browser would run (JSON data blocks are inert). */
function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag, attributes = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    const runs = type === '' || type === 'module' || type.includes('javascript');
    if (runs && !/\ssrc\s*=/i.test(attributes)) found.push(tag);
  }
  return found;
}

/** Start tags carrying a style attribute or an inline event handler (after removing JSON data blocks). */
function inlineAttributes(html: string): string[] {
  const withoutDataBlocks = html.replace(
    /<script\b[^>]*type="application\/(?:ld\+)?json"[^>]*>[\s\S]*?<\/script>/gi,
    '',
  );
  return [...withoutDataBlocks.matchAll(/<[a-zA-Z][\w:-]*(?:\s[^<>]*)?>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\s(?:style|on[a-z]+)\s*=/i.test(tag.replace(/"[^"]*"/g, '""')));
}

function distFile(path: string): string {
  return path.endsWith('/') ? join('dist', path, 'index.html') : join('dist', path);
}

describe('le HTML construit', () => {
  it.each(pages)('%s n’a ni script en ligne, ni gestionnaire on…=, ni attribut style', (path) => {
    const html = readFileSync(distFile(path), 'utf8');
    expect(inlineScripts(html)).toEqual([]);
    expect(inlineAttributes(html)).toEqual([]);
  });

  it('le contrôle repère bien un script en ligne et un attribut style', () => {
    expect(
      inlineScripts(
        '<script>alert(1)</script><script type="application/json">{}</script><script type="module" src="/a.js"></script>',
      ),
    ).toHaveLength(1);
    expect(
      inlineAttributes('<p style="color:red">x</p><svg><rect onclick="x()"/></svg><p title="style=x">ok</p>'),
    ).toHaveLength(2);
  });
});

describe('la Content-Security-Policy appliquée dans Chromium', () => {
  it.each(pages)('%s ne déclenche aucune violation', async (path) => {
    const watched = await openWatched();
    try {
      const response = await watched.page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy'], 'en-tête CSP servi').toContain("script-src 'self'");
      // Exercise what loads on first use (search indexes, lazy scripts), under the same policy.
      const field = watched.page.locator('main input:not([type=hidden])').first();
      if (await field.count()) {
        await field.focus();
        await field.pressSequentially('a');
        await watched.page.waitForLoadState('networkidle');
      }
      expect(await watched.violations()).toEqual([]);
      expect(watched.consoleMessages).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });

  it('signale bien un script en ligne et un attribut style injectés (le contrôle lui-même)', async () => {
    const watched = await openWatched();
    try {
      await watched.page.route(`${server.url}/a-propos/`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          '</main>',
          '<script>document.title = "injecté"</script><p style="color: red">injecté</p></main>',
        );
        await route.fulfill({ response, body });
      });
      await watched.page.goto(`${server.url}/a-propos/`, { waitUntil: 'networkidle' });
      const violations = await watched.violations();
      expect(violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
      expect(violations.some((violation) => violation.startsWith('style-src'))).toBe(true);
      expect(await watched.page.title()).not.toBe('injecté');
    } finally {
      await watched.context.close();
    }
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

  /** Opens the other site's article framing `url`; resolves with the framed document's h1, or null if blocked. */
  async function framedHeading(url: string): Promise<string | null> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${otherOrigin}/article/?src=${encodeURIComponent(url)}`, { waitUntil: 'networkidle' });
      const frame = page.frames().find((candidate) => candidate.url() === url);
      if (!frame) return null;
      return await frame
        .locator('h1')
        .first()
        .textContent({ timeout: 2_000 })
        .catch(() => null);
    } finally {
      await context.close();
    }
  }

  it('est refusé pour une page ordinaire', async () => {
    expect(await framedHeading(`${server.url}/a-propos/`)).toBeNull();
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

  const embedPages = pages.filter((path) => path.startsWith('/embed/'));
  it.skipIf(embedPages.length === 0)('est permis pour les pages /embed/', async () => {
    for (const path of embedPages) {
      expect(await framedHeading(`${server.url}${path}`), path).not.toBeNull();
    }
  });
});
