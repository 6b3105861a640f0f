/** Data access for data/estimations.csv: pages read these rows only through this module. */
import { estimationsDataset, type EstimationRow } from '../schemas/estimations.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly EstimationRow[] = loadRows(rawCsv('estimations'), estimationsDataset);
const byId: ReadonlyMap<string, EstimationRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allEstimations(): readonly EstimationRow[] {
  return rows;
}

/** One row by its id. */
export function estimationById(id: string): EstimationRow | undefined {
  return byId.get(id);
}
