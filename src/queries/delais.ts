/** Data access for data/delais.csv: pages read these rows only through this module. */
import { delaisDataset, type DelaiRow } from '../schemas/delais.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly DelaiRow[] = loadRows(rawCsv('delais'), delaisDataset);

/** Every row, in file order. */
export function allDelais(): readonly DelaiRow[] {
  return rows;
}
