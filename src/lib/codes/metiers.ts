/** Codes of data/metiers.csv — workplace, attachment, verdict — with their French labels. */

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

/** Workplace labels. */
export const PLACE_LABELS: Readonly<Record<Place, string>> = {
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
export const PLACE_HINTS: Readonly<Record<Place, string>> = {
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

/** Narrows an untrusted string to a workplace code. */
export function asPlace(value: string | null | undefined): Place | null {
  return (PLACES as readonly string[]).includes(value ?? '') ? (value as Place) : null;
}

/** Public social or médico-social establishments: attached or autonomous (column `rattachement`). */
export const ATTACHMENTS = ['rattache', 'autonome'] as const;
export type Attachment = (typeof ATTACHMENTS)[number];

/** Attachment labels (public social and médico-social establishments only). */
export const ATTACHMENT_LABELS: Readonly<Record<Attachment, string>> = {
  rattache: 'Rattaché à un hôpital public, ou géré par un établissement public qui gère aussi un EHPAD',
  autonome: 'Autonome (ni rattaché à un hôpital, ni géré par un gestionnaire d’EHPAD)',
};

/** Short attachment labels. */
export const ATTACHMENT_SHORT: Readonly<Record<Attachment, string>> = {
  rattache: 'rattaché',
  autonome: 'autonome',
};

/** Narrows an untrusted string to an attachment. */
export function asAttachment(value: string | null | undefined): Attachment | null {
  return (ATTACHMENTS as readonly string[]).includes(value ?? '') ? (value as Attachment) : null;
}

/** The answer of a row (column `verdict`). */
export const VERDICTS = ['oui', 'non', 'selon_cas'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Verdict labels. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  oui: 'Oui',
  non: 'Non',
  selon_cas: 'Selon le cas',
};

/** A mark that tells verdicts apart by shape, not by colour alone. */
export const VERDICT_MARKS: Readonly<Record<Verdict, string>> = {
  oui: '✓',
  non: '✗',
  selon_cas: '~',
};
