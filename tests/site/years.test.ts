/**
 * The year pages (/chronologie/<année>/) as built, without a browser: one page
 * per year from the first year of the chronology to the latest year of the
 * dated datasets; on each, every event of the year and no other, the year's
 * estimates, context figures and collectivity rows, milestones linked, a
 * summary whose counts are the data's, its own feed and preview card; and
 * /chronologie/ links every year. Expectations come from the published CSV
 * files (dist/donnees/*.csv), whatever their rows.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isWellFormedXml } from '../xml.ts';
import { byTag, fileOfPath, readPage, textOf, type Element } from './built-site.ts';

type Row = Record<string, string>;
const csv = (slug: string): Row[] =>
  Papa.parse<Row>(readFileSync(`dist/donnees/${slug}.csv`, 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;
const yearOf = (row: Row) => Number((row['date'] ?? '').slice(0, 4));
const datasets = {
  evenements: csv('evenements'),
  estimations: csv('estimations'),
  chiffres: csv('chiffres'),
  collectivites: csv('collectivites'),
};
const first = Math.min(...datasets.evenements.map(yearOf));
const last = Math.max(...Object.values(datasets).flatMap((rows) => rows.map(yearOf)));
const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
const sorted = (values: Iterable<string>) => [...values].sort();
const hasClass = (element: Element, name: string) => (element.attribs['class'] ?? '').split(/\s+/).includes(name);
const idsOf = (rows: Row[], year: number) =>
  sorted(rows.filter((row) => yearOf(row) === year).map((row) => row['id']!));

/** « 27 événements, dont 4 jalons » → [27, 4]; « aucune estimation » → [0]. */
function numbersIn(text: string): number[] {
  if (/^aucun/.test(text)) return [0];
  return [...text.replace(/[\s\u00a0\u202f](?=\d)/g, '').matchAll(/\d+/g)].map((match) => Number(match[0]));
}

/** The fragments of the page's links to `path` (`/donnees/estimations/` and its further pages). */
function fragmentsOfLinksTo(root: Element | ReturnType<typeof readPage>['document'], prefix: string): string[] {
  return byTag(root, 'a')
    .map((link) => link.attribs['href'] ?? '')
    .filter((href) => href.startsWith(prefix) && href.includes('#'))
    .map((href) => href.slice(href.indexOf('#') + 1));
}

describe('les pages des années', () => {
  it('vont de la première année de la chronologie à la plus récente des données, et /chronologie/ les lie toutes', () => {
    expect(first).toBeLessThanOrEqual(last);
    const links = byTag(readPage('/chronologie/').document, 'a').map((link) => link.attribs['href']);
    for (const year of years) {
      expect(fileOfPath('dist', `/chronologie/${year}/`), `page ${year}`).not.toBeNull();
      expect(links, `lien vers ${year}`).toContain(`/chronologie/${year}/`);
    }
    expect(fileOfPath('dist', `/chronologie/${first - 1}/`)).toBeNull();
    expect(fileOfPath('dist', `/chronologie/${last + 1}/`)).toBeNull();
  });

  describe.each(years)('%i', (year) => {
    const page = readPage(`/chronologie/${year}/`);
    const main = byTag(page.document, 'main')[0]!;
    const events = datasets.evenements.filter((row) => yearOf(row) === year);

    it('montre chaque événement de l’année sous son identifiant, et aucun autre', () => {
      const articles = byTag(main, 'article').filter((article) => hasClass(article, 'event'));
      expect(sorted(articles.map((article) => article.attribs['id'] ?? ''))).toEqual(idsOf(events, year));
    });

    it('a un résumé dont les comptes sont ceux des données, et lie chaque jalon', () => {
      const summary = byTag(main, 'section').find((section) => section.attribs['aria-labelledby'] === 'en-bref')!;
      const counts = byTag(
        byTag(summary, 'ul').find((list) => hasClass(list, 'year-counts'))!,
        'li',
      ).map((item) => numbersIn(textOf(item)));
      const milestones = events.filter((row) => row['jalon'] === 'oui');
      expect(counts).toEqual([
        milestones.length > 0 ? [events.length, milestones.length] : [events.length],
        [idsOf(datasets.estimations, year).length],
        [idsOf(datasets.chiffres, year).length],
        [idsOf(datasets.collectivites, year).length],
      ]);
      expect(sorted(fragmentsOfLinksTo(summary, '#'))).toEqual(
        expect.arrayContaining(sorted(milestones.map((row) => row['id']!))),
      );
    });

    it('liste les estimations, les chiffres et les faits des collectivités de l’année, chacun avec sa ligne', () => {
      expect(sorted(fragmentsOfLinksTo(main, '/donnees/estimations/'))).toEqual(idsOf(datasets.estimations, year));
      expect(sorted(fragmentsOfLinksTo(main, '/donnees/chiffres/'))).toEqual(idsOf(datasets.chiffres, year));
      const rows = byTag(main, 'tr')
        .map((row) => row.attribs['id'] ?? '')
        .filter((id) => id.startsWith('ligne-'))
        .map((id) => id.slice('ligne-'.length));
      expect(sorted(rows)).toEqual(idsOf(datasets.collectivites, year));
    });

    it('annonce son flux Atom, qui a une entrée par événement de l’année, aux identifiants de celles du flux général', () => {
      const alternate = byTag(page.document, 'link').find((link) => link.attribs['type'] === 'application/atom+xml');
      expect(alternate?.attribs['href']).toBe(`/chronologie/${year}.xml`);
      const xml = readFileSync(fileOfPath('dist', `/chronologie/${year}.xml`)!, 'utf8');
      expect(isWellFormedXml(xml)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml).feed;
      const entries: { id: string }[] = feed.entry ?? [];
      expect(sorted(entries.map((entry) => new URL(entry.id).hash.slice(1)))).toEqual(idsOf(events, year));
      for (const entry of entries) expect(new URL(entry.id).pathname).toBe('/chronologie/');
    });

    it('a sa propre image d’aperçu de 1200 × 675, qui donne ses comptes', async () => {
      const meta = (property: string) =>
        byTag(page.document, 'meta').find((tag) => tag.attribs['property'] === property)?.attribs['content'] ?? '';
      const image = new URL(meta('og:image'));
      expect(image.pathname).toBe(`/og/annees/${year}.png`);
      const metadata = await sharp(readFileSync(fileOfPath('dist', image.pathname)!)).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 675]);
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '675']);
      expect(meta('og:image:alt')).toContain(String(events.length));
    });
  });
});
