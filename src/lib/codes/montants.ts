/**
 * Codes of data/montants.csv with their French labels. No zod here, so that
 * browser code (the arrears calculator) can import them; the schema validates
 * cells against these arrays.
 */

/** What a row of montants.csv gives (column `grandeur`). */
export const MONTANT_KINDS = [
  'valeur_point',
  'montant',
  'equivalent_brut',
  'net_approximatif',
  'rapport_net_brut',
] as const;
export type MontantKind = (typeof MONTANT_KINDS)[number];

/** Unit of a value (column `unite`). */
export const MONTANT_UNITS = ['eur_brut_mensuel', 'eur_net_mensuel', 'points_indice', 'rapport'] as const;
export type MontantUnit = (typeof MONTANT_UNITS)[number];

/** The units each kind may use: a row with another unit is refused. */
export const UNITS_BY_KIND: Readonly<Record<MontantKind, readonly MontantUnit[]>> = {
  valeur_point: ['eur_brut_mensuel'],
  montant: ['points_indice', 'eur_brut_mensuel', 'eur_net_mensuel'],
  equivalent_brut: ['eur_brut_mensuel'],
  net_approximatif: ['eur_net_mensuel'],
  rapport_net_brut: ['rapport'],
};

/** What happens to a measure's amount for part-time work (column `temps_partiel`, for `montant` rows). */
export const PART_TIME_RULES = ['au_prorata', 'non_documente'] as const;
export type PartTimeRule = (typeof PART_TIME_RULES)[number];

/** What the page says of each part-time rule. */
export const PART_TIME_LABELS: Readonly<Record<PartTimeRule, string>> = {
  au_prorata: 'À temps partiel, ce montant est versé au prorata de la quotité de travail.',
  non_documente: 'À temps partiel, aucune source lue ne dit si ce montant est réduit.',
};
