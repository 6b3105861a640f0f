/**
 * Codes of data/delais.csv with their French labels. No zod here, so that
 * browser code (the arrears calculator) can import them.
 */

/** What a time limit is about (column `nature`). */
export const DELAI_KINDS = ['prescription', 'recours'] as const;
export type DelaiKind = (typeof DELAI_KINDS)[number];

/** Unit of a duration (column `unite_duree`). */
export const DURATION_UNITS = ['ans', 'mois'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * When the time starts running (column `depart`): the usual pay day of each
 * month; the 1st of January after the year the month belongs to; the
 * decision being contested.
 */
export const DELAI_STARTS = ['paie_du_mois', 'annee_suivante', 'decision'] as const;
export type DelaiStart = (typeof DELAI_STARTS)[number];

/** The starts a limitation period (`prescription`) may have: the calculator knows how to date them. */
export const PRESCRIPTION_STARTS: readonly DelaiStart[] = ['paie_du_mois', 'annee_suivante'];

/** A duration in French: 3 ans, 2 mois. */
export function formatDuration(duree: number, unit: DurationUnit): string {
  if (unit === 'mois') return `${duree}\u00a0mois`;
  return `${duree}\u00a0${duree > 1 ? 'ans' : 'an'}`;
}
