/** The data changelog (data/changements.csv): what changed, for one dataset or for all. */
import type { ChangementRow } from '../schemas/index.ts';
import { comparePartialDates } from '../lib/dates.ts';
import { rowsOf } from './data.ts';

/** The date of the latest change to the data (shown in the footer, the version of the data). */
export function latestDataChange(): string {
  const rows = rowsOf('changements');
  return rows.reduce((latest, row) => (row.date > latest ? row.date : latest), rows[0]?.date ?? '');
}

/**
 * Changes that concern a dataset: its own and those made to « tous », newest
 * first. The changelog itself changes with every change, so it gets them all.
 */
export function changesOf(slug: string): ChangementRow[] {
  // Every page of a dataset's rows asks for its last change: sort once per build (the data do not change in one).
  let changes = changesBySlug.get(slug);
  if (!changes) {
    changes = rowsOf('changements')
      .filter((change) => slug === 'changements' || change.jeu_de_donnees === slug || change.jeu_de_donnees === 'tous')
      .sort((a, b) => comparePartialDates(b.date, a.date));
    changesBySlug.set(slug, changes);
  }
  return [...changes];
}

const changesBySlug = new Map<string, readonly ChangementRow[]>();

/** Date of the latest change to a dataset (or to all of them). */
export function lastChangeOf(slug: string): string {
  return changesOf(slug)[0]?.date ?? latestDataChange();
}
