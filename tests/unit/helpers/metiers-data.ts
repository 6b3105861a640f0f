/** The real data/metiers.csv, mesures.csv and sources.csv as typed rows, read from disk (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRows } from '../../../src/schemas/dataset.ts';
import { mesuresDataset } from '../../../src/schemas/mesures.ts';
import { metiersDataset } from '../../../src/schemas/metiers.ts';
import { sourcesDataset } from '../../../src/schemas/sources.ts';
import { buildSearchIndex } from '../../../src/queries/metiers-index.ts';
import type { SearchIndex } from '../../../src/lib/metiers/types.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (slug: string) => readFileSync(join(root, 'data', `${slug}.csv`), 'utf8');

export const metierRows = loadRows(read('metiers'), metiersDataset);
export const mesureRows = loadRows(read('mesures'), mesuresDataset);
export const sourceRows = loadRows(read('sources'), sourcesDataset);

/** The index exactly as the build makes it. */
export function realIndex(): SearchIndex {
  return buildSearchIndex(metierRows, mesureRows, sourceRows);
}
