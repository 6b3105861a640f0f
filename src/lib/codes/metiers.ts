/**
 * The code lists of « Suis-je concerné ? » — the columns of contextes.csv,
 * regles.csv, contrats.csv, metiers.csv, grades.csv and employeurs.csv — with
 * their French labels. One module without zod, so that the schemas, the pages
 * and the browser code share the same codes and words.
 */
import {
  FILIERES,
  PUBLIC_SECTORS,
  SECTORS,
  SECTOR_HINTS,
  SECTOR_LABELS,
  SECTOR_SLUGS,
  type Filiere,
  type Sector,
} from './common.ts';

/**
 * Sectors of an employer (columns `secteurs` of contextes.csv, contrats.csv
 * and employeurs.csv): the five of the measures (common.ts), then those of
 * employers outside every measure.
 */
export const EMPLOYER_SECTORS = [
  ...SECTORS,
  'organisme_securite_sociale',
  'particulier_employeur',
  'independant',
] as const;
export type EmployerSector = (typeof EMPLOYER_SECTORS)[number];

/** The public sectors, which « public » or « fonction publique » mean. */
export const PUBLIC_EMPLOYER_SECTORS: readonly EmployerSector[] = PUBLIC_SECTORS;
/** The private sectors, which « privé » means. */
export const PRIVATE_EMPLOYER_SECTORS: readonly EmployerSector[] = ['prive_non_lucratif', 'prive_lucratif'];

/** Whether an employer's sector is one of the measures' (the only ones where an amount can be due). */
export function isMeasureSector(sector: EmployerSector): sector is Sector {
  return (SECTORS as readonly string[]).includes(sector);
}

/** Sector labels, as a person would recognise their employer. */
export const EMPLOYER_SECTOR_LABELS: Readonly<Record<EmployerSector, string>> = {
  ...SECTOR_LABELS,
  organisme_securite_sociale: 'Organisme de sécurité sociale',
  particulier_employeur: 'Particulier employeur',
  independant: 'Indépendant ou libéral',
};

/** What each sector covers, as a hint under its label. */
export const EMPLOYER_SECTOR_HINTS: Readonly<Record<EmployerSector, string>> = {
  ...SECTOR_HINTS,
  organisme_securite_sociale: 'CAF, CPAM, Carsat, MSA',
  particulier_employeur: 'emploi direct par des parents ou une personne âgée (CESU, Pajemploi)',
  independant: 'cabinet, exercice libéral, mandataire individuel',
};

/** URL slugs of the sector pages of the guided path (/metiers/secteur/<slug>/). */
export const EMPLOYER_SECTOR_SLUGS: Readonly<Record<EmployerSector, string>> = {
  ...SECTOR_SLUGS,
  organisme_securite_sociale: 'securite-sociale',
  particulier_employeur: 'particulier-employeur',
  independant: 'liberal',
};

/** Narrows an untrusted string (URL parameter) to an employer's sector. */
export function asEmployerSector(value: string | null | undefined): EmployerSector | null {
  return (EMPLOYER_SECTORS as readonly string[]).includes(value ?? '') ? (value as EmployerSector) : null;
}

/** Kinds of workplace (column `lieux` of contextes.csv and employeurs.csv). */
export const PLACES = [
  'hopital',
  'ehpad',
  'residence_autonomie',
  'esms_handicap',
  'protection_enfance',
  'hebergement_insertion',
  'logement_accompagne',
  'addictologie_precarite',
  'domicile',
  'petite_enfance',
  'centre_sante',
  'service_departemental',
  'service_communal',
  'justice',
  'ecole',
  'protection_majeurs',
  'insertion_emploi',
  'cabinet_liberal',
  'autre',
] as const;
export type Place = (typeof PLACES)[number];

/** What a context says about the attachment of a public social or médico-social establishment (column `rattachement`). */
export const CONTEXT_ATTACHMENTS = [
  'sans_objet',
  'autonome',
  'autonome_ou_rattache',
  'rattache_hopital',
  'rattache_gestionnaire_ehpad',
] as const;
export type ContextAttachment = (typeof CONTEXT_ATTACHMENTS)[number];

