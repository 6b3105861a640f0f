/**
 * Queries of the estimates (data/estimations.csv): grouped by scope, the
 * official breakdown that must add up, covered against excluded, costs, who
 * contests what, and the latest official counts.
 */
import { estimationsDataset, type EstimationRow } from '../schemas/estimations.ts';
import {
  COST_PERIODS,
  COST_PERIOD_LABELS,
  SCOPE_CODES,
  SCOPE_LABELS,
  type CostPeriod,
  type EstimateObject,
  type ScopeCode,
} from '../lib/codes/estimations.ts';
import { comparePartialDates } from '../lib/dates.ts';
import { estimateAnchor, formatAmount, quotedName, type Agreement } from '../lib/estimates.ts';
import { toCsv } from '../lib/csv.ts';
import { rowById, rowsByIds, rowsOf } from './data.ts';

/** Rows by id, in the given order, from the real rows or from the given ones; throws on an unknown id. */
export function estimationsByIds(
  ids: readonly string[],
  source: readonly EstimationRow[] = rowsOf('estimations'),
): EstimationRow[] {
  if (source === rowsOf('estimations')) return rowsByIds('estimations', ids);
  return ids.map((id) => {
    const row = source.find((candidate) => candidate.id === id);
    if (!row) throw new Error(`Identifiant inconnu : « ${id} » n’est l’identifiant d’aucune des lignes données`);
    return row;
  });
}

/** Earliest first; on the same date, the larger figure first. */
function byDateThenValue(a: EstimationRow, b: EstimationRow): number {
  return comparePartialDates(a.date, b.date) || estimateAnchor(b) - estimateAnchor(a) || a.id.localeCompare(b.id);
}

export interface ScopeGroup {
  scope: ScopeCode;
  /** French heading of the group. */
  label: string;
  /** Rows of that scope, earliest first. */
  rows: EstimationRow[];
}

/**
 * The counts of one `objet` (still excluded, newly covered…) grouped by scope
 * (`perimetre_code`), groups in the order of SCOPE_CODES (widest first, local
 * and other last), rows earliest first: only estimates of the same scope are
 * comparable at all, and a group never mixes what the counts describe.
 */
export function estimatesByScope(
  objet: EstimateObject = 'exclus_restants',
  source: readonly EstimationRow[] = rowsOf('estimations'),
): ScopeGroup[] {
  return SCOPE_CODES.flatMap((scope) => {
    const inScope = source.filter((row) => row.objet === objet && row.perimetre_code === scope).sort(byDateThenValue);
    return inScope.length === 0 ? [] : [{ scope, label: SCOPE_LABELS[scope], rows: inScope }];
  });
}

/** A total and the parts that add up to it, all in one unit. */
export interface Breakdown {
  total: EstimationRow;
  parts: EstimationRow[];
}

/**
 * Checks that parts add up to their total in the same unit: a chart that
 * stacks them must never stack persons on ETP, nor show a sum that the data
 * do not make.
 */
function checkedBreakdown(total: EstimationRow, parts: EstimationRow[]): Breakdown {
  for (const part of [total, ...parts]) {
    if (part.valeur === null) throw new Error(`${part.id} : une ventilation demande des valeurs ponctuelles`);
    if (part.unite !== total.unite) {
      throw new Error(
        `${part.id} est en ${part.unite} et ${total.id} en ${total.unite} : on n’additionne pas des unités différentes`,
      );
    }
  }
  const sum = parts.reduce((accumulated, part) => accumulated + (part.valeur ?? 0), 0);
  if (sum !== total.valeur) {
    throw new Error(
      `${parts.map((part) => part.id).join(' + ')} = ${formatAmount(sum, total.unite)}, pas ${formatAmount(total.valeur ?? 0, total.unite)} (${total.id})`,
    );
  }
  return { total, parts };
}

