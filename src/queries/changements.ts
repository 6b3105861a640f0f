/** Data access for data/changements.csv: pages read these rows only through this module. */
import { changementsDataset, type ChangementRow } from '../schemas/changements.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly ChangementRow[] = loadRows(rawCsv('changements'), changementsDataset);
const byId: ReadonlyMap<string, ChangementRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allChangements(): readonly ChangementRow[] {
  return rows;
}

/** One row by its id. */
export function changementById(id: string): ChangementRow | undefined {
  return byId.get(id);
}

/** The date of the latest change to the data (shown in the footer). */
export function latestDataChange(): string {
  return rows.reduce((latest, row) => (row.date > latest ? row.date : latest), rows[0]?.date ?? '');
}
