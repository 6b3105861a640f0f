/**
 * The charts of /estimations/ as built, without a browser: each has its three
 * downloads at stable addresses, a PNG of the size the page states, and a
 * table holding exactly the rows of its CSV, in the same order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/schemas/dataset.ts';
import { estimationsDataset } from '../../src/schemas/estimations.ts';
import { formatEstimate } from '../../src/lib/estimates.ts';
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
  const links = byTag(byId(chart), 'a').filter((link) => link.attribs['data-download'] !== undefined);

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
