/**
 * Codes several datasets share — verification status, employment sector,
 * filière — with their French labels. This folder is the one place where a
 * code list and its labels live: schemas validate cells against these arrays,
 * pages and browser code print their labels. No zod here, so that browser code
 * can import it.
 */

/** How sure we are of a row (column `statut_verification`). */
export const VERIFICATION_STATUSES = ['confirme', 'source_unique', 'incertain'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Status labels, for flags and tables. */
export const VERIFICATION_STATUS_LABELS: Readonly<Record<VerificationStatus, string>> = {
  confirme: 'Confirmé',
  source_unique: 'Source unique',
  incertain: 'Incertain',
};

/** Sectors of employment, as the measures distinguish them (columns `secteurs` of mesures, `secteur` of metiers). */
export const SECTORS = ['fph', 'fpt', 'fpe', 'prive_non_lucratif', 'prive_lucratif'] as const;
export type Sector = (typeof SECTORS)[number];

/** The public sectors, which « public » or « fonction publique » mean. */
export const PUBLIC_SECTORS: readonly Sector[] = ['fph', 'fpt', 'fpe'];

/** Sector labels, as a person would recognise their employer. */
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  fph: 'Fonction publique hospitalière',
  fpt: 'Fonction publique territoriale',
  fpe: 'Fonction publique de l’État',
  prive_non_lucratif: 'Privé non lucratif (associatif)',
  prive_lucratif: 'Privé commercial',
};

/** What each sector covers, as a hint under its label. */
export const SECTOR_HINTS: Readonly<Record<Sector, string>> = {
  fph: 'hôpital public, EHPAD public ou établissement public social et médico-social',
  fpt: 'commune, CCAS ou CIAS, département',
  fpe: 'services de l’État : protection judiciaire de la jeunesse, SPIP, Éducation nationale…',
  prive_non_lucratif: 'association, fondation, Croix-Rouge…',
  prive_lucratif: 'entreprise ou groupe privé (clinique, EHPAD, service à domicile commerciaux)',
};

/** URL slugs of the sector pages of the guided path (/metiers/secteur/<slug>/). */
export const SECTOR_SLUGS: Readonly<Record<Sector, string>> = {
  fph: 'fph',
  fpt: 'fpt',
  fpe: 'fpe',
  prive_non_lucratif: 'prive-non-lucratif',
  prive_lucratif: 'prive-lucratif',
};

/** Professional tracks (filières). */
export const FILIERES = [
  'soignante',
  'socio_educative',
  'administrative',
  'technique',
  'medicale',
  'encadrement',
] as const;
export type Filiere = (typeof FILIERES)[number];

/** French names of the filières. */
export const FILIERE_LABELS: Readonly<Record<Filiere, string>> = {
  soignante: 'Soignante',
  socio_educative: 'Socio-éducative',
  administrative: 'Administrative',
  technique: 'Technique',
  medicale: 'Médicale',
  encadrement: 'Encadrement',
};
