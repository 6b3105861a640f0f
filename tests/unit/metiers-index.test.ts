import { describe, expect, it } from 'vitest';
import { metiersDataset } from '../../src/schemas/metiers.ts';
import { SECTORS } from '../../src/lib/codes/common.ts';
import { ATTACHMENTS, PLACES, VERDICTS } from '../../src/lib/codes/metiers.ts';
import { labelAlternatives, placesOf } from '../../src/queries/metiers-index.ts';
import { metierRows, realIndex } from './helpers/metiers-data.ts';

describe('l’index de recherche des métiers', () => {
  const index = realIndex();

  it('emploie les listes de codes mêmes du schéma de metiers.csv, pas des copies', () => {
    const { columns } = metiersDataset;
    expect(columns.secteur.values).toBe(SECTORS);
    expect(columns.etablissement.values).toBe(PLACES);
    expect(columns.rattachement.values).toBe(ATTACHMENTS);
    expect(columns.verdict.values).toBe(VERDICTS);
  });

  it('a une entrée par ligne et par métier, et chaque ligne a ses intitulés', () => {
    expect(index.rows).toHaveLength(metierRows.length);
    expect(index.metiers).toHaveLength(new Set(metierRows.map((row) => row.metier)).size);
    for (const row of index.rows) {
      expect(row.terms.length, row.id).toBeGreaterThan(0);
      for (const term of row.terms) expect(index.terms[term]?.metiers, row.id).toContain(row.metier);
    }
  });

  it('contient chaque mesure et chaque source que les lignes citent', () => {
    for (const row of index.rows) {
      for (const id of row.measures) expect(index.measures[id], id).toBeDefined();
      for (const id of row.sources) expect(index.sources[id], id).toBeDefined();
    }
    for (const measure of Object.values(index.measures))
      for (const id of measure.sources) expect(index.sources[id], id).toBeDefined();
  });

  it('ne publie que les champs utiles à la recherche et à la réponse', () => {
    expect(Object.keys(index.rows[0]!).sort()).toEqual(
      [
        'amount',
        'attachment',
        'detail',
        'id',
        'measures',
        'metier',
        'note',
        'place',
        'places',
        'sectors',
        'since',
        'sources',
        'status',
        'terms',
        'verdict',
        'why',
      ].sort(),
    );
    expect(JSON.stringify(index)).not.toContain('"filiere"');
  });

  it('garde les sigles des données pour que le normaliseur ne les touche pas', () => {
    expect(index.acronyms).toContain('deaes');
    expect(index.acronyms).toContain('ashq');
  });

  it('applique une ligne « ESMS public hors EHPAD, rattaché » à chaque type d’ESMS public', () => {
    expect(placesOf({ etablissement: 'autre', rattachement: 'rattache' })).toEqual([
      'esms_handicap',
      'protection_enfance',
      'hebergement_insertion',
    ]);
    expect(placesOf({ etablissement: 'autre', rattachement: null })).toEqual(['autre']);
    expect(placesOf({ etablissement: 'ehpad', rattachement: null })).toEqual(['ehpad']);
  });

  it('découpe les intitulés de métier en leurs variantes', () => {
    expect(labelAlternatives('Veilleur ou surveillant de nuit')).toEqual(['Veilleur', 'surveillant de nuit']);
    expect(labelAlternatives('Accompagnant éducatif et social (AES, AMP, AVS)')).toEqual([
      'Accompagnant éducatif et social',
      'AES',
      'AMP',
      'AVS',
    ]);
    expect(labelAlternatives('Agent d’accueil ou écoutant (115, SIAO)')).toEqual([
      'Agent d’accueil',
      'écoutant',
      'SIAO',
    ]);
    expect(labelAlternatives('Secrétaire, agent administratif ou comptable')).toEqual([
      'Secrétaire',
      'agent administratif',
      'comptable',
    ]);
  });
});
