/**
 * data/recherches.csv — the départements and regions searched without any
 * fact found: what lets a page say « cherché, rien trouvé » rather than
 * « rien de documenté », which could also mean « pas cherché ». These rows
 * cite no source: they say that none was found.
 */
import { code, partialDate, slug, text } from './columns.ts';
import { formatPartialDate } from '../lib/format.ts';
import { notInTheFuture } from './common.ts';
import { defineDataset, type RowOf } from './dataset.ts';
import { DEPARTEMENT_CODES, REGION_CODES } from '../lib/departements.ts';

/** Who was searched (column `niveau`). */
const SEARCHED_LEVELS = ['departement', 'region'] as const;

export const recherchesDataset = defineDataset({
  slug: 'recherches',
  title: 'Recherches sans résultat',
  description:
    'Les départements et les régions où une recherche systématique n’a trouvé aucun fait sur les exclus du Ségur : ni décision, ni mobilisation, ni fait d’un autre acteur. Ces lignes ne citent pas de source, puisqu’elles disent qu’aucune n’a été trouvée ; « rien trouvé » ne veut pas dire « rien de fait ».',
  columns: {
    /** Stable identifier. */
    id: slug({
      description: 'Identifiant stable : departement-<code> ou region-<code>.',
      example: 'departement-06',
    }),
    /** Who was searched. */
    collectivite: text({ description: 'La collectivité cherchée.', example: 'Département des Alpes-Maritimes' }),
    /** Level. */
    niveau: code(SEARCHED_LEVELS, { description: 'Niveau : departement ou region.', example: 'departement' }),
    /** Département. */
    code_insee: code(DEPARTEMENT_CODES, {
      required: false,
      description: 'Code INSEE du département, pour une ligne de niveau departement.',
      example: '06',
    }),
    /** Region. */
    code_region: code(REGION_CODES, {
      required: false,
      description: 'Code INSEE de la région, pour une ligne de niveau region.',
      example: '84',
    }),
    /** When. */
    date: partialDate({ description: 'Quand la recherche a été faite (AAAA-MM).', example: '2026-12' }),
    /** How. */
    recherche: text({
      description: 'Comment la collectivité a été cherchée, et ce qui a été trouvé puis écarté.',
      example:
        'Recherche systématique de décembre 2026 : au moins deux requêtes en français ; aucun fait trouvé sur le Ségur pour ce département.',
    }),
  },
  rules: [
    {
      column: 'code_insee',
      expected: 'un code de département pour une ligne de niveau departement, une cellule vide pour une région',
      test: (row) => (row.niveau === 'departement') === (row.code_insee !== null),
    },
    {
      column: 'code_region',
      expected: 'un code de région pour une ligne de niveau region, une cellule vide pour un département',
      test: (row) => (row.niveau === 'region') === (row.code_region !== null),
    },
    notInTheFuture('date'),
  ],
  references: [],
  rowLabel: (row) => `${row.collectivite}, ${formatPartialDate(row.date)}`,
});

/** A typed row of recherches.csv. */
export type RechercheRow = RowOf<typeof recherchesDataset.columns>;
