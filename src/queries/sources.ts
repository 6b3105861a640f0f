/** Data access for data/sources.csv: pages read these rows only through this module. */
import { sourcesDataset, type SourceRow } from '../schemas/sources.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';

const rows: readonly SourceRow[] = loadRows(rawCsv('sources'), sourcesDataset);
const byId: ReadonlyMap<string, SourceRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allSources(): readonly SourceRow[] {
  return rows;
}

/** One row by its id. */
export function sourceById(id: string): SourceRow | undefined {
  return byId.get(id);
}

/** Sources in the order of the given ids, skipping unknown ids (validation already rejects them). */
export function sourcesByIds(ids: readonly string[]): SourceRow[] {
  return ids.flatMap((id) => {
    const source = byId.get(id);
    return source ? [source] : [];
  });
}
