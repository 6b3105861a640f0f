/** Data access for data/evenements.csv: pages read these rows only through this module. */
import { evenementsDataset, type EvenementRow } from '../schemas/evenements.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';
import { comparePartialDates } from '../lib/dates.ts';

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

/**
 * The `count` most recent events, latest first. A date known only to the
 * month sorts at the start of its month (see sortKey); equal dates keep file order.
 */
export function latestEvenements(count: number, list: readonly EvenementRow[] = rows): EvenementRow[] {
  return list
    .map((row, index) => ({ row, index }))
    .sort((a, b) => comparePartialDates(b.row.date, a.row.date) || a.index - b.index)
    .slice(0, count)
    .map(({ row }) => row);
}
