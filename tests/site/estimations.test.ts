/**
 * The charts of /estimations/ as built, without a browser: each has its three
 * downloads at stable addresses, a PNG of the size the page states, a table
 * holding exactly the rows of its CSV, in the same order, both layouts (wide
 * and narrow) with the same marks, a page of its own, and an embed page that
 * stands without JavaScript (chart, sources, link back) with its embed code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/schemas/dataset.ts';
import { estimationsDataset } from '../../src/schemas/estimations.ts';
import { formatEstimate } from '../../src/lib/estimates.ts';
import { EMBED_HEIGHT_MESSAGE } from '../../src/lib/embed-message.ts';
import { byTag, elements, fileOfPath, readPage, textOf, type Element } from './built-site.ts';

const CHARTS = ['rapport-article-83', 'comparaison-exclus', 'couverts-exclus', 'devenus-couverts', 'couts'] as const;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const page = readPage('/estimations/');
const byId = (id: string): Element => {
  const found = elements(page.document).find((element) => element.attribs['id'] === id);
  if (!found) throw new Error(`/estimations/ : pas d’élément #${id}`);
  return found;
};
const hasClass = (element: Element, name: string) => (element.attribs['class'] ?? '').split(/\s+/).includes(name);
const served = (path: string): Buffer => {
  const file = fileOfPath('dist', path);
  if (!file) throw new Error(`${path} absent de dist/`);
  return readFileSync(file);
};

describe.each(CHARTS)('le graphique %s', (chart) => {
  // The downloads are on the chart's own page; the overview links to it instead.
  const own = readPage(`/estimations/${chart}/`);
  const block = elements(own.document).find((element) => element.attribs['id'] === chart);
  if (!block) throw new Error(`/estimations/${chart}/ : pas d’élément #${chart}`);
  const links = byTag(block, 'a').filter((link) => link.attribs['data-download'] !== undefined);

  it('renvoie, depuis la vue d’ensemble, à sa page pour le télécharger, le partager, l’intégrer et le citer', () => {
    const overviewLinks = byTag(byId(chart), 'a').map((link) => link.attribs['href']);
    expect(overviewLinks).toContain(`/estimations/${chart}/`);
    expect(byTag(byId(chart), 'a').filter((link) => link.attribs['data-download'] !== undefined)).toEqual([]);
  });

  it('a ses trois téléchargements, non vides, aux adresses stables', () => {
    expect(links.map((link) => [link.attribs['data-download'], link.attribs['href']])).toEqual([
      ['csv', `/estimations/${chart}.csv`],
      ['svg', `/estimations/${chart}.svg`],
      ['png', `/estimations/${chart}.png`],
    ]);
    for (const link of links)
      expect(served(link.attribs['href']!).byteLength, link.attribs['href']).toBeGreaterThan(100);
    const svg = served(`/estimations/${chart}.svg`).toString('utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id=');
  });

  it('a un PNG valide, de la taille annoncée à côté du lien', () => {
    const link = links.find((candidate) => candidate.attribs['data-download'] === 'png')!;
    const bytes = served(`/estimations/${chart}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The first chunk is IHDR: length (4 bytes), type (4), then width and height, big-endian.
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect([link.attribs['data-width'], link.attribs['data-height']]).toEqual([String(width), String(height)]);
    const size = elements(link.parent as Element).find((element) => hasClass(element, 'png-size'));
    expect(size ? textOf(size) : '').toBe(`${width} × ${height} pixels`);
  });

  it('a un tableau qui contient exactement les lignes de son CSV, dans le même ordre', () => {
    const parsed = checkDataset(served(`/estimations/${chart}.csv`).toString('utf8'), estimationsDataset);
    expect(parsed.problems).toEqual([]);
    const table = byTag(page.document, 'table').find((candidate) => candidate.attribs['data-chart'] === chart);
    expect(table).toBeDefined();
    const tableRows = byTag(byTag(table!, 'tbody')[0]!, 'tr').map((row) => ({
      id: row.attribs['data-id'],
      author: textOf(byTag(row, 'th')[0]!),
      date: byTag(row, 'time')[0]?.attribs['datetime'],
      value: textOf(elements(row).find((cell) => hasClass(cell, 'col-valeur'))!),
      sources: byTag(
        elements(row).find((cell) => hasClass(cell, 'col-sources'))!,
        'a',
      ).map((link) => link.attribs['href']),
    }));
    expect(tableRows.length).toBeGreaterThan(0);
    expect(tableRows).toEqual(
      parsed.rows.map(({ row }) => ({
        id: row.id,
        author: row.estimateur,
        date: row.date,
        value: formatEstimate(row, { withPeriod: true }),
        sources: row.source_ids.map((id) => `/sources/#${id}`),
      })),
    );
  });
});

/** The marks' row ids of an <svg>, in drawing order. */
const markIds = (svg: Element): string[] =>
  elements(svg)
    .filter((element) => hasClass(element, 'mark'))
    .map((element) => element.attribs['data-id'] ?? '');

