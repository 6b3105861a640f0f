/** Data access for data/evenements.csv: pages read these rows only through this module. */
import { evenementsDataset, type EvenementRow } from '../schemas/evenements.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly EvenementRow[] = loadRows(rawCsv('evenements'), evenementsDataset);
const byId: ReadonlyMap<string, EvenementRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allEvenements(): readonly EvenementRow[] {
  return rows;
}

/** One row by its id. */
export function evenementById(id: string): EvenementRow | undefined {
  return byId.get(id);
}
