/**
 * The rows behind the four « how to read this chart » texts of /estimations/,
 * with their sources resolved to links. The texts say what these rows say;
 * a renamed or removed row stops the build (rowsByIds throws).
 */
import type { ChiffreRow } from '../../schemas/chiffres.ts';
import type { EstimationRow } from '../../schemas/estimations.ts';
import type { MesureRow } from '../../schemas/mesures.ts';
import { comparePartialDates } from '../../lib/dates.ts';
import type { SourceRow } from '../../schemas/sources.ts';
import { ESTIMATE_UNIT_LABELS, SCOPE_LABELS } from '../../lib/codes/estimations.ts';
import { agreementInText, authorInText, authorShort, formatEstimate, statusMark } from '../../lib/estimates.ts';
import { formatList } from '../../lib/format.ts';
import { rowById, rowsByIds, rowsOf } from '../../queries/data.ts';
import {
  agreement2024,
  contestationsOf,
  coveredVsExcluded,
  officialReportBreakdown,
  type Breakdown,
  type CoveredVsExcluded,
} from '../../queries/estimations.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';
import { proseOrNull, type ProseView } from '../citations/prose.ts';
import {
  compensationFacts,
  contestersInText,
  forYear,
  fromYear,
  ofYear,
  publishersInText,
  sourceInText,
  type CompensationFacts,
} from './wording.ts';

/** A row, its sources as links, and its note and method with their citations resolved. */
export interface Sourced<R> {
  row: R;
  sources: readonly SourceLink[];
  note: ProseView | null;
  methode: ProseView | null;
}

