/** Codes of data/mesures.csv — kind of text and unit of the amount — with their French labels. */

/** Kind of text that carries a measure (column `type`). */
export const MEASURE_TYPES = [
  'accord',
  'loi',
  'decret',
  'arrete',
  'avenant',
  'decision_justice',
  'decision_unilaterale',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/** French names of the kinds of text. */
export const MEASURE_TYPE_LABELS: Readonly<Record<MeasureType, string>> = {
  accord: 'Accord',
  loi: 'Loi',
  decret: 'Décret',
  arrete: 'Arrêté',
  avenant: 'Avenant',
  decision_justice: 'Décision de justice',
  decision_unilaterale: 'Décision unilatérale des employeurs',
};

/** Unit of a measure's amount as the texts state it (column `unite_montant`). */
export const AMOUNT_UNITS = ['points_indice', 'eur_brut_mensuel', 'eur_net_mensuel', 'pourcentage'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];
