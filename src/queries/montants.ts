/** Data access for data/montants.csv: pages read these rows only through this module. */
import { montantsDataset, type MontantRow } from '../schemas/montants.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly MontantRow[] = loadRows(rawCsv('montants'), montantsDataset);

/** Every row, in file order. */
export function allMontants(): readonly MontantRow[] {
  return rows;
}
