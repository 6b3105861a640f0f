/** Codes of data/collectivites.csv — level, nature, period of the amount, region — with their French labels. */

/** Level of the collectivity (column `niveau`). */
export const LEVELS = ['departement', 'region', 'metropole', 'intercommunalite', 'commune', 'national'] as const;
export type Level = (typeof LEVELS)[number];

/** Level names, lower case for running text (« département », « métropole »). */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  departement: 'département',
  region: 'région',
  metropole: 'métropole',
  intercommunalite: 'intercommunalité',
  commune: 'commune',
  national: 'national',
};

/** What was done (column `nature`). */
export const LOCAL_NATURES = [
  'financement_volontaire',
  'refus',
  'motion',
  'impaye',
  'mesure_employeur',
  'mobilisation',
  'compromis_national',
] as const;
export type LocalNature = (typeof LOCAL_NATURES)[number];

/** Nature names, capitalised for headings and table cells. */
export const LOCAL_NATURE_LABELS: Readonly<Record<LocalNature, string>> = {
  financement_volontaire: 'Financement volontaire',
  refus: 'Refus',
  motion: 'Motion',
  impaye: 'Impayé',
  mesure_employeur: 'Mesure d’employeur',
  mobilisation: 'Mobilisation',
  compromis_national: 'Compromis national',
};

/** Period of an amount (column `periodicite`). */
export const LOCAL_PERIODS = ['annuel', 'ponctuel', 'mensuel_par_personne'] as const;
export type LocalPeriod = (typeof LOCAL_PERIODS)[number];

/** What follows an amount to say its period (« 7,5 M€ par an »). */
export const LOCAL_PERIOD_SUFFIXES: Readonly<Record<LocalPeriod, string>> = {
  annuel: ' par an',
  ponctuel: ' (montant ponctuel)',
  mensuel_par_personne: ' par mois et par personne',
};

/** INSEE region codes (2016 regions), column `code_region`. */
export const REGION_CODES = [
  '01',
  '02',
  '03',
  '04',
  '06',
  '11',
  '24',
  '27',
  '28',
  '32',
  '44',
  '52',
  '53',
  '75',
  '76',
  '84',
  '93',
  '94',
] as const;
