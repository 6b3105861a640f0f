/**
 * data/changements.csv — the data changelog: what changed in the datasets, and
 * when. Its `jeu_de_donnees` column names a dataset of the registry
 * (src/schemas/index.ts), which therefore builds this definition: a new dataset
 * is known here without another edit.
 */
import { code, partialDate, slug, text } from './columns.ts';
import { formatPartialDate } from '../lib/format.ts';
import { defineDataset } from './dataset.ts';
import { CHANGE_KINDS } from '../lib/codes/changements.ts';

/** The changelog's definition, for the given dataset slugs (« tous » is added: a change to every dataset). */
export function defineChangements<const S extends readonly [string, ...string[]]>(changed: S) {
  const values = [...changed, 'tous'] as const;
  return defineDataset({
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
      jeu_de_donnees: code(values, { description: 'Jeu de données modifié (ou « tous »).', example: 'tous' }),
      /** Kind of change. */
      nature: code(CHANGE_KINDS, {
        description: 'Nature : ajout, correction, suppression ou schema.',
        example: 'ajout',
      }),
      /** What changed. */
      description: text({
        description: 'Ce qui a changé et pourquoi.',
        example: 'Première publication des jeux de données.',
      }),
    },
    rules: [],
    references: [],
    rowLabel: (row) => `${formatPartialDate(row.date)} — ${row.description}`,
  });
}
