/** Data access for data/employeurs.csv: pages read these rows only through this module. */
import { employeursDataset, type EmployeurRow } from '../schemas/employeurs.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly EmployeurRow[] = loadRows(rawCsv('employeurs'), employeursDataset);
const byId: ReadonlyMap<string, EmployeurRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allEmployeurs(): readonly EmployeurRow[] {
  return rows;
}

/** One row by its id. */
export function employeurById(id: string): EmployeurRow | undefined {
  return byId.get(id);
}
