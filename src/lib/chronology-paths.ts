/** Addresses of the chronology: one place for them, read by the queries (event links) and the views (year pages). */

/** The page of one year of the chronology. */
export function yearPath(year: number): string {
  return `/chronologie/${year}/`;
}
