/**
 * /chronologie/ in a real Chromium: filters and their URL state, accent-blind
 * search, back/forward, keyboard use, CSV export of what is shown, the copy
 * button, lazy loading of the search, the page without JavaScript.
 *
 * Expectations come from the published evenements.csv (the page must show
 * exactly its rows) and are chosen from it by rule — a word of a title, the
 * first type — never by naming a curated row, so that correcting the data
 * never breaks this test. The Atom feed is checked on the built file by
 * tests/site/chronologie.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { axeViolations, siteUrl, useBrowser } from './browser.ts';
import { foldFrench } from '../../src/lib/fold.ts';

const site = useBrowser();

/** evenements.csv as published: the reference for every expectation below. */
const csv = Papa.parse<Record<string, string>>(readFileSync('dist/donnees/evenements.csv', 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
});
const rows = csv.data;
const header = csv.meta.fields ?? [];
/** The same rows with their citations written out (the spreadsheet variant): what the export writes. */
const readableRows = Papa.parse<Record<string, string>>(
  readFileSync('dist/donnees/evenements-excel.csv', 'utf8').replace(/^\uFEFF/, ''),
  { header: true, skipEmptyLines: 'greedy', delimiter: ';' },
).data;
const field = (row: Record<string, string>, name: string): string => row[name] ?? '';

/** Ids of the events whose title, summary or actors contain the phrase once folded: what a reader expects to find. */
function containing(phrase: string): string[] {
  const needle = foldFrench(phrase);
  return rows
    .filter((row) =>
      foldFrench(
        [field(row, 'titre'), field(row, 'resume'), field(row, 'acteurs').replaceAll(';', ' ')].join(' '),
      ).includes(needle),
    )
    .map((row) => field(row, 'id'));
}

/**
 * A word of some title with an accent, that a handful of events contain (the
 * search is fuzzy: it finds at least these, maybe a few more that come close).
 */
