/** Codes of data/evenements.csv — event type, sector, date precision — with their French labels. */

/** Kind of event (column `type`), in the order of the filters and of the overview chart's lanes. */
export const EVENT_TYPES = [
  'accord',
  'loi',
  'decret',
  'arrete',
  'annonce',
  'rapport',
  'enquete',
  'decision_justice',
  'question_parlementaire',
  'resolution',
  'mobilisation',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** French names of the event types, singular and plural (« une décision de justice », « 6 décisions de justice »). */
export const EVENT_TYPE_LABELS: Readonly<Record<EventType, { singular: string; plural: string }>> = {
  accord: { singular: 'Accord', plural: 'accords' },
  loi: { singular: 'Loi', plural: 'lois' },
  decret: { singular: 'Décret', plural: 'décrets' },
  arrete: { singular: 'Arrêté', plural: 'arrêtés' },
  annonce: { singular: 'Annonce', plural: 'annonces' },
  rapport: { singular: 'Rapport', plural: 'rapports' },
  enquete: { singular: 'Enquête', plural: 'enquêtes' },
  decision_justice: { singular: 'Décision de justice', plural: 'décisions de justice' },
  question_parlementaire: { singular: 'Question parlementaire', plural: 'questions parlementaires' },
  resolution: { singular: 'Résolution', plural: 'résolutions' },
  mobilisation: { singular: 'Mobilisation', plural: 'mobilisations' },
};

/** The sectors an event concerns (column `secteurs`): coarser than the employment sectors of the measures. */
export const EVENT_SECTORS = ['public', 'prive_non_lucratif', 'prive_lucratif'] as const;
export type EventSector = (typeof EVENT_SECTORS)[number];

/** French names of the event sectors. */
export const EVENT_SECTOR_LABELS: Readonly<Record<EventSector, string>> = {
  public: 'Public',
  prive_non_lucratif: 'Privé non lucratif',
  prive_lucratif: 'Privé lucratif',
};

/** Precision of a date (column `precision_date`), redundant with its form for readers of the file. */
export const DATE_PRECISIONS = ['jour', 'mois', 'annee'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