describe.each(CHARTS)('le graphique %s, partout où il se montre', (chart) => {
  it('a ses deux dispositions, large et étroite, avec les mêmes marques dans le même ordre', () => {
    for (const path of ['/estimations/', `/estimations/${chart}/`, `/embed/${chart}/`]) {
      const built = readPage(path);
      const figure = byTag(built.document, 'figure').find((candidate) =>
        byTag(candidate, 'svg').some((svg) => svg.attribs['data-chart'] === chart),
      );
      expect(figure, path).toBeDefined();
      const svgs = byTag(figure!, 'svg').filter((svg) => hasClass(svg, 'chart'));
      expect(
        svgs.map((svg) => svg.attribs['class']),
        path,
      ).toEqual(['chart chart-wide', 'chart chart-narrow']);
      expect(markIds(svgs[1]!), path).toEqual(markIds(svgs[0]!));
      expect(markIds(svgs[0]!).length).toBeGreaterThan(0);
    }
  });

  it('a sa page, qui porte son bloc avec son titre en <h1> et son tableau', () => {
    const own = readPage(`/estimations/${chart}/`);
    const block = elements(own.document).find((element) => element.attribs['id'] === chart);
    expect(block).toBeDefined();
    expect(byTag(block!, 'h1').map(textOf)).toEqual([textOf(byTag(byId(chart), 'h2')[0]!)]);
    expect(byTag(block!, 'table').some((table) => table.attribs['data-chart'] === chart)).toBe(true);
    const link = byTag(byId(chart), 'a').find((candidate) => candidate.attribs['href'] === `/estimations/${chart}/`);
    expect(link, 'lien de /estimations/ vers la page du graphique').toBeDefined();
  });

  it('a une page à intégrer lisible sans JavaScript : titre, graphique, lien vers sa page, sources, citation', () => {
    const embed = readPage(`/embed/${chart}/`);
    const main = byTag(embed.document, 'main')[0]!;
    expect(textOf(byTag(main, 'h1')[0]!)).toBe(textOf(byTag(byId(chart), 'h2')[0]!));
    const back = byTag(main, 'a').filter((link) => link.attribs['target'] === '_top');
    expect(back.map((link) => link.attribs['href'])).toContain(`/estimations/${chart}/#${chart}`);
    expect(back.filter((link) => link.attribs['href']?.startsWith('/sources/#')).length).toBeGreaterThan(0);
    expect(elements(main).some((element) => hasClass(element, 'one-line-text'))).toBe(true);
    expect(embed.html).toMatch(/<link rel="canonical" href="[^"]+\/estimations\/[a-z0-9-]+\/">/);
    const scripts = byTag(embed.document, 'script').flatMap((script) => script.attribs['src'] ?? []);
    expect(
      scripts.some((src) => served(src).toString('utf8').includes(EMBED_HEIGHT_MESSAGE)),
      'le script qui dit sa hauteur à la page hôte',
    ).toBe(true);
  });

  it('s’intègre par un code <iframe> de hauteur fixée, et un script d’hôte facultatif qui ne croit que ce site', () => {
    // The embed code is on the chart's own page.
    const own = readPage(`/estimations/${chart}/`);
    const byOwnId = (id: string): Element => {
      const found = elements(own.document).find((element) => element.attribs['id'] === id);
      if (!found) throw new Error(`/estimations/${chart}/ : pas d’élément #${id}`);
      return found;
    };
    const snippet = textOf(byOwnId(`code-${chart}`));
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="[^"]+/embed/${chart}/" title="[^"]+" width="100%" height="\\d{3,}" loading="lazy"></iframe>$`,
      ),
    );
    const origin = new URL(/src="([^"]+)"/.exec(snippet)?.[1] ?? 'invalid:').origin;
    const script = textOf(byOwnId(`script-${chart}`));
    expect(script).toMatch(/^<script>[\s\S]*<\/script>$/);
    expect(script).toContain(`event.origin !== '${origin}'`);
    expect(script).toContain('frame.contentWindow === event.source');
  });
});
