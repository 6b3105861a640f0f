/**
 * /chronologie/ and its Atom feed as built, without a browser: every row of
 * evenements.csv is an article under its id, with its date (to its precision),
 * its verification status when it is not confirmed, and a link per source;
 * the feed has one entry per row, newest first. Expectations come from the
 * published CSV, whatever its rows.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isWellFormedXml } from '../xml.ts';
import { byTag, readPage, textOf, type Element } from './built-site.ts';

const rows = Papa.parse<Record<string, string>>(readFileSync('dist/donnees/evenements.csv', 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
}).data;
const field = (row: Record<string, string>, name: string): string => row[name] ?? '';
const sorted = (ids: readonly string[]) => [...ids].sort();

const hasClass = (element: Element, name: string) => (element.attribs['class'] ?? '').split(/\s+/).includes(name);

const eventArticles = (path: string): [string, Element][] =>
  byTag(readPage(path).document, 'article')
    .filter((article) => hasClass(article, 'event'))
    .map((article) => [article.attribs['id'] ?? '', article]);

describe('la page /chronologie/', () => {
  const page = readPage('/chronologie/');
  // The earliest years it leaves to their own pages, when its list is cut (src/queries/evenements.ts).
  const earlierPages = byTag(page.document, 'p')
    .filter((paragraph) => hasClass(paragraph, 'timeline-earlier'))
    .flatMap((paragraph) => byTag(paragraph, 'a'))
    .map((link) => link.attribs['href'] ?? '');
  const articles = new Map([...eventArticles('/chronologie/'), ...earlierPages.flatMap(eventArticles)]);

  it('donne à chaque ligne de evenements.csv son article, ancré par son identifiant, sur /chronologie/ ou sur la page d’une année qu’elle désigne', () => {
    expect(sorted([...articles.keys()])).toEqual(sorted(rows.map((row) => field(row, 'id'))));
  });

  it('ne laisse à leur page que les premières années, et le dit', () => {
    const listedYears = new Set(eventArticles('/chronologie/').map(([id]) => id.slice(0, 4)));
    const earlierYears = earlierPages.map((href) => /^\/chronologie\/(\d{4})\/$/.exec(href)?.[1]);
    expect(earlierYears.every((year) => year !== undefined && !listedYears.has(year))).toBe(true);
    const allYears = [...new Set(rows.map((row) => field(row, 'date').slice(0, 4)))].sort();
    expect([...earlierYears, ...[...listedYears].sort()]).toEqual(allYears);
  });

  it('date chaque événement à sa précision, signale ce qui n’est pas confirmé et lie chaque source', () => {
    const shapes = { jour: /^(?:1er|\d{1,2}) \p{L}+ \d{4}$/u, mois: /^\p{L}+ \d{4}$/u, annee: /^\d{4}$/ };
    const problems: string[] = [];
    for (const row of rows) {
      const id = field(row, 'id');
      const article = articles.get(id)!;
      const time = byTag(article, 'time')[0];
      if (time?.attribs['datetime'] !== field(row, 'date')) problems.push(`${id} : datetime`);
      const shape = shapes[field(row, 'precision_date') as keyof typeof shapes];
      if (!time || !shape?.test(textOf(time))) problems.push(`${id} : date « ${time ? textOf(time) : ''} »`);
      const flagged = byTag(article, 'span').some((span) => hasClass(span, 'status-flag'));
      if (flagged !== (field(row, 'statut_verification') !== 'confirme')) problems.push(`${id} : statut`);
      // The numbered links of its sources, not the citations of its note.
      const sources = byTag(article, 'span')
        .filter((span) => hasClass(span, 'source-links'))
        .flatMap((span) => byTag(span, 'a'))
        .map((link) => link.attribs['href'] ?? '')
        .filter((href) => href.startsWith('/sources/#'));
      const expected = field(row, 'source_ids')
        .split(';')
        .map((source) => `/sources/#${source}`);
      if (sorted(sources).join() !== sorted(expected).join()) problems.push(`${id} : sources ${sources.join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('annonce le flux Atom dans l’en-tête', () => {
    const alternate = byTag(page.document, 'link').find((link) => link.attribs['type'] === 'application/atom+xml');
    expect(alternate?.attribs['href']).toBe('/chronologie.xml');
  });
});

describe('le flux /chronologie.xml', () => {
  it('est du XML valide avec une entrée par ligne du CSV, la plus récente d’abord', () => {
    const xml = readFileSync('dist/chronologie.xml', 'utf8');
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
    expect(sorted(fragments)).toEqual(sorted(rows.map((row) => field(row, 'id'))));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    // Each entry leads where its event is read: /chronologie/, or its year's page for a year left to it.
    for (const entry of entries) {
      const link = new URL(entry.link[0]?.['@href'] ?? '');
      expect(link.pathname, entry.id).toMatch(/^\/chronologie\/(?:\d{4}\/)?$/);
      expect(readPage(link.pathname).ids, entry.id).toContain(decodeURIComponent(link.hash.slice(1)));
    }
    const updated = entries.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
    // <updated> is when the entry was added or corrected (date_mise_a_jour), not the date of the event.
    for (const row of rows) {
      const entry = entries.find((candidate) => candidate.id.endsWith(`#${field(row, 'id')}`));
      expect(entry?.updated, field(row, 'id')).toBe(`${field(row, 'date_mise_a_jour')}T00:00:00Z`);
    }
  });
});
