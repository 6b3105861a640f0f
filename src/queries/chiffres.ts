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

/** Rows by id, in the given order; throws on an unknown id so that a renamed row breaks the build, not the page. */
export function chiffresByIds(ids: readonly string[], source: readonly ChiffreRow[] = rows): ChiffreRow[] {
  return ids.map((id) => {
    const row = source.find((candidate) => candidate.id === id);
    if (!row) throw new Error(`chiffres.csv : pas de ligne « ${id} »`);
    return row;
  });
}

/**
 * The two bases of the private non-profit count (`contexte` rows): the
 * 280 000 employees the DGCS retains and the ≈600 000 the branch counts on the
 * same fields. They explain part of the gap between the report and Axess.
 */
export const COMPARISON_BASE_IDS = ['dgcs-2024-base-salaries', 'branche-2024-salaries-handicap-social'] as const;

/** The DGCS base then the branch base, for the text that explains why the estimates differ. */
export function comparisonBases(source: readonly ChiffreRow[] = rows): ChiffreRow[] {
  return chiffresByIds(COMPARISON_BASE_IDS, source);
}
