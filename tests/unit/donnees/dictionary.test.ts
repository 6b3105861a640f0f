/** The data dictionary and the preview cells come from the column definitions. */
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/schemas/index.ts';
import { dataDictionary } from '../../../src/schemas/dictionary.ts';
import { previewCell } from '../../../src/views/donnees/preview.ts';
import { code, decimal, integer, partialDate, references, text, yesNo } from '../../../src/schemas/columns.ts';
import { datasetRows } from '../../../src/queries/catalogue.ts';
import { previewPages } from '../../../src/queries/preview-pages.ts';
import { datasetBySlug } from './fixtures.ts';

describe('dataDictionary', () => {
  it.each(DATASETS.map((dataset) => [dataset.slug, dataset] as const))(
    '%s : une entrée par colonne, avec type, description et exemple',
    (_slug, dataset) => {
      const entries = dataDictionary(dataset);
      expect(entries.map((entry) => entry.name)).toEqual(Object.keys(dataset.columns));
      for (const entry of entries) {
        const column = dataset.columns[entry.name];
        expect(entry.description).toBe(column?.description);
        expect(entry.type.length).toBeGreaterThan(0);
        expect(entry.values).toEqual(column?.values ?? null);
        // Every column documents at least an example or its rule.
        expect(entry.example !== null || entry.rule !== null || entry.values !== null, entry.name).toBe(true);
        // The example, when given, is a valid cell of its column.
        if (entry.example !== null)
          expect(column?.schema.safeParse(entry.example).success, `${entry.name} : ${entry.example}`).toBe(true);
      }
    },
  );

  it('nomme le fichier cible d’une liste d’identifiants et les codes d’une liste fermée', () => {
    const regles = dataDictionary(datasetBySlug('regles'));
    expect(regles.find((entry) => entry.name === 'mesure_ids')).toMatchObject({
      type: 'liste d’identifiants (mesures.csv)',
      rule: 'identifiants de mesures.csv, séparés par « ; »',
      required: false,
    });
    expect(regles.find((entry) => entry.name === 'verdict')).toMatchObject({
      type: 'code',
      values: ['oui', 'non', 'selon_cas'],
      required: true,
    });
    expect(dataDictionary(datasetBySlug('contextes')).find((entry) => entry.name === 'secteurs')).toMatchObject({
      type: 'liste de codes',
      rule: 'une ou plusieurs valeurs, séparées par « ; »',
    });
  });
});

describe('previewCell', () => {
  it('écrit nombres et dates à la française et trie sur la valeur du fichier', () => {
    expect(previewCell(decimal({ description: '' }), 120800)).toEqual({
      text: '120\u202f800',
      sortValue: '120800',
      numeric: true,
      items: null,
    });
    // A value of the index point keeps all its decimals: 4,686025 €, not 4,69 €.
    expect(previewCell(decimal({ description: '' }), 4.686025).text).toBe('4,686025');
    expect(previewCell(integer({ required: false, description: '' }), null)).toMatchObject({
      text: '',
      sortValue: '',
      numeric: true,
    });
    expect(previewCell(partialDate({ description: '' }), '2021-07')).toMatchObject({
      text: 'juillet 2021',
      sortValue: '2021-07-00',
    });
  });

  it('garde les listes, les booléens et les codes lisibles', () => {
    expect(previewCell(references({ dataset: 'sources', description: '' }), ['a', 'b'])).toMatchObject({
      text: 'a\u202f; b',
      sortValue: 'a;b',
      items: ['a', 'b'],
    });
    expect(previewCell(yesNo({ description: '' }), true).text).toBe('oui');
    expect(previewCell(code(['x'], { description: '' }), 'x').text).toBe('x');
    expect(previewCell(text({ description: '' }), 'Texte').text).toBe('Texte');
  });

  it('montre chaque ligne de chaque jeu réel une fois, dans l’ordre du fichier, sur ses pages de lignes', () => {
    for (const dataset of DATASETS) {
      const shown = previewPages(dataset.slug).flat();
      expect(shown, dataset.slug).toEqual(datasetRows(dataset.slug));
    }
  });
});
