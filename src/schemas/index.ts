/** Every dataset definition, in catalogue order. */
import { sourcesDataset } from './sources.ts';
import { evenementsDataset } from './evenements.ts';
import { estimationsDataset } from './estimations.ts';
import { chiffresDataset } from './chiffres.ts';
import { mesuresDataset } from './mesures.ts';
import { metiersDataset } from './metiers.ts';
import { collectivitesDataset } from './collectivites.ts';
import { montantsDataset } from './montants.ts';
import { delaisDataset } from './delais.ts';
import { demarchesDataset } from './demarches.ts';
import { changementsDataset } from './changements.ts';
import type { Dataset } from './dataset.ts';

/** The curated datasets (each row sourced), then the changelog. */
export const DATASETS: readonly Dataset[] = [
  sourcesDataset,
  evenementsDataset,
  estimationsDataset,
  chiffresDataset,
  mesuresDataset,
  metiersDataset,
  collectivitesDataset,
  montantsDataset,
  delaisDataset,
  demarchesDataset,
  changementsDataset,
] as unknown as readonly Dataset[];
