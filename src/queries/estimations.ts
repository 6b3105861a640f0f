/** Data access for data/estimations.csv: pages read these rows only through this module. */
import { estimationsDataset, type EstimationRow } from '../schemas/estimations.ts';
import { loadRows } from '../schemas/dataset.ts';
import { rawCsv } from './raw.ts';
import { comparePartialDates } from '../lib/dates.ts';

const rows: readonly EstimationRow[] = loadRows(rawCsv('estimations'), estimationsDataset);
const byId: ReadonlyMap<string, EstimationRow> = new Map(rows.map((row) => [row.id, row]));

/** Every row, in file order. */
export function allEstimations(): readonly EstimationRow[] {
  return rows;
}

/** One row by its id. */
export function estimationById(id: string): EstimationRow | undefined {
  return byId.get(id);
}

/** Latest first; at equal dates, the larger value first (a total before its parts). */
function byDateThenValueDescending(a: EstimationRow, b: EstimationRow): number {
  return comparePartialDates(b.date, a.date) || (b.valeur ?? b.valeur_max ?? 0) - (a.valeur ?? a.valeur_max ?? 0);
}

/**
 * The most recent official count of excluded workers over the whole field
 * (`perimetre_code` ensemble), never a figure the observatory derived itself.
 */
export function latestOfficialExcludedTotal(list: readonly EstimationRow[] = rows): EstimationRow | undefined {
  return list
    .filter((row) => row.officiel && !row.derive && row.nature === 'exclus' && row.perimetre_code === 'ensemble')
    .sort(byDateThenValueDescending)[0];
}

/**
 * The figures published together with `official` (same author, same date):
 * the report's total and its breakdown.
 */
export function publishedWith(official: EstimationRow, list: readonly EstimationRow[] = rows): EstimationRow[] {
  return list.filter((row) => row.estimateur === official.estimateur && row.date === official.date);
}

/**
 * Estimates that contest `official` or a figure published with it (its
 * breakdown), largest first: « 215 000 » against the report's 92 400.
 */
export function contestationsOf(official: EstimationRow, list: readonly EstimationRow[] = rows): EstimationRow[] {
  const contested = new Set(publishedWith(official, list).map((row) => row.id));
  return list
    .filter((row) => row.nature === official.nature && row.conteste_ids.some((id) => contested.has(id)))
    .sort((a, b) => (b.valeur ?? b.valeur_max ?? 0) - (a.valeur ?? a.valeur_max ?? 0));
}

/**
 * The most recent official count of workers who did get the raise, over the
 * whole field; at equal dates the largest, i.e. the total rather than its parts.
 */
export function latestOfficialCoveredTotal(list: readonly EstimationRow[] = rows): EstimationRow | undefined {
  return list
    .filter((row) => row.officiel && !row.derive && row.nature === 'couverts' && row.perimetre_code === 'ensemble')
    .sort(byDateThenValueDescending)[0];
}

/** The rows that `row` contests (its `conteste_ids`), in the order it lists them. */
export function contestedBy(row: EstimationRow): EstimationRow[] {
  return row.conteste_ids.flatMap((id) => {
    const other = byId.get(id);
    return other ? [other] : [];
  });
}
