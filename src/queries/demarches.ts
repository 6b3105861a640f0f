/** Data access for data/demarches.csv: pages read these rows only through this module. */
import { demarchesDataset, type DemarcheRow } from '../schemas/demarches.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly DemarcheRow[] = loadRows(rawCsv('demarches'), demarchesDataset);

/** Every row, in file order. */
export function allDemarches(): readonly DemarcheRow[] {
  return rows;
}
