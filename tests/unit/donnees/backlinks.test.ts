/** The backlinks of /sources/: every (row, source) pair of the data, and nothing else. */
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/schemas/index.ts';
import { CITING_DATASETS, citationsBySource, citationsOf, rowHref } from '../../../src/queries/citations.ts';
import { bibliography } from '../../../src/queries/bibliography.ts';
import { rowsOf } from '../../../src/queries/data.ts';
import { datasetRows } from '../../../src/queries/catalogue.ts';
import { SOURCE_TYPES } from '../../../src/lib/codes/sources.ts';

describe('les rétroliens des sources', () => {
  it('couvrent tous les jeux de données qui ont une colonne source_ids', () => {
    expect([...CITING_DATASETS].sort()).toEqual(
      DATASETS.filter((dataset) => 'source_ids' in dataset.columns)
        .map((dataset) => dataset.slug)
        .sort(),
    );
  });

  it('relient chaque source à exactement les lignes qui la citent', () => {
    const expected = new Set<string>();
    for (const slug of CITING_DATASETS) {
      for (const row of datasetRows(slug)) {
        for (const sourceId of row['source_ids'] as string[]) expected.add(`${sourceId} ${slug} ${String(row['id'])}`);
      }
    }
    const actual = new Set<string>();
    for (const [sourceId, citations] of citationsBySource()) {
      for (const citation of citations) actual.add(`${sourceId} ${citation.dataset} ${citation.rowId}`);
    }
    expect(actual).toEqual(expected);
    expect(expected.size).toBeGreaterThan(100);
  });

  it('pointent vers l’événement dans la chronologie, ou vers la ligne de l’aperçu du jeu de données, avec un libellé', () => {
    const citations = citationsOf('an-qe-1917-liso-2022');
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      expect(citation.href).toBe(rowHref(citation.dataset, citation.rowId));
      expect(citation.href.endsWith(`#${citation.rowId}`)).toBe(true);
      expect(citation.label.trim().length).toBeGreaterThan(3);
    }
    const event = rowsOf('evenements').at(-1)!;
    expect(rowHref('evenements', event.id)).toBe(`/chronologie/#${event.id}`);
    expect(() => rowHref('evenements', 'evenement-inexistant')).toThrow(/evenement-inexistant/);
    expect(() => rowHref('chiffres', 'ligne-inexistante')).toThrow(/ligne-inexistante/);
  });

  it('la bibliographie contient chaque source une fois, groupée par type, par titre dans un groupe', () => {
    const groups = bibliography();
    const ids = groups.flatMap((group) => group.entries.map((entry) => entry.source.id));
    expect(ids.sort()).toEqual(
      rowsOf('sources')
        .map((source) => source.id)
        .sort(),
    );
    expect(groups.map((group) => group.type)).toEqual(
      SOURCE_TYPES.filter((type) => groups.some((group) => group.type === type)),
    );
    for (const group of groups) {
      const titles = group.entries.map((entry) => entry.source.titre);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
      expect(group.entries.every((entry) => entry.source.type === group.type)).toBe(true);
    }
  });
});
