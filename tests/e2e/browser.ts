/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), against dist/ served by scripts/static-server.ts with
 * the headers of public/_headers (tests/e2e/global-setup.ts). Every page
 * opened here records what must never happen — console errors, requests off
 * the site, Content-Security-Policy violations — so a test asserts them in
 * one line: `expect(await opened.problems()).toEqual([])`.
 *
 * The pattern for a new browser test (see tests/README.md):
 *
 *   const site = useBrowser();
 *   it('…', async () => {
 *     const { page, problems } = await site.open('/chronologie/?type=decret');
 *     await page.click('…');
 *     expect(await problems()).toEqual([]);
 *     expect(await axeViolations(page)).toEqual([]);
 *   });
 */
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** The served site, `http://127.0.0.1:<port>`. */
export const BASE_URL = inject('baseUrl');

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
  // One site under test, no untrusted content: a renderer process per site only costs time (≈ 15 % a page here).
  '--disable-site-isolation-trials',
  '--disable-features=IsolateOrigins,site-per-process',
];

/** Launches Debian's Chromium (or CHROME_PATH). */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Absolute URL of a site path. */
export function siteUrl(path: string): string {
  return new URL(path, BASE_URL).href;
}

/**
 * Collects Content-Security-Policy violations inside each document. An init
 * script is injected by the driver, not by the page, so the policy does not apply to it.
 */
const LISTEN_FOR_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ← ' + (event.blockedURI || 'inline') + ' ' + (event.sourceFile || '') + ':' + event.lineNumber);
  });
