/**
 * /chronologie/ in a real Chromium: filters and their URL state, accent-blind
 * search, back/forward, keyboard use, CSV export of what is shown, the copy
 * button, lazy loading of the search, the page without JavaScript, and the
 * Atom feed /chronologie.xml.
 */
import { isWellFormedXml } from '../xml.ts';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import { axeViolations, launchBrowser, openPage, siteUrl, type WatchedPage } from './browser.ts';
import { foldFrench } from '../../src/lib/fold.ts';

/** evenements.csv as published: the reference for every expectation below. */
const csvText = readFileSync('data/evenements.csv', 'utf8');
const csv = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: 'greedy' });
const rows = csv.data;
const header = csv.meta.fields ?? [];

/** Ids of the events whose title, summary or actors contain the phrase once folded. */
function containing(phrase: string): string[] {
  const needle = foldFrench(phrase);
  return rows
    .filter((row) =>
      foldFrench([row['titre'], row['resume'], (row['acteurs'] ?? '').replaceAll(';', ' ')].join(' ')).includes(needle),
    )
    .map((row) => row['id'] ?? '');
}

/** Ids of the events the reader can see, in page order. */
function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('#liste-evenements article', (articles) =>
    articles.filter((article) => article.checkVisibility()).map((article) => article.id),
  );
}

/** Waits until the filters have applied and announce `count` events. */
async function waitForCount(page: Page, count: number): Promise<void> {
  const expected = `${count}\u00a0${count <= 1 ? 'événement affiché' : 'événements affichés'}`;
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

let browser: Browser;
let watched: WatchedPage | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  await watched?.close();
  watched = await openPage(browser, options);
  // Module scripts run before `load`: the custom elements are set up by then.
  await watched.page.goto(siteUrl(path), { waitUntil: 'load' });
  return watched.page;
}

