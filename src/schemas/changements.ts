/** data/changements.csv — the data changelog: what changed in the datasets, and when. */
import { code, partialDate, slug, text } from './columns.ts';
import { defineDataset, type RowOf } from './dataset.ts';

export const CHANGED_DATASETS = [
  'sources',
  'evenements',
  'estimations',
  'chiffres',
  'mesures',
  'metiers',
  'contextes',
  'regles',
  'contrats',
  'grades',
  'employeurs',
  'collectivites',
  'tous',
] as const;
export const CHANGE_KINDS = ['ajout', 'correction', 'suppression', 'schema'] as const;

export const changementsDataset = defineDataset({
  slug: 'changements',
  title: 'Journal des modifications des données',
  description:
    'Ce qui a changé dans les jeux de données, avec la date : ajouts, corrections, suppressions et changements de colonnes.',
  columns: {
    /** Stable identifier. */
    id: slug({ description: 'Identifiant stable de la modification.', example: '2026-11-23-publication-initiale' }),
    /** Date of the change. */
    date: partialDate({ description: 'Date de la modification (AAAA-MM-JJ).', example: '2026-11-23' }),
    /** Dataset changed. */
    jeu_de_donnees: code(CHANGED_DATASETS, { description: 'Jeu de données modifié (ou « tous »).', example: 'tous' }),
    /** Kind of change. */
    nature: code(CHANGE_KINDS, { description: 'Nature : ajout, correction, suppression ou schema.', example: 'ajout' }),
    /** What changed. */
    description: text({
      description: 'Ce qui a changé et pourquoi.',
      example: 'Première publication des jeux de données.',
    }),
  },
  rules: [],
  references: [],
});

/** A typed row of changements.csv. */
export type ChangementRow = RowOf<typeof changementsDataset.columns>;