/** The total of the report required by article 83 of the LFSS 2023 (December 2023). */
export const REPORT_TOTAL_ID = 'rapport-art83-total';
/**
 * Its two published sub-totals, then the rest that no source explains (a row
 * the observatory derived: `derive=oui`).
 */
export const REPORT_PART_IDS = [
  'rapport-art83-prive',
  'rapport-art83-public',
  'rapport-art83-reste-non-ventile',
] as const;

/**
 * The official figure broken down: 120 800 = 92 400 (private non-profit) +
 * 26 600 (public agents) + 1 800 (unexplained, derived). Throws if the parts
 * stop adding up or change unit.
 */
export function officialReportBreakdown(source: readonly EstimationRow[] = rowsOf('estimations')): Breakdown {
  const [total] = estimationsByIds([REPORT_TOTAL_ID], source);
  return checkedBreakdown(total as EstimationRow, estimationsByIds(REPORT_PART_IDS, source));
}

/** The ministerial count of the covered (answer to written question n° 1917, December 2022). */
export const COVERED_TOTAL_ID = 'qe1917-couverts-total';
/**
 * The excluded set against it: the official total of the report and the
 * estimate that contests it (Axess, private non-profit only). Both were made
 * after the ministerial count and before the agreement of 4 June 2024, which
 * made part of the excluded eligible; the later counts (≈93 000, ≈112 000)
 * describe those newly eligible, not the excluded.
 */
export const EXCLUDED_AGAINST_COVERED_IDS = [REPORT_TOTAL_ID, 'axess-2024-exclus'] as const;

export interface CoveredVsExcluded {
  /** The covered total, unbroken: its parts count people a measure made eligible, never set beside the excluded. */
  covered: { total: EstimationRow; parts: readonly EstimationRow[] };
  excluded: EstimationRow[];
}

/** ≈700 000 covered (in persons) against the estimates of the excluded (in ETP). */
export function coveredVsExcluded(source: readonly EstimationRow[] = rowsOf('estimations')): CoveredVsExcluded {
  const [total] = estimationsByIds([COVERED_TOTAL_ID], source);
  return {
    covered: { total: total as EstimationRow, parts: [] },
    excluded: estimationsByIds(EXCLUDED_AGAINST_COVERED_IDS, source),
  };
}

/**
 * Checks the rows of one chart: never a count of people still excluded
 * (`objet` exclus_restants) beside a count of people a measure has just made
 * eligible (devenus_couverts), which would read as excluded. Returns the rows.
 */
export function checkedChartRows<R extends Pick<EstimationRow, 'id' | 'objet'>>(rows: readonly R[]): readonly R[] {
  const still = rows.filter((row) => row.objet === 'exclus_restants');
  const newly = rows.filter((row) => row.objet === 'devenus_couverts');
  if (still.length > 0 && newly.length > 0) {
    throw new Error(
      `Un graphique ne met pas côte à côte des exclus restants (${still.map((row) => row.id).join(', ')}) et des personnes devenues couvertes (${newly.map((row) => row.id).join(', ')})`,
    );
  }
  return rows;
}

/** The agreement of 4 June 2024 (« Ségur pour tous »): the measure after which earlier counts are history. */
export const AGREEMENT_2024_ID = 'segur-pour-tous-bass-2024';

/** Its date and name, from mesures.csv. */
export function agreement2024(): Agreement {
  const measure = rowById('mesures', AGREEMENT_2024_ID);
  if (measure.date_accord === null) throw new Error(`${AGREEMENT_2024_ID} : date_accord vide`);
  return { date: measure.date_accord, name: quotedName(measure.nom) ?? '', effect: measure.date_effet };
}

export interface CostGroup {
  period: CostPeriod;
  /** French heading of the group. */
  label: string;
  rows: EstimationRow[];
}

/**
 * Every cost estimate, annual costs first then one-off sums (arrears), each
 * group earliest first: an annual cost and a one-off sum are not the same
 * kind of amount, so they are never mixed in one group.
 */
