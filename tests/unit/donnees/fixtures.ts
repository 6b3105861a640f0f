/**
 * Inputs shared by the open-data tests: every dataset with its valid fixture
 * (tests/fixtures/valid, cells with accents, quoted commas, quotes and line
 * breaks) and with its real file (data/).
 */
import { readFileSync } from 'node:fs';
import { DATASETS } from '../../../src/schemas/index.ts';
import type { Dataset } from '../../../src/schemas/dataset.ts';

export interface Case {
  label: string;
  dataset: Dataset;
  text: string;
}

/** One case per dataset and per folder: `valid/sources.csv`, `data/sources.csv` … */
export const CASES: Case[] = DATASETS.flatMap((dataset) => [
  {
    label: `tests/fixtures/valid/${dataset.slug}.csv`,
    dataset,
    text: readFileSync(`tests/fixtures/valid/${dataset.slug}.csv`, 'utf8'),
  },
  { label: `data/${dataset.slug}.csv`, dataset, text: readFileSync(`data/${dataset.slug}.csv`, 'utf8') },
]);

export function datasetBySlug(slug: string): Dataset {
  const dataset = DATASETS.find((entry) => entry.slug === slug);
  if (!dataset) throw new Error(slug);
  return dataset;
}
