/**
 * The site search in a real Chromium: the header box of every page leads to
 * /recherche/?q=, which finds items of every kind the data holds for the
 * query, groups them by kind, announces the counts, works with the keyboard
 * and passes axe; its index loads on first use only (the browser's own list
 * of resources says so); without JavaScript the page lists each section's
 * indexes.
 *
 * Expectations come from the published index (dist/recherche/index.json,
 * whose completeness against the CSV files tests/site/recherche.test.ts
 * checks) by a rule: a kind is expected for a query when one of its items
 * holds the query's word — never by naming a curated row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from './browser.ts';
import { SEARCH_KINDS, type SearchKind } from '../../src/lib/codes/recherche.ts';
import { searchWords } from '../../src/lib/french-words.ts';
import type { SiteSearchIndex } from '../../src/lib/site-search.ts';

const site = useBrowser();
const INDEX = '/recherche/index.json';
const index = JSON.parse(readFileSync(`dist${INDEX}`, 'utf8')) as SiteSearchIndex;

/** The kinds with at least one item holding `word` (title, details or hidden words), in the page's order. */
function kindsHolding(word: string): SearchKind[] {
  const [wanted] = searchWords(word);
  const kinds = new Set(
    index.items
      .filter(([, title, detail, , words]) => searchWords(`${title} ${detail} ${words}`).includes(wanted!))
      .map(([kind]) => SEARCH_KINDS[kind]),
  );
  return SEARCH_KINDS.filter((kind) => kinds.has(kind));
}

/** Waits until the results answer `query`, and returns the kinds shown with their number of results. */
async function resultsFor(page: Page, query: string): Promise<Map<string, number>> {
  await page.waitForFunction(
    (text) => document.querySelector<HTMLElement>('[data-results]')?.dataset.answered === text,
    query,
  );
  const groups = await page.$$eval('[data-results] section[data-kind]', (sections) =>
    sections.map((section) => [
      section.getAttribute('data-kind') ?? '',
      Number(/\((\d+)\)/.exec(section.querySelector('h2')?.textContent ?? '')?.[1] ?? -1),
    ]),
  );
  return new Map(groups as [string, number][]);
}

/** Was the search index fetched by this document? (The browser's resource timing list.) */
const indexLoaded = (page: Page) =>
  page.evaluate(
    (path) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === path),
    INDEX,
  );

describe('la recherche du site', () => {
  it.each(['gironde', '2024'])(
    '« %s » trouve au moins un élément de chaque nature que les données contiennent, regroupés par nature, et annonce les comptes',
    async (query) => {
      const expected = kindsHolding(query);
      expect(expected.length, 'des natures attendues').toBeGreaterThan(0);
      const { page, problems } = await site.open(`/recherche/?q=${encodeURIComponent(query)}`);
      const shown = await resultsFor(page, query);
      for (const kind of expected) expect(shown.get(kind) ?? 0, kind).toBeGreaterThan(0);
      // Groups in the fixed order of the kinds.
      expect([...shown.keys()]).toEqual(SEARCH_KINDS.filter((kind) => shown.has(kind)));
      // The status line (a live region) gives the total and each kind's count.
      const status = page.locator('[data-status]');
      expect(await status.getAttribute('role')).toBe('status');
      const total = [...shown.values()].reduce((sum, count) => sum + count, 0);
      const text = (await status.innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
      // Counts are written the French way (« 2 250 »), spaces made plain above.
      const french = (count: number) => new Intl.NumberFormat('fr-FR').format(count).replace(/\s/g, ' ');
      expect(text).toMatch(new RegExp(`^${french(total)} résultats? pour « ${query} »`));
      for (const count of shown.values()) expect(text).toContain(`${french(count)} `);
      // Every result links to its place on the site.
      const hrefs = await page.$$eval('[data-results] a', (links) => links.map((link) => link.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(/^\/[^/]/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await problems()).toEqual([]);
    },
  );

  it('charge son index à la première utilisation, jamais avec une page', async () => {
    const home = await site.open('/', { waitUntil: 'networkidle' });
    expect(await home.page.locator('header form[role="search"] input[name="q"]').count()).toBe(1);
    expect(await indexLoaded(home.page)).toBe(false);

    const { page, problems } = await site.open('/recherche/', { waitUntil: 'networkidle' });
    expect(await indexLoaded(page)).toBe(false);
    const field = page.getByRole('searchbox', { name: 'Mots à chercher' });
    await field.pressSequentially('gironde');
    await resultsFor(page, 'gironde');
    expect(await indexLoaded(page)).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('gironde');
    expect(await problems()).toEqual([]);
  });

  it('part de la boîte de l’en-tête, puis se mène au clavier', async () => {
    const { page, problems } = await site.open('/departements/');
    const box = page.locator('header form[role="search"] input[name="q"]');
    await box.fill('2024');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/recherche/' && url.searchParams.get('q') === '2024');
    await resultsFor(page, '2024');
    // From the search field, Tab goes to the form's button, then to the first result.
    await page.getByRole('searchbox', { name: 'Mots à chercher' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.closest('[data-results] li') !== null);
    expect(first).toBe(true);
    // A long group opens with the keyboard, and focus goes to the first result it adds.
    const withMore = await page.$$eval('[data-results] section[data-kind]:has(> button)', (sections) =>
      sections.map((section) => section.getAttribute('data-kind')),
    );
    if (withMore.length > 0) {
      // A locator on the kind, not on the button: the button is gone once used.
      const section = page.locator(`[data-results] section[data-kind="${withMore[0]}"]`);
      const more = section.locator('> button');
      const before = await section.locator('li').count();
      await more.focus();
      await page.keyboard.press('Enter');
      expect(await section.locator('li').count()).toBeGreaterThan(before);
      const focused = await page.evaluate(() => document.activeElement?.tagName);
      expect(focused).toBe('A');
    }
    expect(await problems()).toEqual([]);
  });

  it('sans JavaScript, mène aux index de chaque rubrique', async () => {
    const { page, problems } = await site.open('/recherche/?q=gironde', { javaScriptEnabled: false });
    await expect.poll(() => page.locator('[data-without-script]').isVisible()).toBe(true);
    const indexes = page.getByRole('region', { name: 'Les index de chaque rubrique' });
    for (const path of ['/chronologie/', '/estimations/', '/sources/', '/metiers/', '/departements/']) {
      expect(await indexes.locator(`a[href="${path}"]`).count(), path).toBe(1);
    }
    // (No axe here: it runs in the page, which has no JavaScript; the same HTML is checked with it above.)
    expect(await problems()).toEqual([]);
  });
});