describe('la page Chronologie', () => {
  afterAll(async () => {
    await watched?.close();
    watched = null;
  });

  it('n’affiche que les décrets quand on filtre par type decret, et l’écrit dans l’adresse', async () => {
    const page = await open('/chronologie/');
    const decrees = rows.filter((row) => row['type'] === 'decret').map((row) => row['id']);
    await page.selectOption('#filtre-type', 'decret');
    await waitForCount(page, decrees.length);
    expect(new URL(page.url()).searchParams.get('type')).toBe('decret');
    const shown = await visibleIds(page);
    expect(sorted(shown)).toEqual(sorted(decrees as string[]));
    const types = await page.$$eval('#liste-evenements article', (articles) =>
      articles.filter((article) => article.checkVisibility()).map((article) => article.dataset.type),
    );
    expect(new Set(types)).toEqual(new Set(['decret']));
  });

  it('montre exactement les événements Laforcade à l’adresse ?q=laforcade', async () => {
    const expected = containing('laforcade');
    expect(expected.length).toBeGreaterThan(3);
    const page = await open('/chronologie/?q=laforcade');
    await waitForCount(page, expected.length);
    expect(sorted(await visibleIds(page))).toEqual(sorted(expected));
    expect(await page.inputValue('#filtre-q')).toBe('laforcade');
  });

  it.each([
    ['segur pour tous', '2024-06-04-accord-segur-pour-tous'],
    ['conference des metiers', '2022-02-18-conference-des-metiers'],
  ])('trouve « %s » tapé sans accents', async (query, oneExpectedId) => {
    const expected = containing(query);
    expect(expected).toContain(oneExpectedId);
    const page = await open('/chronologie/');
    await page.fill('#filtre-q', query);
    await waitForCount(page, expected.length);
    expect(sorted(await visibleIds(page))).toEqual(sorted(expected));
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  });

  it('exporte en CSV exactement les événements affichés, dans leur ordre et avec les colonnes du fichier', async () => {
    const page = await open('/chronologie/?filiere=socio_educative&ordre=recent');
    const expected = rows.filter((row) => (row['filieres'] ?? '').split(';').includes('socio_educative'));
    await waitForCount(page, expected.length);
    const shown = await visibleIds(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
    expect(download.suggestedFilename()).toBe('evenements-selection.csv');
    const exported = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8'), {
      header: true,
      skipEmptyLines: 'greedy',
    });
    expect(exported.errors).toEqual([]);
    expect(exported.meta.fields).toEqual(header);
    expect(exported.data.map((row) => row['id'])).toEqual(shown);
    const original = new Map(rows.map((row) => [row['id'], row]));
    for (const row of exported.data) expect(row).toEqual(original.get(row['id']));
    await expect(page.textContent('[data-export-status]')).resolves.toMatch(/téléchargé/);
  });

  it('se filtre entièrement au clavier', async () => {
    const page = await open('/chronologie/');
    // From the top of the page to the « skip the chart » link, then into the filters.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('skip-chart'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-chart');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filtre-q');
    await page.keyboard.type('laforcade');
    await waitForCount(page, containing('laforcade').length);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filtre-type');
    await page.keyboard.press('ArrowDown'); // first type of the list: accord
    const laforcadeAccords = containing('laforcade').filter(
      (id) => rows.find((row) => row['id'] === id)?.['type'] === 'accord',
    );
    await waitForCount(page, laforcadeAccords.length);
    expect(sorted(await visibleIds(page))).toEqual(sorted(laforcadeAccords));

    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'ordre-ancien'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // to « du plus récent au plus ancien »
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ordre') === 'recent');
    const shown = await visibleIds(page);
    expect(shown).toEqual([...shown].sort().reverse());
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      q: 'laforcade',
      type: 'accord',
      ordre: 'recent',
    });

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Réinitialiser les filtres');
    await Promise.all([page.waitForURL(siteUrl('/chronologie/')), page.keyboard.press('Enter')]);
    await waitForCount(page, rows.length);
  });

  it('ne signale aucune violation axe avec des filtres en cours', async () => {
    const page = await open('/chronologie/?type=annonce&debut=2022&fin=2024&q=departements');
    await page.waitForFunction(
      () => document.getElementById('liste-evenements')?.getAttribute('aria-busy') === 'false',
    );
    await page.check('#ordre-recent');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ordre') === 'recent');
    expect(await visibleIds(page)).not.toHaveLength(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#filtre-q', 'aucun mot de ce genre xyzw');
    await page.waitForFunction(() => !document.querySelector('[data-empty]')?.hasAttribute('hidden'));
    expect(await visibleIds(page)).toEqual([]);
    expect(watched?.consoleErrors).toEqual([]);
    expect(watched?.offOriginRequests).toEqual([]);
  });

  it('rétablit la vue précédente avec les boutons précédent et suivant', async () => {
    const page = await open('/chronologie/');
    const count = (type: string) => rows.filter((row) => row['type'] === type).length;
    await page.selectOption('#filtre-type', 'decret');
    await waitForCount(page, count('decret'));
    await page.selectOption('#filtre-type', 'loi');
    await waitForCount(page, count('loi'));
    await page.goBack();
    await waitForCount(page, count('decret'));
    expect(await page.inputValue('#filtre-type')).toBe('decret');
    await page.goBack();
    await waitForCount(page, rows.length);
    expect(await page.inputValue('#filtre-type')).toBe('');
    await page.goForward();
    await page.goForward();
    await waitForCount(page, count('loi'));
    expect(await page.inputValue('#filtre-type')).toBe('loi');
  });

  it('range du plus récent au plus ancien à la demande, années comprises', async () => {
    const page = await open('/chronologie/');
    const firstYear = () => page.$eval('#liste-evenements [data-year]', (section) => section.getAttribute('data-year'));
    expect(await firstYear()).toBe('2020');
    await page.check('#ordre-recent');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ordre') === 'recent');
    expect(await firstYear()).toBe('2026');
    const shown = await visibleIds(page);
    expect(shown).toHaveLength(rows.length);
    expect(shown[0]).toBe([...rows].sort((a, b) => (a['date'] ?? '').localeCompare(b['date'] ?? '')).at(-1)?.['id']);
  });

  it('ne charge l’index de recherche et Fuse.js qu’à la première interaction', async () => {
    const page = await open('/chronologie/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const scriptsAtLoad = await page.$$eval('script[src]', (scripts) =>
      scripts.map((script) => script.getAttribute('src')),
    );
    expect(scriptsAtLoad.join(' ')).not.toMatch(/event-search|fuse|papaparse/i);
    await page.waitForTimeout(300);
    expect(requested.filter((path) => path.includes('index-recherche'))).toEqual([]);
    await Promise.all([
      page.waitForRequest((request) => request.url().endsWith('/chronologie/index-recherche.json')),
      page.focus('#filtre-q'),
    ]);
  });

  it('révèle un événement masqué par les filtres quand on suit sa marque du graphique', async () => {
    const page = await open('/chronologie/?type=decret');
    await waitForCount(page, rows.filter((row) => row['type'] === 'decret').length);
    await page.click('#vue-ensemble-graphique a[href="#2022-02-18-conference-des-metiers"]');
    await waitForCount(page, rows.length);
    expect(await page.isVisible(byId('2022-02-18-conference-des-metiers'))).toBe(true);
    expect(new URL(page.url()).search).toBe('');
  });

  it('copie le lien d’un événement et le confirme', async () => {
    const page = await open('/chronologie/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const article = page.locator(byId('2022-02-18-conference-des-metiers'));
    await article.locator('button', { hasText: 'Copier le lien' }).click();
    // The clipboard write is asynchronous: wait for the confirmation rather than read it at once.
    await article.locator('[data-copy-status]', { hasText: 'Lien copié' }).waitFor();
    expect(await article.locator('[data-copy-status]').textContent()).toBe('Lien copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      siteUrl('/chronologie/#2022-02-18-conference-des-metiers'),
    );
  });

  it('montre tous les événements sans JavaScript, sans commande inerte', async () => {
    const page = await open('/chronologie/?type=decret', { javaScriptEnabled: false });
    expect(await visibleIds(page)).toHaveLength(rows.length);
    expect(await page.isVisible('form.filters')).toBe(false);
    expect(await page.locator('button:visible').count()).toBe(0);
    expect(await page.locator('#vue-ensemble-graphique svg a').count()).toBe(rows.length);
    expect(await page.getAttribute('a[href="/donnees/evenements.csv"]', 'href')).toBe('/donnees/evenements.csv');
  });

  it('donne à chaque événement son ancre, sa date à sa précision et ses sources', async () => {
    const page = await open('/chronologie/');
    expect(
      sorted(await page.$$eval('#liste-evenements article', (articles) => articles.map((article) => article.id))),
    ).toEqual(sorted(rows.map((row) => row['id'] ?? '')));
    await expect(page.textContent(`${byId('2020-07-13-accords-segur-sante')} time`)).resolves.toBe('13 juillet 2020');
    await expect(page.textContent(`${byId('2021-07-lettre-federations-departements')} time`)).resolves.toBe(
      'juillet 2021',
    );
    await expect(page.textContent(`${byId('2021-07-lettre-federations-departements')} .status-flag`)).resolves.toBe(
      'Incertain',
    );
    await expect(page.locator(`${byId('2020-07-13-accords-segur-sante')} .source-links a`).count()).resolves.toBe(3);
    await expect(page.textContent(`${byId('2022-02-18-conference-des-metiers')} .event-facts`)).resolves.toMatch(
      /720\u00a0M€/,
    );
  });

  it('annonce le flux Atom dans l’en-tête', async () => {
    const page = await open('/chronologie/');
    expect(await page.getAttribute('head link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe(
      '/chronologie.xml',
    );
  });
});

describe('le flux /chronologie.xml', () => {
  it('est du XML valide avec une entrée par ligne du CSV, la plus récente d’abord', async () => {
    const response = await fetch(siteUrl('/chronologie.xml'));
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(isWellFormedXml(xml)).toBe(true);
    const feed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => name === 'entry' || name === 'link' || name === 'category',
    }).parse(xml).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries: { id: string; title: string; updated: string; link: { '@href': string }[] }[] = feed.entry;
    expect(entries).toHaveLength(rows.length);
    const fragments = entries.map((entry) => new URL(entry.id).hash.slice(1));
    expect(sorted(fragments)).toEqual(sorted(rows.map((row) => row['id'] ?? '')));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    for (const entry of entries) expect(entry.link[0]?.['@href']).toBe(entry.id);
    const updated = entries.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
    // <updated> is when the entry was added or corrected (date_mise_a_jour), not the date of the event.
    const laforcade = entries.find((entry) => entry.id.endsWith('#2021-05-28-protocole-laforcade'));
    const laforcadeRow = rows.find((row) => row['id'] === '2021-05-28-protocole-laforcade');
    expect(laforcade?.updated).toBe(`${laforcadeRow?.['date_mise_a_jour']}T00:00:00Z`);
    expect(laforcade?.updated).not.toBe('2021-05-28T00:00:00Z');
  });
});
