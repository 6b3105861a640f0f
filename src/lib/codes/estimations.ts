/** Codes of data/estimations.csv — unit, nature, cost period, scope — with their French labels. */

/** Unit of an estimate (column `unite`). */
export const ESTIMATE_UNITS = ['personnes', 'etp', 'eur'] as const;
export type EstimateUnit = (typeof ESTIMATE_UNITS)[number];

/** Names of the units, for legends, table headers and key-figure cards. */
export const ESTIMATE_UNIT_LABELS: Readonly<Record<EstimateUnit, string>> = {
  personnes: 'personnes',
  etp: 'équivalents temps plein (ETP)',
  eur: 'euros',
};

/** What an estimate counts (column `nature`). */
export const ESTIMATE_NATURES = ['exclus', 'couverts', 'cout'] as const;

/**
 * What a count describes (column `objet`): people still excluded at its date,
 * people a measure has just made eligible, the stock of people covered, or a
 * cost. Charts never put the first two side by side.
 */
export const ESTIMATE_OBJECTS = ['exclus_restants', 'devenus_couverts', 'couverts', 'cout'] as const;
export type EstimateObject = (typeof ESTIMATE_OBJECTS)[number];

/** What each `objet` counts, in a few words (tables, tooltips). */
export const ESTIMATE_OBJECT_LABELS: Readonly<Record<EstimateObject, string>> = {
  exclus_restants: 'exclus restants à cette date',
  devenus_couverts: 'rendus éligibles par une mesure',
  couverts: 'couverts à cette date',
  cout: 'coût',
};

/** For a cost, its period (column `periodicite`). */
export const COST_PERIODS = ['annuel', 'ponctuel'] as const;
export type CostPeriod = (typeof COST_PERIODS)[number];

/** Headings of the cost groups: an annual cost and a one-off sum are not the same kind of amount. */
export const COST_PERIOD_LABELS: Readonly<Record<CostPeriod, string>> = {
  annuel: 'Coûts par an',
  ponctuel: 'Sommes dues et non versées (montants ponctuels)',
};

/** Scope of an estimate (column `perimetre_code`), widest first: only estimates of one scope compare. */
export const SCOPE_CODES = [
  'ensemble',
  'prive_non_lucratif',
  'prive_lucratif',
  'fonction_publique',
  'fph',
  'fpt',
  'fpe',
  'local',
  'autre',
] as const;
export type ScopeCode = (typeof SCOPE_CODES)[number];

/** French names of the scope codes, for group headings and labels. */
export const SCOPE_LABELS: Readonly<Record<ScopeCode, string>> = {
  ensemble: 'Ensemble (public et privé)',
  prive_non_lucratif: 'Privé non lucratif',
  prive_lucratif: 'Privé lucratif',
  fonction_publique: 'Fonction publique',
  fph: 'Fonction publique hospitalière',
  fpt: 'Fonction publique territoriale',
  fpe: 'Fonction publique de l’État',
  local: 'Échelon local',
  autre: 'Autres périmètres',
};
