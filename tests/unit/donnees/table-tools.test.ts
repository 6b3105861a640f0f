/** Sorting and filtering rules of the preview table and the sources filter. */
import { describe, expect, it } from 'vitest';
import { compareSortValues, matchesQuery, searchableText, sortedIndexes } from '../../../src/lib/table-tools.ts';

describe('sortedIndexes', () => {
  it('trie les nombres comme des nombres, dans les deux sens, vides à la fin', () => {
    const values = ['120800', '', '9', '7.5'];
    expect(sortedIndexes(values, true, 'ascending')).toEqual([3, 2, 0, 1]);
    expect(sortedIndexes(values, true, 'descending')).toEqual([0, 2, 3, 1]);
  });

  it('trie les textes dans l’ordre alphabétique français et garde l’ordre des égaux', () => {
    expect(sortedIndexes(['Été', 'eta', 'Zèbre', 'abeille', 'été'], false, 'ascending')).toEqual([3, 1, 0, 4, 2]);
  });

  it('trie les dates partielles sur leur clé de tri', () => {
    expect(sortedIndexes(['2021-07-13', '2021-07-00', '2020-00-00'], false, 'ascending')).toEqual([2, 1, 0]);
  });

  it('compare des chiffres dans du texte par leur valeur', () => {
    expect(compareSortValues('seed-10', 'seed-9', false)).toBeGreaterThan(0);
  });
});

describe('matchesQuery', () => {
  const row = searchableText('Éducateur spécialisé — protection de l’enfance, 2022-02-18');
  it('trouve tous les mots, sans tenir compte des accents ni de la casse', () => {
    expect(matchesQuery(row, 'educateur ENFANCE')).toBe(true);
    expect(matchesQuery(row, 'éduc spé')).toBe(true);
    expect(matchesQuery(row, '2022')).toBe(true);
  });
  it('écarte une ligne à laquelle manque un mot', () => {
    expect(matchesQuery(row, 'educateur hopital')).toBe(false);
  });
  it('garde tout pour une requête vide', () => {
    expect(matchesQuery(row, '  ')).toBe(true);
  });
});
