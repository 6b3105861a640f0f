/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), pages that record console errors and off-origin
 * requests, and the list of every page of the built site.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** The served site, set by scripts/with-preview.ts. */
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4321';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Debian's Chromium (or CHROME_PATH). */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  offOriginRequests: string[];
  close: () => Promise<void>;
}

/** A fresh context and page (axe needs a context made by newContext) that records problems. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const offOriginRequests: string[] = [];
  const origin = new URL(BASE_URL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) offOriginRequests.push(url);
  });
  return { page, consoleErrors, offOriginRequests, close: () => context.close() };
}

/** Absolute URL of a site path. */
export function siteUrl(path: string): string {
  return new URL(path, BASE_URL).href;
}

/** The axe tags this project is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** axe-core violations for WCAG 2.0/2.1/2.2 A and AA, as short strings. */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  // axe.run in the page (legacy mode) and only violations in the results: the default
  // runPartial/finishRun path ships every passing node (6 MB for /chronologie/'s 4 500
  // elements) through a second page, 25–30 s instead of 4–9 s there, for the same
  // violations. Legacy mode only loses cross-origin iframes, which the site never has.
  // options() replaces the whole options object, so the WCAG tags go in it too
  // (withTags() before options() would be silently dropped and every rule would run).
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'], runOnly: { type: 'tag', values: [...WCAG_TAGS] } });
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? '?'}) : ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

/** Every HTML page of the build, as site paths (`/`, `/chronologie/`, `/404.html`). */
export function builtPages(distDirectory = 'dist'): string[] {
  if (!existsSync(distDirectory)) throw new Error(`${distDirectory}/ absent : lancez d’abord la construction du site`);
  const pages: string[] = [];
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const route = `/${relative(distDirectory, path).split(sep).join('/')}`;
        pages.push(route.endsWith('/index.html') ? route.slice(0, -'index.html'.length) : route);
      }
    }
  };
  walk(distDirectory);
  return pages.sort();
}