/** What a query can say about the attachment: the three situations the texts tell apart. */
export const ATTACHMENTS = ['rattache_hopital', 'rattache_gestionnaire_ehpad', 'autonome'] as const;
export type Attachment = (typeof ATTACHMENTS)[number];

/** The attachments a context allows. */
export function attachmentsOf(attachment: ContextAttachment): readonly Attachment[] | null {
  switch (attachment) {
    case 'sans_objet':
      return null;
    case 'autonome':
      return ['autonome'];
    case 'autonome_ou_rattache':
      return ATTACHMENTS;
    case 'rattache_hopital':
      return ['rattache_hopital'];
    case 'rattache_gestionnaire_ehpad':
      return ['rattache_gestionnaire_ehpad'];
  }
}

/** Who pays the establishment (column `financement`). */
export const FUNDINGS = [
  'assurance_maladie',
  'departement',
  'departement_ou_etat',
  'etat',
  'mixte',
  'variable',
  'commune',
  'cnaf',
  'securite_sociale',
  'particulier',
  'etat_et_collectivites',
  'sans_objet',
] as const;
export type Funding = (typeof FUNDINGS)[number];

/** Whether a département's funding can decide the payment in a context of this funding. */
export function departementDecides(funding: Funding): boolean {
  return funding === 'departement' || funding === 'departement_ou_etat';
}

/** Kinds of employer (column `type_employeur`), descriptive. */
export const EMPLOYER_TYPES = [
  'association',
  'association_ou_etablissement_public',
  'association_ou_fondation',
  'association_ou_personne_physique',
  'autre',
  'ccas_cias',
  'collectivite',
  'collectivite_ou_ccas',
  'entreprise_travail_temporaire',
  'etablissement_public_sante',
  'etablissement_public_social_medico_social',
  'etat',
  'groupement_interet_public',
  'independant',
  'organisme_prive_mission_service_public',
  'particulier',
  'societe_commerciale',
] as const;

/**
 * What a context is (column `nature`): an employer or workplace, or a
 * precision that applies on top of one — an employer that adheres to no
 * signatory organisation, an interim worker.
 */
export const CONTEXT_NATURES = ['employeur', 'adhesion', 'interim'] as const;
export type ContextNature = (typeof CONTEXT_NATURES)[number];

/** The answer of a rule (column `verdict`). */
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

/** Track names inside a sentence (« un corps de la filière … »). */
export const FILIERE_WORDS: Readonly<Record<Filiere, string>> = {
  soignante: 'soignante ou de rééducation',
  socio_educative: 'socio-éducative',
  administrative: 'administrative',
  technique: 'technique ou ouvrière',
  medicale: 'médicale',
  encadrement: 'encadrement',
};

/** Functions that rules name (`fonction:<code>`). */
export const FUNCTIONS = [
  'direction',
  'veilleur_de_nuit',
  'surveillant_de_nuit',
  'maitre_de_maison',
  'infirmier',
  'puericultrice',
  'sage_femme',
  'auxiliaire_de_puericulture',
  'assistant_familial',
  'intervenant_social_commissariat',
  'evaluateur_apa',
  'autre_poste_social_hors_ase_pmi',
  'accueil',
  'agent_social',
  'aide_a_domicile',
  'socio_educative_2022',
  'socio_educative',
] as const;

/** Corps and lists of corps that rules name (`corps:<code>`). */
export const CORPS = [
  'socio_educatif',
  'socio_educatif_etat',
  'ouvriers_et_techniques',
  'adjoints_techniques_justice',
  'assistants_de_service_social',
  'conseillers_techniques_de_service_social',
  'psychologues',
  'conseillers_penitentiaires_insertion_probation',
  'infirmiers_education_nationale',
] as const;

/**
 * Who a rule covers (columns `portee` and `exceptions` of regles.csv, `portee`
 * of metiers.csv and grades.csv): everyone, a track, a function or a corps.
 */
export const SCOPE_CODES = [
  'tous',
  ...FILIERES.map((filiere) => `filiere:${filiere}` as const),
  ...FUNCTIONS.map((fn) => `fonction:${fn}` as const),
  ...CORPS.map((corps) => `corps:${corps}` as const),
] as const;
export type ScopeCode = (typeof SCOPE_CODES)[number];

