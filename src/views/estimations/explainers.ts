/**
 * The rows behind the four « how to read this chart » texts of /estimations/,
 * with their sources resolved to links. The texts say what these rows say;
 * a renamed or removed row stops the build (rowsByIds throws).
 */
import type { ChiffreRow } from '../../schemas/chiffres.ts';
import type { EstimationRow } from '../../schemas/estimations.ts';
import { rowById, rowsByIds } from '../../queries/data.ts';
import { coveredVsExcluded, officialReportBreakdown, type CoveredVsExcluded } from '../../queries/estimations.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';

/** A row and its sources as links. */
export interface Sourced<R> {
  row: R;
  sources: readonly SourceLink[];
}

function sourced<R extends { source_ids: readonly string[] }>(row: R): Sourced<R> {
  return { row, sources: sourceLinks(row.source_ids) };
}

/** Estimates by id, each with its sources. */
function estimates<const K extends string>(ids: Readonly<Record<K, string>>): Record<K, Sourced<EstimationRow>> {
  return Object.fromEntries(
    Object.entries<string>(ids).map(([key, id]) => [key, sourced(rowById('estimations', id))]),
  ) as Record<K, Sourced<EstimationRow>>;
}

/** Figures of chiffres.csv by id, each with its sources. */
function figures<const K extends string>(ids: Readonly<Record<K, string>>): Record<K, Sourced<ChiffreRow>> {
  return Object.fromEntries(
    Object.entries<string>(ids).map(([key, id]) => [key, sourced(rowById('chiffres', id))]),
  ) as Record<K, Sourced<ChiffreRow>>;
}

export interface ReportExplainer {
  total: Sourced<EstimationRow>;
  /** The sub-totals the report published. */
  published: Sourced<EstimationRow>[];
  /** The rest the observatory derived. */
  derived: Sourced<EstimationRow>[];
}

/** Why the official figure must be read with care. */
export function reportExplainer(): ReportExplainer {
  const { total, parts } = officialReportBreakdown();
  return {
    total: sourced(total),
    published: parts.filter((part) => !part.derive).map(sourced),
    derived: parts.filter((part) => part.derive).map(sourced),
  };
}

/** Why the estimates differ: scope, base, unit, date. */
export function comparisonExplainer() {
  return {
    ...estimates({
      reportTotal: 'rapport-art83-total',
      reportPrivate: 'rapport-art83-prive',
      reportPublic: 'rapport-art83-public',
      axess: 'axess-2024-exclus',
      gepso: 'gepso-2022-exclus-fph',
      government2024: 'gouvernement-2024-06-exclus-prive',
      departments2024: 'departements-de-france-2024-exclus',
      senator2024: 'senateur-chevrollier-2024-exclus',
      cfePrivate: 'cfe-cgc-2021-exclus-prive',
      cfePublic: 'cfe-cgc-2021-exclus-publics-autonomes',
    }),
    /**
     * The two bases of the private non-profit count: the 280 000 employees the
     * DGCS retains and the ≈600 000 the branch counts on the same fields.
     */
    ...figures({ dgcsBase: 'dgcs-2024-base-salaries', branchBase: 'branche-2024-salaries-handicap-social' }),
  };
}

export type ComparisonExplainer = ReturnType<typeof comparisonExplainer>;

/** How to read covered against excluded. */
export function coveredExplainer() {
  const data: CoveredVsExcluded = coveredVsExcluded();
  return {
    total: sourced(data.covered.total),
    /** Excluded counts that cover only part of the field. */
    partial: data.excluded.filter((row) => row.perimetre_code !== 'ensemble'),
    ...estimates({
      coveredAfterConference: 'qe1917-couverts-conference-metiers',
      conferencePrivate: 'conference-metiers-2022-prive-etp',
      conferencePublic: 'conference-metiers-2022-public-etp',
      matignon2020: 'matignon-2020-beneficiaires-cti',
      localtis2024: 'localtis-2024-beneficiaires-183',
    }),
  };
}

export type CoveredExplainer = ReturnType<typeof coveredExplainer>;

/** What the amounts are and are not. */
export function costsExplainer() {
  return {
    ...estimates({
      report: 'rapport-art83-cout-extension',
      axess: 'axess-2024-cout-extension',
      departments: 'departements-de-france-2024-cout-annuel',
      state: 'etat-2025-compensation-departements',
      arrears2024: 'axess-2025-impayes-2024',
      arrears2025: 'axess-2025-impayes-2025',
      snfocos: 'snfocos-2026-cout-caisses-secu',
      departmentsCount: 'departements-de-france-2024-exclus',
    }),
    ...figures({ underfunding: 'axess-2024-sous-financement' }),
  };
}

export type CostsExplainer = ReturnType<typeof costsExplainer>;

/** Rows by id with their sources (for tests and other texts). */
export function sourcedEstimates(ids: readonly string[]): Sourced<EstimationRow>[] {
  return rowsByIds('estimations', ids).map(sourced);
}
