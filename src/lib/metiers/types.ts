/**
 * The search index of « Suis-je concerné ? », built at build time from
 * data/metiers.csv and data/mesures.csv (src/queries/metiers-index.ts) and
 * served as /metiers/index.json. Only what the search and the answer need.
 */
import type { Sector, VerificationStatus } from '../codes/common.ts';
import type { Attachment, Place, Verdict } from '../codes/metiers.ts';
import type { AmountUnit, MeasureType } from '../codes/mesures.ts';

/** A job title people may type: a profession label or one of its variants, as written in the data. */
export interface IndexTerm {
  /** As written in the data (« aide-soignante », « ASHQ »). */
  text: string;
  /** Profession slugs (column `metier`) that use it. */
  metiers: string[];
}

/** One profession (one page /metiers/<slug>/). */
export interface IndexMetier {
  slug: string;
  label: string;
}

/** One row of data/metiers.csv: a profession in one workplace context. */
export interface IndexRow {
  id: string;
  metier: string;
  sectors: Sector[];
  /** Column `etablissement`. */
  place: Place;
  /**
   * The workplace types the row answers for: the row's own, except for a row
   * about « any public ESMS other than an EHPAD » (code `autre` with an
   * attachment), which answers for every such type.
   */
  places: Place[];
  attachment: Attachment | null;
  /** Column `etablissement_detail`. */
  detail: string;
  verdict: Verdict;
  measures: string[];
  /** First month due (AAAA-MM), or null. */
  since: string | null;
  /** Amount as the texts state it, or null. */
  amount: string | null;
  /** Column `explication`. */
  why: string;
  sources: string[];
  status: VerificationStatus;
  note: string | null;
  /** Indexes into SearchIndex.terms of the row's label and variants. */
  terms: number[];
}

/** One row of data/mesures.csv, as the answer shows it. */
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
  /** Not a Ségur raise (avenant 43, prime « Domicile », médecins' prime). */
  outsideSegur: boolean;
  sources: string[];
  status: VerificationStatus;
  note: string | null;
}

/** A source, for the accessible name of its numbered link. */
export interface IndexSource {
  title: string;
  publisher: string;
}

/** The whole index. */
export interface SearchIndex {
  metiers: IndexMetier[];
  terms: IndexTerm[];
  rows: IndexRow[];
  measures: Record<string, IndexMeasure>;
  sources: Record<string, IndexSource>;
  /** Acronyms of the data (all-capital variants), folded: the normaliser keeps them whole. */
  acronyms: string[];
}
