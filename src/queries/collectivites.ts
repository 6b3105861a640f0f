/** Data access for data/collectivites.csv: pages read these rows only through this module. */
import { collectivitesDataset, type CollectiviteRow } from '../schemas/collectivites.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly CollectiviteRow[] = loadRows(rawCsv('collectivites'), collectivitesDataset);
const byId: ReadonlyMap<string, CollectiviteRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allCollectivites(): readonly CollectiviteRow[] {
  return rows;
}

/** One row by its id. */
export function collectiviteById(id: string): CollectiviteRow | undefined {
  return byId.get(id);
}