`;

export interface WatchedPage {
  page: Page;
  /** The response to the first navigation (null before it, or for `about:` pages). */
  response: Response | null;
  /** Console errors and uncaught exceptions, as they come. */
  consoleErrors: string[];
  /** Requests to any other origin than the served site. */
  offOriginRequests: string[];
  /** Content-Security-Policy violations reported in the current document. */
  cspViolations: () => Promise<string[]>;
  /** All of the above in one list: what a test expects to be empty. */
  problems: () => Promise<string[]>;
  close: () => Promise<void>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** When `goto` resolves (default `load`: module scripts have run, custom elements are set up). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

/**
 * A fresh context and page (axe needs a context made by newContext) that
 * records problems; navigates to `path` when given.
 */
export async function openPage(browser: Browser, options: OpenOptions = {}, path?: string): Promise<WatchedPage> {
  const { waitUntil = 'load', ...contextOptions } = options;
  const context = await browser.newContext({ locale: 'fr-FR', ...contextOptions });
  await context.addInitScript(LISTEN_FOR_CSP_VIOLATIONS);
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
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== origin) offOriginRequests.push(url);
  });
  const cspViolations = async (): Promise<string[]> =>
    contextOptions.javaScriptEnabled === false
      ? []
      : page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  const watched: WatchedPage = {
    page,
    response: null,
    consoleErrors,
    offOriginRequests,
    cspViolations,
    problems: async () => [
      ...consoleErrors.map((text) => `console : ${text}`),
      ...offOriginRequests.map((url) => `requête hors du site : ${url}`),
      ...(await cspViolations()).map((text) => `violation CSP : ${text}`),
    ],
    close: () => context.close(),
  };
  if (path !== undefined) watched.response = await page.goto(siteUrl(path), { waitUntil });
  return watched;
}

/** The axe tags this project is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Lays out the parts the page defers (`content-visibility: auto`, the
 * `.below-fold` class): checks of colour, overflow or layout then see the
 * whole page, not only what is near the screen. (Through the CSSOM, which the
 * Content-Security-Policy allows; no style is injected.)
 */
export async function renderEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}

/** Which part of the page axe looks at, and which rules it runs. */
export interface AxeScope {
  /** Only these parts (CSS selectors): a widget in a given state, when the rest of the page is checked elsewhere. */
  within?: readonly string[];
  /** Parts left out (CSS selectors). */
  exclude?: readonly string[];
  /** Only these axe rules instead of every WCAG A/AA rule (see contrastViolations). */
  rules?: readonly string[];
}

/** axe-core violations for WCAG 2.0/2.1/2.2 A and AA, on the whole page (deferred parts laid out), as short strings. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  await renderEverything(page);
  // axe.run in the page (legacy mode) and only violations in the results: the default
  // runPartial/finishRun path ships every passing node (6 MB for /chronologie/'s 4 500
  // elements) through a second page, 25–30 s instead of 4–9 s there, for the same
  // violations. Legacy mode only loses cross-origin iframes, which the site never has.
  // options() replaces the whole options object, so the WCAG tags go in it too
  // (withTags() before options() would be silently dropped and every rule would run).
  const runOnly = scope.rules
    ? { type: 'rule' as const, values: [...scope.rules] }
    : { type: 'tag' as const, values: [...WCAG_TAGS] };
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'], runOnly });
  for (const selector of scope.within ?? []) builder = builder.include(selector);
  for (const selector of scope.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? '?'}) : ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

/**
 * The axe rules a colour scheme can break: text contrast, and links told from
 * the text around them. A page in its other theme differs from the light one
 * only in colours, so its other rules are already checked in light mode
 * (pages.e2e.test.ts) and running them again would only double the time.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** axe violations of the colour rules only: for a page in dark mode. */
export function contrastViolations(page: Page): Promise<string[]> {
  return axeViolations(page, { rules: COLOUR_RULES });
}

/** What a browser test file gets from useBrowser(). */
export interface BrowserSession {
  /**
   * Opens `path` in a context made with these options. Pages opened during a
   * test are handed back after it; pages opened in `beforeAll` (shared by
   * several tests) are closed at the end of the file.
   */
  open: (path: string, options?: OpenOptions) => Promise<WatchedPage>;
  /** The Chromium of this file, for what open() does not cover. */
  browser: () => Browser;
}

/** Playwright's viewport when a context is made without one. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Makes a page a test has finished with ready for the next one with the same
 * context options: no route, no emulated media, the viewport and cookies of a
 * new context, an empty document, and nothing recorded. Opening a page
 * (a renderer process) costs about half a second on this 2-core machine, a
 * third of a typical test: a file reuses its pages instead. The site keeps no
 * state in the browser (no storage, no service worker), and a page's history
 * stays behind the test's first address, which no test goes back past.
 */
async function resetForReuse(watched: WatchedPage, options: OpenOptions): Promise<void> {
  const { page } = watched;
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? null });
  if (options.viewport !== null) await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
  await page.context().clearCookies();
  await page.goto('about:blank');
  watched.consoleErrors.splice(0);
  watched.offOriginRequests.splice(0);
  watched.response = null;
}

/** The context options that make pages interchangeable (when a navigation resolves is not one of them). */
function reuseKey(options: OpenOptions): string {
  const { waitUntil: _waitUntil, ...contextOptions } = options;
  return JSON.stringify(contextOptions);
}

/** Launches one Chromium for the test file and closes it, with every page opened through it, at the end. */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  let inTest = false;
  const perTest: { watched: WatchedPage; options: OpenOptions }[] = [];
  const perFile: WatchedPage[] = [];
  /** Pages of finished tests, by reuseKey. */
  const idle = new Map<string, WatchedPage[]>();
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    for (const { watched, options } of perTest.splice(0)) {
      try {
        await resetForReuse(watched, options);
        idle.set(reuseKey(options), [...(idle.get(reuseKey(options)) ?? []), watched]);
      } catch {
        // A page the test left unusable (crashed, closed) is not reused.
        await watched.close().catch(() => undefined);
      }
    }
  });
  afterAll(async () => {
    await Promise.all([...perFile.splice(0), ...[...idle.values()].flat()].map((watched) => watched.close()));
    idle.clear();
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error('Chromium n’est pas lancé : appelez useBrowser() au niveau du fichier de test.');
    return browser;
  };
  return {
    browser: current,
    open: async (path, options = {}) => {
      const reusable = inTest ? idle.get(reuseKey(options))?.pop() : undefined;
      let watched: WatchedPage;
      if (reusable) {
        watched = reusable;
        watched.response = await watched.page.goto(siteUrl(path), { waitUntil: options.waitUntil ?? 'load' });
      } else {
        watched = await openPage(current(), options, path);
      }
      if (inTest) perTest.push({ watched, options });
      else perFile.push(watched);
      return watched;
    },
  };
}
