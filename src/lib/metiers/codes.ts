/**
 * The codes of data/metiers.csv that the search reasons about, and their
 * French labels. They repeat the schema's lists on purpose: src/lib/ sits
 * below src/schemas/ and must not import it (tests/unit/metiers-index.test.ts
 * checks that both lists stay equal).
 */

/** Sectors of employment (column `secteur`). */
export const SECTORS = ['fph', 'fpt', 'fpe', 'prive_non_lucratif', 'prive_lucratif'] as const;
export type Sector = (typeof SECTORS)[number];

/** Types of workplace (column `etablissement`). */
export const PLACES = [
  'hopital',
  'ehpad',
  'esms_handicap',
  'protection_enfance',
  'hebergement_insertion',
  'domicile',
  'service_departemental',
  'ccas',
  'pjj',
  'insertion_activite',
  'petite_enfance',
  'autre',
] as const;
export type Place = (typeof PLACES)[number];

/** Public social or médico-social establishments: attached or autonomous (column `rattachement`). */
export const ATTACHMENTS = ['rattache', 'autonome'] as const;
export type Attachment = (typeof ATTACHMENTS)[number];

/** The answer of a row (column `verdict`). */
export const VERDICTS = ['oui', 'non', 'selon_cas'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Verification status of a row (column `statut_verification`). */
export type Status = 'confirme' | 'source_unique' | 'incertain';

/** The public sectors, which « public » or « fonction publique » mean. */
export const PUBLIC_SECTORS: readonly Sector[] = ['fph', 'fpt', 'fpe'];

/** Sector labels, as a person would recognise their employer. */
export const SECTOR_LABELS: Record<Sector, string> = {
  fph: 'Fonction publique hospitalière',
  fpt: 'Fonction publique territoriale',
  fpe: 'Fonction publique de l’État',
  prive_non_lucratif: 'Privé non lucratif (associatif)',
  prive_lucratif: 'Privé commercial',
};

/** What each sector covers, as a hint under its label. */
export const SECTOR_HINTS: Record<Sector, string> = {
  fph: 'hôpital public, EHPAD public ou établissement public social et médico-social',
  fpt: 'commune, CCAS ou CIAS, département',
  fpe: 'services de l’État : protection judiciaire de la jeunesse, Éducation nationale…',
  prive_non_lucratif: 'association, fondation, Croix-Rouge…',
  prive_lucratif: 'entreprise ou groupe privé (clinique, EHPAD, service à domicile commerciaux)',
};

/** Short sector labels for tables and context lines. */
export const SECTOR_SHORT: Record<Sector, string> = {
  fph: 'public hospitalier',
  fpt: 'public territorial',
  fpe: 'État',
  prive_non_lucratif: 'associatif',
  prive_lucratif: 'privé commercial',
};

/** URL slugs of the sector pages of the guided path (/metiers/secteur/<slug>/). */
export const SECTOR_SLUGS: Record<Sector, string> = {
  fph: 'fph',
  fpt: 'fpt',
  fpe: 'fpe',
  prive_non_lucratif: 'prive-non-lucratif',
  prive_lucratif: 'prive-lucratif',
};

/** Workplace labels. */
export const PLACE_LABELS: Record<Place, string> = {
  hopital: 'Hôpital ou clinique',
  ehpad: 'EHPAD',
  esms_handicap: 'Établissement ou service pour personnes handicapées',
  protection_enfance: 'Protection de l’enfance',
  hebergement_insertion: 'Hébergement et insertion sociale',
  domicile: 'Aide ou soins à domicile',
  service_departemental: 'Service d’un département',
  ccas: 'CCAS ou CIAS',
  pjj: 'Protection judiciaire de la jeunesse',
  insertion_activite: 'Insertion par l’activité économique',
  petite_enfance: 'Petite enfance',
  autre: 'Autre structure',
};

/** Examples under each workplace label. */
export const PLACE_HINTS: Record<Place, string> = {
  hopital: 'centre hospitalier, CHU, clinique, établissement de santé associatif',
  ehpad: 'maison de retraite médicalisée',
  esms_handicap: 'IME, MAS, FAM, foyer de vie, ESAT, SESSAD…',
  protection_enfance: 'MECS, foyer de l’enfance, aide sociale à l’enfance, AEMO, placement familial…',
  hebergement_insertion: 'CHRS, centre d’hébergement d’urgence, CADA, 115-SIAO, pension de famille…',
  domicile: 'SAAD, SSIAD, ADMR…',
  service_departemental: 'services sociaux du département',
  ccas: 'centre communal ou intercommunal d’action sociale',
  pjj: 'hébergement et milieu ouvert de la PJJ',
  insertion_activite: 'atelier ou chantier d’insertion',
  petite_enfance: 'crèche, multi-accueil',
  autre: 'association tutélaire, addictologie, Éducation nationale…',
};

/** Attachment labels (public social and médico-social establishments only). */
export const ATTACHMENT_LABELS: Record<Attachment, string> = {
  rattache: 'Rattaché à un hôpital public, ou géré par un établissement public qui gère aussi un EHPAD',
  autonome: 'Autonome (ni rattaché à un hôpital, ni géré par un gestionnaire d’EHPAD)',
};

/** Short attachment labels. */
export const ATTACHMENT_SHORT: Record<Attachment, string> = {
  rattache: 'rattaché',
  autonome: 'autonome',
};

/** Verdict labels. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  oui: 'Oui',
  non: 'Non',
  selon_cas: 'Selon le cas',
};

/** A mark that tells verdicts apart by shape, not by colour alone. */
export const VERDICT_MARKS: Record<Verdict, string> = {
  oui: '✓',
  non: '✗',
  selon_cas: '~',
};

/** Status labels (same words as the StatusFlag component). */
export const STATUS_LABELS: Record<Status, string> = {
  confirme: 'Confirmé',
  source_unique: 'Source unique',
  incertain: 'Incertain',
};

/** Narrows an untrusted string (URL parameter) to a sector. */
export function asSector(value: string | null | undefined): Sector | null {
  return (SECTORS as readonly string[]).includes(value ?? '') ? (value as Sector) : null;
}

/** Narrows an untrusted string to a workplace code. */
export function asPlace(value: string | null | undefined): Place | null {
  return (PLACES as readonly string[]).includes(value ?? '') ? (value as Place) : null;
}

/** Narrows an untrusted string to an attachment. */
export function asAttachment(value: string | null | undefined): Attachment | null {
  return (ATTACHMENTS as readonly string[]).includes(value ?? '') ? (value as Attachment) : null;
}