/** How specific a scope is: a corps or a function (2) beats a track (1), which beats everyone (0). */
export function scopeLevel(code: ScopeCode): 0 | 1 | 2 {
  if (code === 'tous') return 0;
  return code.startsWith('filiere:') ? 1 : 2;
}

/** Kinds of contract and working time (column `genre` of contrats.csv). */
export const CONTRACT_KINDS = [
  'titulaire',
  'fonctionnaire_stagiaire',
  'contractuel',
  'apprenti',
  'contrat_aide',
  'interimaire',
  'etudiant_stage',
  'benevole',
  'service_civique',
  'temps_partiel',
  'plusieurs_structures',
  'decharge_syndicale',
  'enseignant_contrat_simple',
  'assistant_familial',
] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/** Contract kind labels, as the answer names what it understood. */
export const CONTRACT_KIND_LABELS: Readonly<Record<ContractKind, string>> = {
  titulaire: 'fonctionnaire titulaire',
  fonctionnaire_stagiaire: 'fonctionnaire stagiaire',
  contractuel: 'contractuel (CDD ou CDI)',
  apprenti: 'apprenti ou contrat de professionnalisation',
  contrat_aide: 'contrat aidé (PEC, CUI)',
  interimaire: 'intérimaire',
  etudiant_stage: 'étudiant ou élève en stage',
  benevole: 'bénévole',
  service_civique: 'volontaire en service civique',
  temps_partiel: 'temps partiel',
  plusieurs_structures: 'partagé entre plusieurs structures',
  decharge_syndicale: 'décharge syndicale',
  enseignant_contrat_simple: 'enseignant salarié d’un établissement sous contrat simple',
  assistant_familial: 'assistant familial salarié',
};

/**
 * The usual forms of employment: when the data say nothing of one of them in a
 * sector, the rules of the context apply as they are. Any other kind of
 * contract, unknown in a sector, makes the answer « selon le cas ».
 */
export const REGULAR_CONTRACT_KINDS: readonly ContractKind[] = [
  'titulaire',
  'fonctionnaire_stagiaire',
  'contractuel',
  'temps_partiel',
  'plusieurs_structures',
  'decharge_syndicale',
  'enseignant_contrat_simple',
  'assistant_familial',
];

/** What a contract does to the answer (column `effet`). */
export const CONTRACT_EFFECTS = ['comme_titulaire', 'exclu', 'selon_cas', 'prorata'] as const;
export type ContractEffect = (typeof CONTRACT_EFFECTS)[number];

/** Where a grade or job title comes from (column `famille` of grades.csv). */
export const GRADE_FAMILIES = ['fph', 'fpt', 'fpe', 'ccn66', 'ccn51', 'bad', 'tous'] as const;
export type GradeFamily = (typeof GRADE_FAMILIES)[number];

/** Grade family labels. */
export const GRADE_FAMILY_LABELS: Readonly<Record<GradeFamily, string>> = {
  fph: 'fonction publique hospitalière',
  fpt: 'fonction publique territoriale',
  fpe: 'fonction publique de l’État',
  ccn66: 'convention collective du 15 mars 1966',
  ccn51: 'convention collective du 31 octobre 1951',
  bad: 'convention de la branche de l’aide à domicile',
  tous: 'intitulé courant',
};

/** The sector a grade family implies, or none for a common title. */
export const GRADE_FAMILY_SECTORS: Readonly<Record<GradeFamily, EmployerSector | null>> = {
  fph: 'fph',
  fpt: 'fpt',
  fpe: 'fpe',
  ccn66: 'prive_non_lucratif',
  ccn51: 'prive_non_lucratif',
  bad: 'prive_non_lucratif',
  tous: null,
};

/** Whether a grade family is a public service's (where the corps, not the function, decides). */
export function isPublicFamily(family: GradeFamily): boolean {
  return family === 'fph' || family === 'fpt' || family === 'fpe';
}

/** Kinds of grade (column `type` of grades.csv). */
export const GRADE_TYPES = ['corps', 'cadre_emplois', 'emploi_conventionnel', 'intitule_courant'] as const;
