/**
 * The registry of datasets: the one place that lists them. A new dataset is
 * its schema file (src/schemas/<slug>.ts, read from data/<slug>.csv) plus one
 * line in CURATED below; validation, the build's loader, the catalogue, the
 * downloads, the Data Package, the changelog's codes and the backlinks of
 * /sources/ all follow from here.
 */
import { sourcesDataset } from './sources.ts';
import { evenementsDataset } from './evenements.ts';
import { estimationsDataset } from './estimations.ts';
import { exclusAujourdhuiDataset } from './exclus-aujourdhui.ts';
import { chiffresDataset } from './chiffres.ts';
import { mesuresDataset } from './mesures.ts';
import { metiersDataset } from './metiers.ts';
import { contextesDataset } from './contextes.ts';
import { reglesDataset } from './regles.ts';
import { contratsDataset } from './contrats.ts';
import { gradesDataset } from './grades.ts';
import { employeursDataset } from './employeurs.ts';
import { collectivitesDataset } from './collectivites.ts';
import { recherchesDataset } from './recherches.ts';
import { montantsDataset } from './montants.ts';
import { delaisDataset } from './delais.ts';
import { demarchesDataset } from './demarches.ts';
import { defineChangements } from './changements.ts';
import type { Dataset, RowOf } from './dataset.ts';

/** The curated datasets (each row sourced), in catalogue order. */
const CURATED = {
  sources: sourcesDataset,
  evenements: evenementsDataset,
  estimations: estimationsDataset,
  'exclus-aujourdhui': exclusAujourdhuiDataset,
  chiffres: chiffresDataset,
  mesures: mesuresDataset,
  metiers: metiersDataset,
  contextes: contextesDataset,
  regles: reglesDataset,
  contrats: contratsDataset,
  grades: gradesDataset,
  employeurs: employeursDataset,
  collectivites: collectivitesDataset,
  recherches: recherchesDataset,
  montants: montantsDataset,
  delais: delaisDataset,
  demarches: demarchesDataset,
};

/** The slugs a change can name (besides « tous »). */
const CURATED_SLUGS = Object.keys(CURATED) as [keyof typeof CURATED, ...(keyof typeof CURATED)[]];

/** The data changelog, whose `jeu_de_donnees` names a curated dataset. */
export const changementsDataset = defineChangements(CURATED_SLUGS);

/** Every dataset by slug: the curated ones, then the changelog. */
export const DATASET_BY_SLUG = { ...CURATED, changements: changementsDataset };

export type DatasetSlug = keyof typeof DATASET_BY_SLUG;

/** The typed row of a dataset, by slug: `DatasetRow<'sources'>`. */
export type DatasetRow<S extends DatasetSlug> = RowOf<(typeof DATASET_BY_SLUG)[S]['columns']>;

/** A typed row of changements.csv. */
export type ChangementRow = DatasetRow<'changements'>;

/** Every dataset, in catalogue order (the curated datasets, then the changelog). */
export const DATASETS: readonly Dataset[] = Object.values(DATASET_BY_SLUG) as unknown as readonly Dataset[];

/** Whether a string names a registered dataset. */
export function isDatasetSlug(value: string): value is DatasetSlug {
  return Object.hasOwn(DATASET_BY_SLUG, value);
}