const accentedWord = (() => {
  const words = rows.flatMap((row) => field(row, 'titre').split(/[\s'’,:;()«»]+/));
  const candidates = words.filter((word) => word.length >= 6 && /[àâçéèêëîïôûùüœ]/i.test(word));
  const found = candidates.find((word) => {
    const count = containing(word).length;
    return count >= 2 && count < rows.length / 4;
  });
  if (!found) throw new Error('aucun mot accentué assez discriminant dans les titres de evenements.csv');
  return found;
})();
const withoutAccents = foldFrench(accentedWord);

/** The types present, in the order of the filter's options. */
const typesOf = (ids: readonly string[]): Set<string> =>
  new Set(rows.filter((row) => ids.includes(field(row, 'id'))).map((row) => field(row, 'type')));
const countOfType = (type: string): number => rows.filter((row) => field(row, 'type') === type).length;

/**
 * Ids of the events the reader can see, in page order: the page's articles, and the events of the earliest
 * years' pages that the filters list when the page leaves those years to their pages.
 */
function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('#liste-evenements article, #liste-evenements [data-elsewhere-list] > li', (items) =>
    items
      .filter((item) => item.checkVisibility())
      .map((item) => (item.tagName === 'ARTICLE' ? item.id : ((item as HTMLElement).dataset['id'] ?? ''))),
  );
}

/** How many events the page itself lists (all of them, unless it leaves its earliest years to their pages). */
function listedCount(page: Page): Promise<number> {
  return page.$$eval('#liste-evenements article', (articles) => articles.length);
}

/** The years /chronologie/ leaves to their pages, from its built HTML (empty when it lists every event). */
const earlierYearPages = [
  ...readFileSync('dist/chronologie/index.html', 'utf8').matchAll(/<a href="(\/chronologie\/\d{4}\/)">\d{4}<\/a> \(/g),
].map((match) => match[1]!);

/**
 * Waits until the view for the address's `q` (the search text) is shown —
 * the search loads its index on first use and runs asynchronously — and
 * returns the ids shown, after checking that the announced count says how many.
 */
async function searched(page: Page, q: string): Promise<string[]> {
  await page.waitForFunction(
    (text) =>
      new URL(location.href).searchParams.get('q') === text &&
      document.getElementById('liste-evenements')?.getAttribute('aria-busy') === 'false',
    q,
  );
  const shown = await visibleIds(page);
  await waitForCount(page, shown.length);
  return shown;
}

/**
 * Waits until the filters have applied and announce `count` events: on the page, plus those of the earliest
 * years' pages (« 12 événements affichés, et 3 autres sur les pages des premières années »).
 */
async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((total) => {
    const text = (document.querySelector('[data-count]')?.textContent ?? '').replace(/[\s\u00a0\u202f]/g, ' ');
    const match =
      /^(\d[\d ]*) événements? affichés?(?:, et (\d[\d ]*) autres? sur les pages des premières années)?$/.exec(text);
    const announced = match ? Number(match[1]!.replace(/ /g, '')) + Number((match[2] ?? '0').replace(/ /g, '')) : -1;
    return announced === total && document.getElementById('liste-evenements')?.getAttribute('aria-busy') !== 'true';
  }, count);
}

/** A selector for an element id (event ids start with a digit, which `#id` does not allow). */
function byId(id: string): string {
  return `[id="${id}"]`;
}

function sorted(ids: readonly string[]): string[] {
  return [...ids].sort();
}

/** The first value of a filter's list (after « all »). */
async function firstOption(page: Page, select: string): Promise<string> {
  return page.$eval(select, (element) => (element as HTMLSelectElement).options[1]?.value ?? '');
}

describe('la page Chronologie', () => {
  it('n’affiche que les événements du type choisi, et l’écrit dans l’adresse', async () => {
    const { page } = await site.open('/chronologie/');
    const type = await firstOption(page, '#filtre-type');
    const expected = rows.filter((row) => field(row, 'type') === type).map((row) => field(row, 'id'));
    await page.selectOption('#filtre-type', type);
    await waitForCount(page, expected.length);
    expect(new URL(page.url()).searchParams.get('type')).toBe(type);
    expect(sorted(await visibleIds(page))).toEqual(sorted(expected));
  });

  it('montre au moins tous les événements qui contiennent le texte de l’adresse ?q=…, et pas tous', async () => {
    const { page } = await site.open(`/chronologie/?q=${encodeURIComponent(accentedWord)}`);
    const shown = await searched(page, accentedWord);
    expect(shown).toEqual(expect.arrayContaining(containing(accentedWord)));
    expect(shown.length).toBeLessThan(rows.length);
    expect(await page.inputValue('#filtre-q')).toBe(accentedWord);
  });

  it('trouve les mêmes événements pour un mot tapé sans accents ni majuscules', async () => {
    const { page } = await site.open('/chronologie/');
    await page.fill('#filtre-q', accentedWord);
    const withAccents = await searched(page, accentedWord);
    await page.fill('#filtre-q', withoutAccents.toUpperCase());
    expect(await searched(page, withoutAccents.toUpperCase())).toEqual(withAccents);
  });

  it('exporte en CSV exactement les événements affichés, dans leur ordre, avec les colonnes du fichier et les renvois aux sources écrits en texte', async () => {
    const { page } = await site.open(`/chronologie/?q=${encodeURIComponent(withoutAccents)}&ordre=recent`);
    const shown = await searched(page, withoutAccents);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
    expect(download.suggestedFilename()).toBe('evenements-selection.csv');
    const exported = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8'), {
      header: true,
      skipEmptyLines: 'greedy',
    });
    expect(exported.errors).toEqual([]);
    expect(exported.meta.fields).toEqual(header);
    expect(exported.data.map((row) => row['id'])).toEqual(shown);
    const original = new Map(readableRows.map((row) => [row['id'], row]));
    for (const row of exported.data) expect(row).toEqual(original.get(row['id']));
    for (const row of exported.data) expect(Object.values(row).join(' ')).not.toContain('[@');
    await expect(page.textContent('[data-export-status]')).resolves.toMatch(/téléchargé/);
  });

  it('se filtre entièrement au clavier', async () => {
    const { page } = await site.open('/chronologie/');
    // From the top of the page to the « skip the chart » link, then into the filters.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('skip-chart'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-chart');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filtre-q');
    await page.keyboard.type(withoutAccents);
    const matching = await searched(page, withoutAccents);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filtre-type');
    await page.keyboard.press('ArrowDown'); // the first type of the list
    const type = await page.inputValue('#filtre-type');
    const matchingOfType = matching.filter((id) => typesOf([id]).has(type));
    await waitForCount(page, matchingOfType.length);
    expect(sorted(await visibleIds(page))).toEqual(sorted(matchingOfType));

    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'ordre-ancien'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // to « du plus récent au plus ancien »
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ordre') === 'recent');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: withoutAccents, type, ordre: 'recent' });

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Réinitialiser les filtres');
    await Promise.all([page.waitForURL(siteUrl('/chronologie/')), page.keyboard.press('Enter')]);
    await waitForCount(page, await listedCount(page));
  });

  it('ne signale aucune violation axe avec des filtres en cours, ni quand rien ne correspond', async () => {
    const opened = await site.open(`/chronologie/?q=${encodeURIComponent(withoutAccents)}&ordre=recent`);
    const { page } = opened;
    expect(await searched(page, withoutAccents)).not.toHaveLength(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#filtre-q', 'aucun mot de ce genre xyzw');
    await page.waitForFunction(() => !document.querySelector('[data-empty]')?.hasAttribute('hidden'));
    expect(await visibleIds(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await opened.problems()).toEqual([]);
  });

  it.runIf(earlierYearPages.length > 0)(
    'trouve aussi les événements des années laissées à leur page, listés avec un lien vers chacun',
    async () => {
      const { page } = await site.open('/chronologie/');
      const onPage = new Set(await page.$$eval('#liste-evenements article', (items) => items.map((item) => item.id)));
      const away = rows.find((row) => !onPage.has(field(row, 'id')))!;
      const type = field(away, 'type');
      await page.selectOption('#filtre-type', type);
      await waitForCount(page, countOfType(type));
      const expectedAway = rows.filter((row) => field(row, 'type') === type && !onPage.has(field(row, 'id')));
      const links = await page.$$eval('[data-elsewhere]:not([hidden]) [data-elsewhere-list] a', (anchors) =>
        anchors.map((anchor) => anchor.getAttribute('href')),
      );
      expect(sorted(links.map((href) => href ?? ''))).toEqual(
        sorted(expectedAway.map((row) => `/chronologie/${field(row, 'date').slice(0, 4)}/#${field(row, 'id')}`)),
      );
      await expect(page.textContent('[data-count]')).resolves.toMatch(/sur les pages des premières années$/);
      expect(await axeViolations(page, { within: ['#liste-evenements'] })).toEqual([]);
      // Oldest first they come first; reversed, they come last, newest first.
      const awayFirst = (await visibleIds(page)).slice(0, expectedAway.length);
      expect(sorted(awayFirst)).toEqual(sorted(expectedAway.map((row) => field(row, 'id'))));
      await page.check('#ordre-recent');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('ordre') === 'recent');
      expect((await visibleIds(page)).slice(-expectedAway.length)).toEqual([...awayFirst].reverse());
    },
  );

  it('rétablit la vue précédente avec les boutons précédent et suivant', async () => {
    const { page } = await site.open('/chronologie/');
    const [first, second] = await page.$eval('#filtre-type', (element) =>
      [...(element as HTMLSelectElement).options].slice(1, 3).map((option) => option.value),
    );
    await page.selectOption('#filtre-type', first!);
    await waitForCount(page, countOfType(first!));
    await page.selectOption('#filtre-type', second!);
    await waitForCount(page, countOfType(second!));
    await page.goBack();
    await waitForCount(page, countOfType(first!));
    expect(await page.inputValue('#filtre-type')).toBe(first);
    await page.goBack();
    await waitForCount(page, await listedCount(page));
    expect(await page.inputValue('#filtre-type')).toBe('');
    await page.goForward();
    await page.goForward();
    await waitForCount(page, countOfType(second!));
    expect(await page.inputValue('#filtre-type')).toBe(second);
  });

  it('range du plus récent au plus ancien à la demande, années comprises', async () => {
    const { page } = await site.open('/chronologie/');
    const listedYears = await page.$$eval('#liste-evenements [data-year]', (sections) =>
      sections.map((section) => section.getAttribute('data-year')),
    );
    const years = rows
      .map((row) => field(row, 'date').slice(0, 4))
      .filter((year) => listedYears.includes(year))
      .sort();
    const firstYear = () => page.$eval('#liste-evenements [data-year]', (section) => section.getAttribute('data-year'));
    expect(await firstYear()).toBe(years[0]);
    const oldestFirst = await visibleIds(page);
    await page.check('#ordre-recent');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ordre') === 'recent');
    expect(await firstYear()).toBe(years.at(-1));
    expect(await visibleIds(page)).toEqual([...oldestFirst].reverse());
  });

  it('ne charge l’index de recherche et le code de recherche qu’à la première interaction', async () => {
    // networkidle: the page has requested everything it loads by itself.
    const { page } = await site.open('/chronologie/', { waitUntil: 'networkidle' });
    const loaded = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop() ?? ''),
      );
    const atLoad = await loaded();
    expect(atLoad.filter((name) => /index-recherche|event-search|fuse/i.test(name))).toEqual([]);
    // Focusing the search box loads both.
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/chronologie/index-recherche.json')),
      page.waitForResponse((response) => /event-search/i.test(new URL(response.url()).pathname)),
      page.focus('#filtre-q'),
    ]);
  });

  it('révèle un événement masqué par les filtres quand on suit sa marque du graphique', async () => {
    const { page } = await site.open('/chronologie/');
    const type = await firstOption(page, '#filtre-type');
    const onPage = new Set(await visibleIds(page));
    const hidden = rows.find((row) => field(row, 'type') !== type && onPage.has(field(row, 'id')))!;
    await page.selectOption('#filtre-type', type);
    await waitForCount(page, countOfType(type));
    expect(await page.isVisible(byId(field(hidden, 'id')))).toBe(false);
    // From the keyboard: marks of events on the same day sit on top of one another, the mouse reaches the top one only.
    await page.focus(`#vue-ensemble-graphique a[href="#${field(hidden, 'id')}"]`);
    await page.keyboard.press('Enter');
    await waitForCount(page, onPage.size);
    expect(await page.isVisible(byId(field(hidden, 'id')))).toBe(true);
    expect(new URL(page.url()).search).toBe('');
  });

  it('copie le lien d’un événement et le confirme', async () => {
    const { page } = await site.open('/chronologie/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const article = page.locator('#liste-evenements article').first();
    const id = await article.getAttribute('id');
    await article.locator('button', { hasText: 'Copier le lien' }).click();
    // The clipboard write is asynchronous: wait for the confirmation rather than read it at once.
    await article.locator('[data-copy-status]', { hasText: 'Lien copié' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`/chronologie/#${id}`));
  });

  it('montre tous les événements sans JavaScript, sans commande inerte', async () => {
    const { page } = await site.open(`/chronologie/?q=${withoutAccents}`, { javaScriptEnabled: false });
    const shown = await visibleIds(page);
    expect(await page.isVisible('form.filters')).toBe(false);
    // In the page's content: the header's search button submits its form, which works without JavaScript.
    expect(await page.locator('main button:visible').count()).toBe(0);
    // Every mark of the chart leads to its event: in the list, or on the page of a year the list leaves to it.
    const marks = await page.$$eval('#vue-ensemble-graphique svg a', (links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    expect(marks).toHaveLength(rows.length);
    const elsewhere: string[] = [];
    for (const path of earlierYearPages) {
      await page.goto(siteUrl(path));
      elsewhere.push(
        ...(await page.$$eval('main article.event', (articles) =>
          articles.filter((article) => article.checkVisibility()).map((article) => article.id),
        )),
      );
    }
    expect(sorted([...shown, ...elsewhere])).toEqual(sorted(rows.map((row) => field(row, 'id'))));
    for (const href of marks) {
      const [path, id] = href.split('#');
      expect(path === '' ? shown : elsewhere, href).toContain(id);
    }
  });
});
