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
