/** Data access for data/regles.csv: pages read these rows only through this module. */
import { reglesDataset, type RegleRow } from '../schemas/regles.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly RegleRow[] = loadRows(rawCsv('regles'), reglesDataset);
const byId: ReadonlyMap<string, RegleRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allRegles(): readonly RegleRow[] {
  return rows;
}

/** One row by its id. */
export function regleById(id: string): RegleRow | undefined {
  return byId.get(id);
}
