/**
 * The site search as built, without a browser: its index holds every row of
 * the data it promises (every event, estimate, context figure, source,
 * profession and collectivity row of the published CSV files), each item
 * leads to a page and an anchor that exist, and the header of every page
 * carries the search box, a plain form to /recherche/. The search itself runs
 * in tests/e2e/recherche.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SEARCH_KINDS, type SearchKind } from '../../src/lib/codes/recherche.ts';
import type { SiteSearchIndex } from '../../src/lib/site-search.ts';
import { builtPages, byTag, readPage, resolveLink, textOf } from './built-site.ts';

type Row = Record<string, string>;
const csv = (slug: string): Row[] =>
  Papa.parse<Row>(readFileSync(`dist/donnees/${slug}.csv`, 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;
const index = JSON.parse(readFileSync('dist/recherche/index.json', 'utf8')) as SiteSearchIndex;
const SITE = 'https://site.invalid';
const hrefsOf = (kind: SearchKind) =>
  index.items.filter(([k]) => SEARCH_KINDS[k] === kind).map(([, , , href]) => new URL(href, SITE));
const fragments = (kind: SearchKind) => new Set(hrefsOf(kind).map((url) => url.hash.slice(1)));

describe('l’index de la recherche', () => {
  it('a une entrée par événement, estimation, chiffre et source, ancrée par son identifiant', () => {
    for (const [kind, slug] of [
      ['evenement', 'evenements'],
      ['estimation', 'estimations'],
      ['chiffre', 'chiffres'],
      ['source', 'sources'],
    ] as const) {
      const ids = csv(slug).map((row) => row['id']!);
      expect(hrefsOf(kind), kind).toHaveLength(ids.length);
      expect([...fragments(kind)].sort(), kind).toEqual([...ids].sort());
    }
  });

  it('a une entrée par métier, qui mène à sa page', () => {
    const pages = csv('metiers')
      .map((row) => `/metiers/${row['id']!}/`)
      .sort();
    expect(
      hrefsOf('metier')
        .map((url) => url.pathname)
        .sort(),
    ).toEqual(pages);
  });

  it('mène à chaque fait des collectivités, et nomme chaque département dont elles parlent', () => {
    const rows = csv('collectivites');
    const anchored = [...fragments('collectivite')].map((fragment) => fragment.replace(/^(fait|ligne)-/, ''));
    for (const row of rows) expect(anchored, row['id']).toContain(row['id']);
    const titles = index.items.filter(([kind]) => SEARCH_KINDS[kind] === 'collectivite').map(([, title]) => title);
    const codes = new Set(rows.filter((row) => row['niveau'] === 'departement').map((row) => row['code_insee']!));
    for (const code of codes)
      expect(
        titles.some((title) => title.endsWith(`(${code})`)),
        code,
      ).toBe(true);
  });

  it('ne mène qu’à des pages et des ancres qui existent', () => {
    const broken: string[] = [];
    for (const [, title, , href] of index.items) {
      const target = resolveLink('dist', '/recherche/', href, SITE);
      if (target.kind !== 'same-site' || target.file === null) broken.push(`${title} → ${href}`);
      else if (target.fragment !== null && !readPage(target.path).ids.includes(target.fragment))
        broken.push(`${title} → ${href} (ancre absente)`);
    }
    expect(broken).toEqual([]);
  });
});

describe('la boîte de recherche de l’en-tête', () => {
  it('est sur chaque page qui a l’en-tête du site (toutes sauf les pages /embed/), et mène à /recherche/?q=', () => {
    const missing: string[] = [];
    for (const path of builtPages()) {
      if (path.startsWith('/embed/')) continue;
      const header = byTag(readPage(path).document, 'header')[0];
      const form = header && byTag(header, 'form').find((element) => element.attribs['role'] === 'search');
      const input = form && byTag(form, 'input').find((element) => element.attribs['name'] === 'q');
      const method = (form?.attribs['method'] ?? 'get').toLowerCase();
      if (!form || form.attribs['action'] !== '/recherche/' || method !== 'get' || !input) missing.push(path);
    }
    expect(missing).toEqual([]);
  });
});

describe('la page /recherche/ sans JavaScript', () => {
  const page = readPage('/recherche/');

  it('dit que la recherche demande JavaScript et mène aux index de chaque rubrique', () => {
    const notice = byTag(page.document, 'p').find((element) => element.attribs['data-without-script'] !== undefined);
    expect(notice && textOf(notice)).toMatch(/JavaScript/);
    const links = byTag(page.document, 'main')
      .flatMap((main) => byTag(main, 'a'))
      .map((link) => link.attribs['href']);
    for (const path of [
      '/chronologie/',
      '/estimations/',
      '/donnees/chiffres/',
      '/sources/',
      '/metiers/',
      '/departements/',
    ])
      expect(links, path).toContain(path);
  });

  it('ne fait pas charger l’index avec la page (ni lien de préchargement, ni script qui le porte)', () => {
    expect(page.html).not.toMatch(/<link[^>]+\/recherche\/index\.json/);
    expect(page.html).toContain('data-index="/recherche/index.json"');
  });
});
