/** Data access for data/contrats.csv: pages read these rows only through this module. */
import { contratsDataset, type ContratRow } from '../schemas/contrats.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly ContratRow[] = loadRows(rawCsv('contrats'), contratsDataset);
const byId: ReadonlyMap<string, ContratRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allContrats(): readonly ContratRow[] {
  return rows;
}

/** One row by its id. */
export function contratById(id: string): ContratRow | undefined {
  return byId.get(id);
}
