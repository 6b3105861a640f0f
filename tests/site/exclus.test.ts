/**
 * « Qui reste exclu aujourd’hui ? » as built, on the home page (compact) and
 * on /estimations/ (full): every group of the published exclus-aujourdhui.csv
 * is there, under its status, with its count or « non chiffré », its sources,
 * and its other raise where it has one; the section is dated. Expectations come
 * from the published CSV, never from a named row.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { byTag, elements, readPage, textOf, type Element } from './built-site.ts';
import { GROUP_STATUS_LABELS, type GroupStatus } from '../../src/lib/codes/exclus.ts';

const rows = Papa.parse<Record<string, string>>(readFileSync('dist/donnees/exclus-aujourdhui.csv', 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
}).data;
const field = (row: Record<string, string>, name: string): string => row[name] ?? '';

function section(path: string, id: string): Element {
  const found = elements(readPage(path).document).find((element) => element.attribs['aria-labelledby'] === id);
  if (!found) throw new Error(`${path} : pas de section « ${id} »`);
  return found;
}

/** Each status block of the section: its heading and the text of each of its groups. */
function blocks(root: Element): Map<string, string[]> {
  return new Map(
    elements(root)
      .filter((element) => element.attribs['data-statut-groupe'] !== undefined)
      .map((block) => [
        block.attribs['data-statut-groupe'] ?? '',
        byTag(byTag(block, 'ul')[0]!, 'li').map((item) => textOf(item)),
      ]),
  );
}

describe.each([
  ['/', 'qui-reste-exclu-accueil'],
  ['/estimations/', 'qui-reste-exclu'],
])('« Qui reste exclu aujourd’hui ? » sur %s', (path, id) => {
  const root = section(path, id);
  const byStatus = blocks(root);

  it('est daté par la veille', () => {
    const date = byTag(root, 'time')[0];
    expect(date?.attribs['datetime']).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(textOf(root)).toMatch(/État des connaissances (au|en) /);
  });

  it('range chaque groupe du fichier sous sa situation, avec son effectif ou « non chiffré » et ses sources', () => {
    for (const row of rows) {
      const status = field(row, 'statut_groupe') as GroupStatus;
      const items = byStatus.get(status) ?? [];
      const item = items.find((text) => text.includes(field(row, 'groupe')));
      expect(item, field(row, 'id')).toBeDefined();
      if (field(row, 'effectif') === '') expect(item).toContain('non chiffré');
      else expect(item?.replace(/\D/g, '')).toContain(field(row, 'effectif'));
      expect(item).toMatch(/Sources\u202f?:\s*\[1\]/);
    }
    const headings = elements(root)
      .filter((element) => element.attribs['data-statut-groupe'] !== undefined)
      .map((block) => textOf(byTag(block, 'h3')[0]!));
    expect(headings).toEqual([...byStatus.keys()].map((status) => GROUP_STATUS_LABELS[status as GroupStatus].heading));
  });

  it('nomme l’autre hausse ou la mesure propre de chaque groupe qui en a une', () => {
    for (const row of rows.filter((candidate) => field(candidate, 'statut_groupe') !== 'encore_exclu')) {
      const item = (byStatus.get(field(row, 'statut_groupe')) ?? []).find((text) =>
        text.includes(field(row, 'groupe')),
      );
      expect(item).toMatch(/(À la place|À côté) du Ségur/);
    }
  });
});
