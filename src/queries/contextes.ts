/** Data access for data/contextes.csv: pages read these rows only through this module. */
import { contextesDataset, type ContexteRow } from '../schemas/contextes.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly ContexteRow[] = loadRows(rawCsv('contextes'), contextesDataset);
const byId: ReadonlyMap<string, ContexteRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allContextes(): readonly ContexteRow[] {
  return rows;
}

/** One row by its id. */
export function contexteById(id: string): ContexteRow | undefined {
  return byId.get(id);
}
