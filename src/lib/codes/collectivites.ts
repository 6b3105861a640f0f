/**
 * Codes of data/collectivites.csv — level, kind of fact, part of the Ségur it
 * concerns, step, nature, unit and period of an amount — with their French labels.
 */

/** Who acted, or whom the fact is about (column `niveau`). */
export const LEVELS = [
  'departement',
  'region',
  'metropole',
  'intercommunalite',
  'commune',
  'association',
  'etat',
  'national',
] as const;
export type Level = (typeof LEVELS)[number];

/** Level names, lower case for running text (« département », « métropole »). */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  departement: 'département',
  region: 'région',
  metropole: 'métropole',
  intercommunalite: 'intercommunalité',
  commune: 'commune',
  association: 'association ou école',
  etat: 'État',
  national: 'national',
};

/** Whom a mobilisation addresses, by the level of its row (« Mobilisation visant l’État »). */
export const MOBILISATION_TARGETS: Readonly<Record<Level, string>> = {
  departement: 'visant le département',
  region: 'visant la région',
  metropole: 'visant la métropole',
  intercommunalite: 'visant l’intercommunalité',
  commune: 'visant la commune ou son CCAS',
  association: 'd’un collectif ou d’une association',
  etat: 'visant l’État',
  national: 'nationale',
};

/** The levels whose rows must name their département (column `code_insee`). */
export const LOCAL_LEVELS: readonly Level[] = ['departement', 'metropole', 'intercommunalite', 'commune'];
/** The levels located either in a département or only in a region. */
export const LOCATED_ACTOR_LEVELS: readonly Level[] = ['association', 'etat'];
/** The levels that can take a decision of their own (column `type_fait` = decision). */
export const DECIDING_LEVELS: readonly Level[] = [
  'departement',
  'region',
  'metropole',
  'intercommunalite',
  'commune',
  'national',
];

/**
 * The kind of fact (column `type_fait`): a decision of the collectivity itself,
 * a mobilisation of workers, or a fact of another actor located there
 * (an association's cost, a school's, a State notification, a survey).
 */
export const FACT_TYPES = ['decision', 'mobilisation', 'autre_acteur'] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** Kind labels, capitalised. */
export const FACT_TYPE_LABELS: Readonly<Record<FactType, string>> = {
  decision: 'Décision de la collectivité',
  mobilisation: 'Mobilisation',
  autre_acteur: 'Fait d’un autre acteur',
};

/** Which part of the story a fact belongs to (column `volet`). */
export const STRANDS = ['agents_collectivite', 'segur_pour_tous', 'compensation_etat', 'autre'] as const;
export type Strand = (typeof STRANDS)[number];

/** Strand labels, capitalised. */
export const STRAND_LABELS: Readonly<Record<Strand, string>> = {
  agents_collectivite: 'Ses propres agents',
  segur_pour_tous: '« Ségur pour tous » des associations (2024)',
  compensation_etat: 'Financement ou compensation de l’État',
  autre: 'Autre (extensions de 2021-2022, formations…)',
};

/** How far a fact went (column `etape`). */
export const STEPS = ['annonce', 'vote', 'versement', 'refus', 'motion', 'constat', 'notification', 'action'] as const;
export type Step = (typeof STEPS)[number];

/** Step labels, lower case for running text. */
export const STEP_LABELS: Readonly<Record<Step, string>> = {
  annonce: 'annonce',
  vote: 'vote',
  versement: 'versement',
  refus: 'refus',
  motion: 'motion',
  constat: 'constat',
  notification: 'notification',
  action: 'action',
};

/** The steps each kind of fact can reach. */
export const STEPS_BY_TYPE: Readonly<Record<FactType, readonly Step[]>> = {
  decision: ['annonce', 'vote', 'versement', 'refus', 'motion', 'constat'],
  mobilisation: ['action'],
  autre_acteur: ['constat', 'notification'],
};

/** What the fact is (column `nature`). */
export const NATURES = [
  'financement_volontaire',
  'mesure_employeur',
  'refus',
  'motion',
  'compromis_national',
  'paiement_integral',
  'paiement_partiel',
  'aucun_paiement',
  'impaye',
  'compensation_etat',
  'financement_etat',
  'cout_autre_acteur',
  'greve',
  'rassemblement',
  'petition',
  'autre',
] as const;
export type Nature = (typeof NATURES)[number];

/** Nature labels, capitalised for headings and table cells. */
export const NATURE_LABELS: Readonly<Record<Nature, string>> = {
  financement_volontaire: 'Financement',
  mesure_employeur: 'Mesure pour ses agents',
  refus: 'Refus',
  motion: 'Motion',
  compromis_national: 'Compromis national',
  paiement_integral: 'Paiement intégral',
  paiement_partiel: 'Paiement partiel',
  aucun_paiement: 'Aucun versement',
  impaye: 'Impayé',
  compensation_etat: 'Compensation de l’État au département',
  financement_etat: 'Financement de l’État à des structures',
  cout_autre_acteur: 'Coût pour un autre acteur',
  greve: 'Grève',
  rassemblement: 'Rassemblement',
  petition: 'Pétition',
  autre: 'Autre',
};

/** The natures each kind of fact can have. */
export const NATURES_BY_TYPE: Readonly<Record<FactType, readonly Nature[]>> = {
  decision: ['financement_volontaire', 'mesure_employeur', 'refus', 'motion', 'compromis_national', 'autre'],
  mobilisation: ['greve', 'rassemblement', 'petition', 'autre'],
  autre_acteur: [
    'paiement_integral',
    'paiement_partiel',
    'aucun_paiement',
    'impaye',
    'compensation_etat',
    'financement_etat',
    'cout_autre_acteur',
    'autre',
  ],
};

/**
 * The natures of a fact of another actor that describe what a département
 * itself paid (a survey of payments): the only facts of another actor that a
 * map of the département's payments may show, always named as such.
 */
export const PAYMENT_NATURES: readonly Nature[] = ['paiement_integral', 'paiement_partiel', 'aucun_paiement'];

/** Unit of an amount (column `unite_montant`). */
export const AMOUNT_UNITS = ['eur'] as const;

/** Period of an amount (column `periodicite`). */
export const LOCAL_PERIODS = ['annuel', 'ponctuel', 'mensuel_par_personne'] as const;
export type LocalPeriod = (typeof LOCAL_PERIODS)[number];

/** What follows an amount to say its period (« 7,5 M€ par an »). */
export const LOCAL_PERIOD_SUFFIXES: Readonly<Record<LocalPeriod, string>> = {
  annuel: ' par an',
  ponctuel: ' (montant ponctuel)',
  mensuel_par_personne: ' par mois et par personne',
};
