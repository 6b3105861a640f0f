/** Data access for data/metiers.csv: pages read these rows only through this module. */
import { metiersDataset, type MetierRow } from '../schemas/metiers.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly MetierRow[] = loadRows(rawCsv('metiers'), metiersDataset);
const byId: ReadonlyMap<string, MetierRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allMetiers(): readonly MetierRow[] {
  return rows;
}

/** One row by its id. */
export function metierById(id: string): MetierRow | undefined {
  return byId.get(id);
}
