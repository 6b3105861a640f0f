/**
 * The words of the query's grammar, which are not data: sectors (« public »,
 * « associatif », « commercial »), the attachment of a public establishment
 * (« rattaché », « autonome »), who funds it (« financé par le département »),
 * the contract (« apprenti », « CDD », « à 80 % ») and what negates them. The
 * employers and establishments themselves (CAF, MECS, ADMR…) come from
 * data/employeurs.csv.
 */
import {
  PRIVATE_EMPLOYER_SECTORS,
  PUBLIC_EMPLOYER_SECTORS,
  type Attachment,
  type ContractKind,
  type Funding,
  type EmployerSector,
} from '../codes/metiers.ts';

/** A family of sector words, with what it means and what « not it » means. */
export interface SectorWords {
  label: string;
  sectors: readonly EmployerSector[];
  /** The opposite, when the words have one (public ↔ privé, lucratif ↔ non lucratif); otherwise « not it » only excludes. */
  opposite: readonly EmployerSector[] | null;
  phrases: readonly string[];
}

export const SECTOR_WORDS: readonly SectorWords[] = [
  {
    label: 'public',
    sectors: PUBLIC_EMPLOYER_SECTORS,
    opposite: PRIVATE_EMPLOYER_SECTORS,
    phrases: [
      'public',
      'publique',
      'publics',
      'publiques',
      'fonction publique',
      'fonctionnaire',
      'agent public',
      'secteur public',
      'établissement public',
    ],
  },
  {
    label: 'fonction publique hospitalière',
    sectors: ['fph'],
    opposite: null,
    phrases: [
      'hospitalier',
      'hospitalière',
      'hospitaliers',
      'hospitalières',
      'fonction publique hospitalière',
      'FPH',
      'public hospitalier',
    ],
  },
  {
    label: 'fonction publique territoriale',
    sectors: ['fpt'],
    opposite: null,
    phrases: [
      'territorial',
      'territoriale',
      'fonction publique territoriale',
      'FPT',
      'collectivité',
      'collectivité territoriale',
      'municipal',
      'municipale',
      'intercommunal',
      'intercommunale',
      'départemental',
      'départementale',
    ],
  },
  {
    label: 'fonction publique de l’État',
    sectors: ['fpe'],
    opposite: null,
    phrases: ['État', 'fonction publique de l’État', 'FPE', 'ministère'],
  },
  {
    label: 'associatif',
    sectors: ['prive_non_lucratif'],
    opposite: null,
    phrases: [
      'associatif',
      'associative',
      'associatifs',
      'association',
      'asso',
      'privé non lucratif',
      'non lucratif',
      'sans but lucratif',
      'non marchand',
      'secteur associatif',
      'privé associatif',
      'mutualiste',
      'mutuelle',
    ],
  },
  {
    label: 'privé',
    sectors: PRIVATE_EMPLOYER_SECTORS,
    opposite: PUBLIC_EMPLOYER_SECTORS,
    phrases: ['privé', 'privée', 'privés', 'secteur privé'],
  },
  {
    label: 'privé commercial',
    sectors: ['prive_lucratif'],
    opposite: ['prive_non_lucratif'],
    phrases: ['commercial', 'commerciale', 'privé commercial', 'lucratif', 'privé lucratif', 'groupe privé'],
  },
];

/** Attachment words: « rattaché » means, in the texts, attached to a public hospital. */
export interface AttachmentWords {
  label: string;
  attachments: readonly Attachment[];
  /** What « not it » leaves. */
  opposite: readonly Attachment[];
  phrases: readonly string[];
}

export const ATTACHMENT_WORDS: readonly AttachmentWords[] = [
  {
    label: 'rattaché à un hôpital',
    attachments: ['rattache_hopital'],
    opposite: ['rattache_gestionnaire_ehpad', 'autonome'],
    phrases: ['rattaché', 'rattachée', 'rattachés', 'rattachées'],
  },
  {
    label: 'autonome',
    attachments: ['autonome'],
    opposite: ['rattache_hopital', 'rattache_gestionnaire_ehpad'],
    phrases: ['autonome', 'autonomes', 'établissement autonome'],
  },
];

