/**
 * The index of « Suis-je concerné ? », built at build time from data/
 * (src/queries/metiers-index.ts) and served as /metiers/index.json: only what
 * the understanding of the query and the answer need. The same index feeds
 * the browser, the static pages, the unit tests and the bench.
 */
import type { Filiere, VerificationStatus as Status } from '../codes/common.ts';
import type { AmountUnit, MeasureType } from '../codes/mesures.ts';
import type {
  ContextAttachment,
  ContextNature,
  ContractEffect,
  ContractKind,
  EmployerSector,
  Funding,
  GradeFamily,
  Place,
  ScopeCode,
  Verdict,
} from '../codes/metiers.ts';

/** One profession (metiers.csv): one page /metiers/<id>/. */
export interface IndexMetier {
  id: string;
  label: string;
  filiere: Filiere;
  /** Rule codes besides its track. */
  scope: ScopeCode[];
  /** Another status possible in the public services, or empty. */
  publicScope: ScopeCode[];
  /** Usual contexts. */
  contexts: string[];
  description: string;
  note: string | null;
}

/** One grade or convention job title (grades.csv). */
export interface IndexGrade {
  id: string;
  label: string;
  family: GradeFamily;
  metier: string;
  scope: ScopeCode[];
  contexts: string[];
}

/** A job title as people type it, canonical, and what it names. */
export interface IndexTerm {
  /** As written in the data. */
  text: string;
  /** Canonical form (normalize.ts), computed at build time with the same code. */
  canon: string;
  /** Professions named by the profession catalogue itself (they win over grades). */
  metiers: string[];
  /** Grades whose title or variant this is. */
  grades: string[];
}

/** An employer or kind of establishment (employeurs.csv). */
export interface IndexEmployer {
  id: string;
  label: string;
  /** Canonical forms of what people type. */
  phrases: string[];
  contexts: string[];
  places: Place[];
  sectors: EmployerSector[];
  funding: Funding | null;
}

/** A context of employment (contextes.csv). */
export interface IndexContext {
  id: string;
  label: string;
  nature: ContextNature;
  sectors: EmployerSector[];
  places: Place[];
  attachment: ContextAttachment;
  funding: Funding;
  establishments: string;
  examples: string[];
  note: string | null;
}

/** A rule (regles.csv). */
export interface IndexRule {
  id: string;
  context: string;
  scope: ScopeCode[];
  scopeDetail: string | null;
  exceptions: ScopeCode[];
  exceptionsDetail: string | null;
  verdict: Verdict;
  measures: string[];
  /** First month due (AAAA-MM), or null. */
  since: string | null;
  amount: string | null;
  why: string;
  where: string | null;
  sources: string[];
  status: Status;
  note: string | null;
}

/** A contract row (contrats.csv). */
export interface IndexContract {
  id: string;
  label: string;
  kind: ContractKind;
  sectors: EmployerSector[];
  effect: ContractEffect;
  why: string;
  sources: string[];
  status: Status;
  note: string | null;
}

/** A measure (mesures.csv), as the answer shows it. */
export interface IndexMeasure {
  id: string;
  name: string;
  /** Column `type` (accord, decret, decision_justice…). */
  kind: MeasureType;
  agreed: string | null;
  effective: string | null;
  amount: number | null;
  unit: AmountUnit | null;
  legalBasis: string;
  covers: string;
  excludes: string | null;
  /** Not a Ségur raise (avenant 43, prime « Domicile », médecins' prime…). */
  outsideSegur: boolean;
  sources: string[];
  status: Status;
  note: string | null;
}

/** A source, for the accessible name of its numbered link. */
export interface IndexSource {
  title: string;
  publisher: string;
}

/** A département, to link to its page when the query names it. */
export interface IndexDepartement {
  code: string;
  name: string;
  href: string;
}

/** The whole index. */
export interface SearchIndex {
  metiers: IndexMetier[];
  grades: IndexGrade[];
  terms: IndexTerm[];
  employers: IndexEmployer[];
  contexts: IndexContext[];
  rules: IndexRule[];
  contracts: IndexContract[];
  measures: Record<string, IndexMeasure>;
  sources: Record<string, IndexSource>;
  departements: IndexDepartement[];
  /** Acronyms of the data (all-capital variants), folded: the normaliser keeps them whole. */
  acronyms: string[];
}
