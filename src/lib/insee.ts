/** Ordering of INSEE département codes. */

/** Numeric rank of a code, with Corsica (2A, 2B) where the former 20 stood, between 19 and 21. */
function rank(code: string): number {
  if (code === '2A') return 20.1;
  if (code === '2B') return 20.2;
  const value = Number.parseInt(code, 10);
  if (Number.isNaN(value)) return Number.POSITIVE_INFINITY;
  // 69M (Métropole de Lyon) right after 69.
  return code.endsWith('M') ? value + 0.5 : value;
}

/** Compares two département codes in INSEE order: 01 … 19, 2A, 2B, 21 … 69, 69M, 70 … 95, 971 … 976. */
export function compareInseeCodes(a: string, b: string): number {
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** A number that sorts département codes in INSEE order (for `data-sort-value`). */
export function inseeSortValue(code: string): number {
  return rank(code);
}
