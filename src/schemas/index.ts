/** Every dataset definition, in catalogue order. */
import { sourcesDataset } from './sources.ts';
import { evenementsDataset } from './evenements.ts';
import { estimationsDataset } from './estimations.ts';
import { chiffresDataset } from './chiffres.ts';
import { mesuresDataset } from './mesures.ts';
import { metiersDataset } from './metiers.ts';
import { contextesDataset } from './contextes.ts';
import { reglesDataset } from './regles.ts';
import { contratsDataset } from './contrats.ts';
import { gradesDataset } from './grades.ts';
import { employeursDataset } from './employeurs.ts';
import { collectivitesDataset } from './collectivites.ts';
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
  contextesDataset,
  reglesDataset,
  contratsDataset,
  gradesDataset,
  employeursDataset,
  collectivitesDataset,
  changementsDataset,
] as unknown as readonly Dataset[];