export function costEstimates(source: readonly EstimationRow[] = rowsOf('estimations')): CostGroup[] {
  return COST_PERIODS.flatMap((period) => {
    const inPeriod = source.filter((row) => row.nature === 'cout' && row.periodicite === period).sort(byDateThenValue);
    return inPeriod.length === 0 ? [] : [{ period, label: COST_PERIOD_LABELS[period], rows: inPeriod }];
  });
}

/** The rows this row contests (its `conteste_ids`). */
export function contestedByRow(
  row: EstimationRow,
  source: readonly EstimationRow[] = rowsOf('estimations'),
): EstimationRow[] {
  return source.filter((candidate) => row.conteste_ids.includes(candidate.id));
}

/** The header of estimations.csv, in file order. */
export const ESTIMATION_COLUMNS: readonly string[] = Object.keys(estimationsDataset.columns);

/** A typed value back to its CSV cell: `oui`/`non`, `a;b` for lists, empty for null. */
function toCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

/**
 * Rows as CSV with exactly the columns of data/estimations.csv (PapaParse
 * `unparse`), so that a chart's download is a valid extract of the dataset:
 * it passes the same schema and reads with the same data dictionary.
 */
export function estimationsCsv(selected: readonly EstimationRow[]): string {
  const records = selected.map((row) =>
    Object.fromEntries(ESTIMATION_COLUMNS.map((column) => [column, toCell(row[column as keyof EstimationRow])])),
  );
  return toCsv(ESTIMATION_COLUMNS, records);
}

/** Latest first; at equal dates, the larger value first (a total before its parts). */
function byDateThenValueDescending(a: EstimationRow, b: EstimationRow): number {
  return comparePartialDates(b.date, a.date) || (b.valeur ?? b.valeur_max ?? 0) - (a.valeur ?? a.valeur_max ?? 0);
}

/**
 * The most recent official count of workers still excluded at its date over
 * the whole field (`objet` exclus_restants, `perimetre_code` ensemble), never
 * a figure the observatory derived itself.
 */
export function latestOfficialExcludedTotal(
  list: readonly EstimationRow[] = rowsOf('estimations'),
): EstimationRow | undefined {
  return list
    .filter(
      (row) => row.officiel && !row.derive && row.objet === 'exclus_restants' && row.perimetre_code === 'ensemble',
    )
    .sort(byDateThenValueDescending)[0];
}

/**
 * The figures published together with `official` (same author, same date):
 * the report's total and its breakdown.
 */
export function publishedWith(
  official: EstimationRow,
  list: readonly EstimationRow[] = rowsOf('estimations'),
): EstimationRow[] {
  return list.filter((row) => row.estimateur === official.estimateur && row.date === official.date);
}

/**
 * Estimates that contest `official` or a figure published with it (its
 * breakdown), largest first: « 215 000 » against the report's 92 400.
 */
export function contestationsOf(
  official: EstimationRow,
  list: readonly EstimationRow[] = rowsOf('estimations'),
): EstimationRow[] {
  const contested = new Set(publishedWith(official, list).map((row) => row.id));
  return list
    .filter((row) => row.nature === official.nature && row.conteste_ids.some((id) => contested.has(id)))
    .sort((a, b) => (b.valeur ?? b.valeur_max ?? 0) - (a.valeur ?? a.valeur_max ?? 0));
}

/**
 * The most recent official count of all the workers who get the raise (`objet`
 * couverts, not those a measure has just made eligible), over the whole field;
 * at equal dates the largest, i.e. the total rather than its parts.
 */
export function latestOfficialCoveredTotal(
  list: readonly EstimationRow[] = rowsOf('estimations'),
): EstimationRow | undefined {
  return list
    .filter((row) => row.officiel && !row.derive && row.objet === 'couverts' && row.perimetre_code === 'ensemble')
    .sort(byDateThenValueDescending)[0];
}
