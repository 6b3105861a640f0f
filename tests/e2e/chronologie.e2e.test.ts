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

/** Ids of the events the reader can see, in page order. */
function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('#liste-evenements article', (articles) =>
    articles.filter((article) => article.checkVisibility()).map((article) => article.id),
  );
}

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

/** Waits until the filters have applied and announce `count` events. */
async function waitForCount(page: Page, count: number): Promise<void> {
  const expected = `${new Intl.NumberFormat('fr-FR').format(count)}\u00a0${count <= 1 ? 'événement affiché' : 'événements affichés'}`;
  await page.waitForFunction(
    (text) =>
      document.querySelector('[data-count]')?.textContent === text &&
      document.getElementById('liste-evenements')?.getAttribute('aria-busy') !== 'true',
    expected,
  );
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
    await waitForCount(page, rows.length);
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
    await waitForCount(page, rows.length);
    expect(await page.inputValue('#filtre-type')).toBe('');
    await page.goForward();
    await page.goForward();
    await waitForCount(page, countOfType(second!));
    expect(await page.inputValue('#filtre-type')).toBe(second);
  });

  it('range du plus récent au plus ancien à la demande, années comprises', async () => {
    const { page } = await site.open('/chronologie/');
    const years = rows.map((row) => field(row, 'date').slice(0, 4)).sort();
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
    const hidden = rows.find((row) => field(row, 'type') !== type)!;
    await page.selectOption('#filtre-type', type);
    await waitForCount(page, countOfType(type));
    expect(await page.isVisible(byId(field(hidden, 'id')))).toBe(false);
    // From the keyboard: marks of events on the same day sit on top of one another, the mouse reaches the top one only.
    await page.focus(`#vue-ensemble-graphique a[href="#${field(hidden, 'id')}"]`);
    await page.keyboard.press('Enter');
    await waitForCount(page, rows.length);
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
    expect(await visibleIds(page)).toHaveLength(rows.length);
    expect(await page.isVisible('form.filters')).toBe(false);
    // In the page's content: the header's search button submits its form, which works without JavaScript.
    expect(await page.locator('main button:visible').count()).toBe(0);
    expect(await page.locator('#vue-ensemble-graphique svg a').count()).toBe(rows.length);
  });
});