function sourced<R extends { source_ids: readonly string[]; note: string | null; methode?: string | null }>(
  row: R,
): Sourced<R> {
  return {
    row,
    sources: sourceLinks(row.source_ids),
    note: proseOrNull(row.note),
    methode: proseOrNull(row.methode ?? null),
  };
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

/** What the text on the official figure states, each fact read from the rows. */
export interface ReportStatements {
  /** The unit of the total, in words (« équivalents temps plein (ETP) »). */
  unit: string;
  /** Whether that unit is ETP, which do not add up with head-counts. */
  fullTimeEquivalents: boolean;
  /** Who the total's row is established from: the publishers of its sources. */
  establishedFrom: string;
  /** What is known of the method (the row's `methode`), or null. */
  method: string | null;
  /** Who contests the total or a sub-total published with it, or null. */
  contesters: string | null;
  /** Each published sub-total that only one source attests, with that source named. */
  singleSources: { part: EstimationRow; source: string }[];
}

/**
 * The report's statements from its breakdown, the rows that contest it and
 * a way to read sources: pure, so that each claim can be tested on made-up rows.
 */
export function reportStatements(
  { total, parts }: Breakdown,
  contesting: readonly EstimationRow[],
  sourcesOf: (ids: readonly string[]) => readonly SourceRow[],
): ReportStatements {
  return {
    unit: ESTIMATE_UNIT_LABELS[total.unite],
    fullTimeEquivalents: total.unite === 'etp',
    establishedFrom: publishersInText(sourcesOf(total.source_ids)),
    method: total.methode,
    contesters: contestersInText(contesting),
    singleSources: parts
      .filter((part) => !part.derive && part.statut_verification === 'source_unique')
      .flatMap((part) => {
        const [source] = sourcesOf(part.source_ids);
        return source ? [{ part, source: sourceInText(source) }] : [];
      }),
  };
}

export interface ReportExplainer {
  total: Sourced<EstimationRow>;
  /** The sub-totals the report published. */
  published: Sourced<EstimationRow>[];
  /** The rest the observatory derived. */
  derived: Sourced<EstimationRow>[];
  statements: ReportStatements;
}

/** Why the official figure must be read with care. */
export function reportExplainer(): ReportExplainer {
  const breakdown = officialReportBreakdown();
  const { total, parts } = breakdown;
  return {
    total: sourced(total),
    published: parts.filter((part) => !part.derive).map(sourced),
    derived: parts.filter((part) => part.derive).map(sourced),
    statements: reportStatements(breakdown, contestationsOf(total), (ids) => rowsByIds('sources', ids)),
  };
}

/**
 * The years of the Ségur extensions that took effect after `after` and before
 * `before` (measures of mesures.csv that are Ségur raises, not court decisions):
 * what a count made at `after` could not know yet.
 */
export function extensionYearsBetween(
  measures: readonly Pick<MesureRow, 'hors_segur' | 'type' | 'date_effet'>[],
  after: string,
  before: string,
): number[] {
  const years = measures
    .filter((measure) => !measure.hors_segur && measure.type !== 'decision_justice' && measure.date_effet !== null)
    .map((measure) => measure.date_effet as string)
    .filter((date) => comparePartialDates(date, after) > 0 && comparePartialDates(date, before) < 0)
    .map((date) => Number(date.slice(0, 4)));
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Why the estimates of the still excluded differ: scope, base, unit, date. */
export function comparisonExplainer() {
  const cfePrivate = rowById('estimations', 'cfe-cgc-2021-exclus-prive');
  const reportTotal = rowById('estimations', 'rapport-art83-total');
  const stillExcluded = rowsOf('estimations').filter((row) => row.objet === 'exclus_restants');
  return {
    /** The Ségur extensions between the CFE-CGC's counts and the report. */
    extensionYears: extensionYearsBetween(rowsOf('mesures'), cfePrivate.date, reportTotal.date),
    /** The agreement after which these counts are history. */
    agreement: agreement2024(),
    /** The counts of the chart made in persons (the report's are in ETP). */
    inPersons: stillExcluded.filter((row) => row.unite === 'personnes'),
    /** Whether every count of the chart describes the world before the agreement. */
    allHistory: stillExcluded.every((row) => row.anterieur_accord_2024),
    ...estimates({
      reportTotal: 'rapport-art83-total',
      reportPrivate: 'rapport-art83-prive',
      reportPublic: 'rapport-art83-public',
      axess: 'axess-2024-exclus',
      gepso: 'gepso-2022-exclus-fph',
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

/** How to read the counts of people a measure made eligible. */
export function newlyCoveredExplainer() {
  return {
    agreement: agreement2024(),
    ...estimates({
      government2024: 'gouvernement-2024-06-exclus-prive',
      departments2024: 'departements-de-france-2024-exclus',
      senator2024: 'senateur-chevrollier-2024-exclus',
      reportPrivate: 'rapport-art83-prive',
    }),
  };
}

export type NewlyCoveredExplainer = ReturnType<typeof newlyCoveredExplainer>;

/** How to read covered against excluded. */
export function coveredExplainer() {
  const data: CoveredVsExcluded = coveredVsExcluded();
  const rows = [data.covered.total, ...data.excluded];
  const agreement = agreement2024();
  return {
    /** That both sides describe the world before the agreement of 2024, when they do. */
    history: rows.every((row) => row.anterieur_accord_2024)
      ? `Couverts et exclus sont comptés avant ${agreementInText(agreement)} : c’est la situation de l’époque, pas celle d’aujourd’hui.`
      : null,
    total: sourced(data.covered.total),
    /** The excluded counts set against it. */
    excluded: data.excluded,
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

/** The rows the text on costs speaks of. */
export interface CostRows {
  /** The official cost of extending the raise. */
  report: EstimationRow;
  /** The estimate that contests it. */
  axess: EstimationRow;
  /** The départements' annual share of the 2024 extension. */
  departments: EstimationRow;
  /** The State's annual share of the départements' cost. */
  state: EstimationRow;
  /** Sums due and not paid, one row per year they are due for. */
  arrears: readonly EstimationRow[];
}

/** What the text on costs states, each fact read from the rows. */
export interface CostStatements {
  /** « le gouvernement (rapport art. 83 LFSS 2023) » */
  reportAuthor: string;
  /** « Axess (Fehap et Nexem) » */
  axessAuthor: string;
  /** Whether both extension costs are annual only by deduction (status « incertain »). */
  periodsDeduced: boolean;
  compensation: CompensationFacts;
  /** Each arrears row with the year it is due for (« au titre de 2024 », or '' when unknown). */
  arrears: { row: EstimationRow; dueFor: string }[];
  /** Whether every arrears row is a one-off sum. */
  arrearsOneOff: boolean;
}

/** Pure: the cost statements from their rows. */
export function costStatements({ report, axess, departments, state, arrears }: CostRows): CostStatements {
  return {
    reportAuthor: authorInText(report),
    axessAuthor: authorInText(axess),
    periodsDeduced: [report, axess].every(
      (row) => row.periodicite === 'annuel' && row.statut_verification === 'incertain',
    ),
    compensation: compensationFacts(departments, state),
    arrears: arrears.map((row) => ({ row, dueFor: forYear(row.annee_concernee, 'au titre de').trim() })),
    arrearsOneOff: arrears.every((row) => row.periodicite === 'ponctuel'),
  };
}

/**
 * The one-sentence summary of the cost chart: who prices the extension, what
 * the départements and the State pay from when, what is due and unpaid.
 */
export function costSummary({ report, axess, departments, state, arrears }: CostRows): string {
  const { costFrom, share, compensationFrom, uncompensated } = compensationFacts(departments, state);
  const scope = SCOPE_LABELS[report.perimetre_code].toLowerCase();
  const extension = `Étendre les 183 € aux exclus du ${scope} coûterait ${formatEstimate(report, { withPeriod: true })}${statusMark(report)} selon ${authorInText(report)} et ${formatEstimate(axess, { withPeriod: true })}${statusMark(axess)} selon ${authorShort(axess)}`;
  const compensation = `${authorShort(departments)} chiffre à ${formatEstimate(departments, { withPeriod: true })} la part des départements dans l’extension${ofYear(costFrom)}, dont l’État prend ${share}, soit ${formatEstimate(state, { withPeriod: true })}${fromYear(compensationFrom)}${uncompensated ? ` : ${uncompensated}` : ''}`;
  const unpaid =
    arrears.length === 0
      ? ''
      : ` ; ${formatList([...new Set(arrears.map(authorShort))])} relève ${formatList(arrears.map((row) => `${formatEstimate(row)} dus${forYear(row.annee_concernee)}`))}, non versés`;
  return `${extension} ; ${compensation}${unpaid}.`;
}

/** The real rows of the cost texts. */
export function costRows(): CostRows {
  const [report, axess, departments, state, ...arrears] = rowsByIds('estimations', [
    'rapport-art83-cout-extension',
    'axess-2024-cout-extension',
    'departements-de-france-2024-cout-annuel',
    'etat-2025-compensation-departements',
    'axess-2025-impayes-2024',
    'axess-2025-impayes-2025',
  ]) as [EstimationRow, EstimationRow, EstimationRow, EstimationRow, ...EstimationRow[]];
  return { report, axess, departments, state, arrears };
}

/** What the amounts are and are not. */
export function costsExplainer() {
  return {
    statements: costStatements(costRows()),
    ...estimates({
      report: 'rapport-art83-cout-extension',
      axess: 'axess-2024-cout-extension',
      departments: 'departements-de-france-2024-cout-annuel',
      state: 'etat-2025-compensation-departements',
      arrears: 'axess-2025-impayes-2024',
      snfocos: 'snfocos-2026-cout-caisses-secu',
      departmentsCount: 'departements-de-france-2024-exclus',
    }),
    ...figures({ underfunding: 'axess-2024-sous-financement' }),
  };
}

export type CostsExplainer = ReturnType<typeof costsExplainer>;
