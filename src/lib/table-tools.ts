/**
 * Sorting and filtering rules shared by the browser's table and list filters
 * (src/client/) and their unit tests: pure, no DOM.
 */
import { foldFrench, foldedWords } from './fold.ts';

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Compares two sort values: numerically when `numeric`, else in French alphabetical order. */
export function compareSortValues(a: string, b: string, numeric: boolean): number {
  if (numeric) {
    const difference = Number(a) - Number(b);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return collator.compare(a, b);
}

/**
 * The order of rows sorted on one column: stable (ties keep their order) and
 * empty cells always last, whatever the direction.
 */
export function sortedIndexes(values: readonly string[], numeric: boolean, direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return values
    .map((value, index) => ({ value, index }))
    .sort((a, b) => {
      const aEmpty = a.value === '';
      const bEmpty = b.value === '';
      if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
      return sign * compareSortValues(a.value, b.value, numeric) || a.index - b.index;
    })
    .map(({ index }) => index);
}

/** The text a row or item is searched in: folded once, at start. */
export function searchableText(text: string): string {
  return ` ${foldFrench(text)} `;
}

/**
 * True when every word of the query appears in the folded text (accents,
 * case and punctuation ignored; « educ spe » finds « Éducateur spécialisé »).
 */
export function matchesQuery(searchable: string, query: string): boolean {
  return foldedWords(query).every((word) => searchable.includes(word));
}
