/** Data access for data/chiffres.csv: pages read these rows only through this module. */
import { chiffresDataset, type ChiffreRow } from '../schemas/chiffres.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly ChiffreRow[] = loadRows(rawCsv('chiffres'), chiffresDataset);
const byId: ReadonlyMap<string, ChiffreRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allChiffres(): readonly ChiffreRow[] {
  return rows;
}

/** One row by its id. */
export function chiffreById(id: string): ChiffreRow | undefined {
  return byId.get(id);
}
