/** Data access for data/mesures.csv: pages read these rows only through this module. */
import { mesuresDataset, type MesureRow } from '../schemas/mesures.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly MesureRow[] = loadRows(rawCsv('mesures'), mesuresDataset);
const byId: ReadonlyMap<string, MesureRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allMesures(): readonly MesureRow[] {
  return rows;
}

/** One row by its id. */
export function mesureById(id: string): MesureRow | undefined {
  return byId.get(id);
}

/** Measures in the order of the given ids, without repeats, skipping unknown ids (validation already rejects them). */
export function mesuresByIds(ids: readonly string[]): MesureRow[] {
  return [...new Set(ids)].flatMap((id) => {
    const mesure = byId.get(id);
    return mesure ? [mesure] : [];
  });
}