/** Words that turn a hospital or an EHPAD named next to an ESMS into who runs it (« IME géré par le CH »). */
export const MANAGING_WORDS: readonly string[] = [
  'gere',
  'rattache',
  'depend',
  'dependant',
  'adosse',
  'releve',
  'appartient',
];

/** Who funds the establishment. */
export const FUNDING_WORDS: readonly { funding: Funding; phrases: readonly string[] }[] = [
  {
    funding: 'departement',
    phrases: [
      'financé par le département',
      'financée par le département',
      'financement départemental',
      'financé par le conseil départemental',
    ],
  },
  {
    funding: 'assurance_maladie',
    phrases: [
      'financé par l’Assurance maladie',
      'financée par l’Assurance maladie',
      'financé par l’ARS',
      'financée par l’ARS',
    ],
  },
  { funding: 'etat', phrases: ['financé par l’État', 'financée par l’État'] },
];

/** Contract words. « Stagiaire » alone is either a civil servant before tenure or a student: `ambiguous`. */
export const CONTRACT_WORDS: readonly { kinds: readonly ContractKind[]; phrases: readonly string[] }[] = [
  { kinds: ['titulaire'], phrases: ['titulaire', 'fonctionnaire titulaire', 'titularisé', 'titularisée'] },
  {
    kinds: ['fonctionnaire_stagiaire'],
    phrases: [
      'fonctionnaire stagiaire',
      'stagiaire de la fonction publique',
      'stagiaire de la fonction publique hospitalière',
      'stagiaire de la fonction publique territoriale',
      'stagiaire FPH',
      'stagiaire FPT',
      'stagiaire FPE',
      'en cours de titularisation',
      'avant titularisation',
    ],
  },
  { kinds: ['fonctionnaire_stagiaire', 'etudiant_stage'], phrases: ['stagiaire', 'stagiaires'] },
  {
    kinds: ['etudiant_stage'],
    phrases: [
      'stage',
      'en stage',
      'étudiant',
      'étudiante',
      'élève',
      'stage étudiant',
      'gratification',
      'stagiaire étudiant',
    ],
  },
  {
    kinds: ['contractuel'],
    phrases: [
      'contractuel',
      'contractuelle',
      'CDD',
      'CDI',
      'contrat à durée déterminée',
      'contrat à durée indéterminée',
      'en CDD',
      'en CDI',
    ],
  },
  {
    kinds: ['apprenti'],
    phrases: [
      'apprenti',
      'apprentie',
      'apprentissage',
      'alternant',
      'alternante',
      'alternance',
      'contrat de professionnalisation',
      'contrat pro',
      'contrat d’apprentissage',
    ],
  },
  {
    kinds: ['contrat_aide'],
    phrases: ['contrat aidé', 'contrats aidés', 'PEC', 'CUI', 'CAE', 'CUI-CAE', 'parcours emploi compétences'],
  },
  { kinds: ['interimaire'], phrases: ['intérim', 'intérimaire', 'agence d’intérim', 'mission d’intérim'] },
  { kinds: ['benevole'], phrases: ['bénévole', 'bénévoles', 'bénévolat'] },
  { kinds: ['service_civique'], phrases: ['service civique', 'volontaire en service civique', 'volontaire'] },
  {
    kinds: ['temps_partiel'],
    phrases: ['temps partiel', 'à temps partiel', 'mi-temps', 'mi temps', 'temps non complet', 'à temps non complet'],
  },
  {
    kinds: ['plusieurs_structures'],
    phrases: ['plusieurs structures', 'plusieurs établissements', 'deux structures', 'deux établissements'],
  },
  { kinds: ['decharge_syndicale'], phrases: ['décharge syndicale', 'déchargé syndical', 'décharge de service'] },
  { kinds: ['enseignant_contrat_simple'], phrases: ['contrat simple', 'maître agréé', 'maîtresse agréée'] },
];

/** Words that negate what follows them (« pas », « non », « ni », « sans », « hors », « ne … plus »). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['pas', 'non', 'ni', 'sans', 'hors', 'plus', 'jamais']);

/** Words that end a negation (« pas à l’hôpital mais en EHPAD »). */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set(['mais', 'et', 'plutot', 'sinon', 'donc']);

/** Prepositions that open a new complement: after a negated phrase, they end the negation. */
export const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['dans', 'chez', 'en', 'au', 'aux', 'a', 'pour', 'sur']);
