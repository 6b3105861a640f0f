/** Codes of data/chiffres.csv — theme and unit. */

/** Theme of a figure (column `theme`), for grouping. */
export const FIGURE_THEMES = [
  'montant_individuel',
  'enveloppe_nationale',
  'financement_local',
  'cout_arrieres',
  'enquete',
  'mobilisation',
  'contexte',
] as const;

/** Unit of a figure (column `unite`). */
export const FIGURE_UNITS = [
  'personnes',
  'etp',
  'eur',
  'eur_par_mois_brut',
  'eur_par_mois_net',
  'eur_par_an',
  'pourcentage',
  'points_indice',
  'nombre',
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * How a figure's unit reads after its number, singular and plural
 * (« 1 point d’indice », « 49 points d’indice »); euros and percentages are
 * written by their number format (« 7,5 M€ », « 26 % ») and take only what follows.
 */
export const FIGURE_UNIT_SUFFIXES: Readonly<Record<FigureUnit, { singular: string; plural: string }>> = {
  personnes: { singular: ' personne', plural: ' personnes' },
  etp: { singular: ' ETP', plural: ' ETP' },
  eur: { singular: '', plural: '' },
  eur_par_mois_brut: { singular: ' brut par mois', plural: ' bruts par mois' },
  eur_par_mois_net: { singular: ' net par mois', plural: ' nets par mois' },
  eur_par_an: { singular: ' par an', plural: ' par an' },
  pourcentage: { singular: '', plural: '' },
  points_indice: { singular: ' point d’indice', plural: ' points d’indice' },
  nombre: { singular: '', plural: '' },
};
