/** schema.org Dataset markup: the fields dataset search engines read, and a data block no cell can break out of. */
import { describe, expect, it } from 'vitest';
import { dataCatalogJsonLd, datasetJsonLd, jsonForScriptBlock } from '../../../src/lib/json-ld.ts';

const INPUT = {
  name: 'Chronologie (evenements.csv)',
  description: 'Les événements depuis 2020, datés à leur précision connue, chacun avec ses sources.',
  url: 'https://exemple.fr/donnees/evenements/',
  license: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  dateModified: '2026-11-23',
  creator: { name: 'Oubliés du Ségur — l’observatoire', url: 'https://exemple.fr/' },
  keywords: ['Ségur de la santé'],
  catalog: { name: 'Données', url: 'https://exemple.fr/donnees/' },
  distribution: [{ name: 'CSV', encodingFormat: 'text/csv', contentUrl: 'https://exemple.fr/donnees/evenements.csv' }],
  variables: [{ name: 'id', description: 'Identifiant stable.' }],
};

describe('datasetJsonLd', () => {
  it('porte nom, description, licence, gratuité, langue, date, créateur, distributions et variables', () => {
    expect(datasetJsonLd(INPUT)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: INPUT.name,
      description: INPUT.description,
      license: INPUT.license,
      isAccessibleForFree: true,
      inLanguage: 'fr',
      dateModified: '2026-11-23',
      creator: { '@type': 'Organization', name: 'Oubliés du Ségur — l’observatoire' },
      distribution: [
        {
          '@type': 'DataDownload',
          encodingFormat: 'text/csv',
          contentUrl: 'https://exemple.fr/donnees/evenements.csv',
        },
      ],
      variableMeasured: [{ '@type': 'PropertyValue', name: 'id', description: 'Identifiant stable.' }],
    });
  });

  it('le catalogue énumère ses jeux de données', () => {
    expect(
      dataCatalogJsonLd({ ...INPUT, datasets: [{ name: 'Sources', url: 'https://exemple.fr/donnees/sources/' }] })
        .dataset,
    ).toEqual([{ '@type': 'Dataset', name: 'Sources', url: 'https://exemple.fr/donnees/sources/' }]);
  });
});

describe('jsonForScriptBlock', () => {
  it('échappe « < » pour qu’aucune cellule ne ferme le bloc ni n’ouvre un commentaire, sans changer la valeur', () => {
    const value = { description: 'a </script><script>alert(1)</script> <!-- b \u2028 c' };
    const text = jsonForScriptBlock(value);
    expect(text).not.toMatch(/<|\u2028/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
